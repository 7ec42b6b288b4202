import type { PluginHost } from '../host';
import { isPaperFile } from './active-note';
import { insertMissingSectionsIn } from './insert-missing';
import { registerTemplateStatus } from './status-bar';
import { TemplateReportModal } from './template-report-modal';

/** The distillation template: status bar, "Insert missing sections", "Template report". */
export function registerTemplate(plugin: PluginHost): void {
  const status = registerTemplateStatus(plugin);
  plugin.addCommand({
    id: 'insert-missing-sections',
    name: 'Insert missing sections',
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (file === null || !isPaperFile(plugin.app, file, plugin.settings.paperTag)) return false;
      if (!checking) void insertMissingSectionsIn(plugin, file).then(() => status.refresh());
      return true;
    },
  });
  plugin.addCommand({
    id: 'template-report',
    name: 'Template report',
    callback: () => new TemplateReportModal(plugin.app, plugin).open(),
  });
}
