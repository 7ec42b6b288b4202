import type { PluginHost } from '../host';
import { isPaperFile } from './active-note';
import { insertMissingSectionsIn } from './insert-missing';
import { paperNoteCheck } from '../commands/unreadable-note';
import { registerTemplateStatus } from './status-bar';
import { TemplateReportModal } from './template-report-modal';

/** The distillation template: status bar, "Insert missing sections", "Template report". */
export function registerTemplate(plugin: PluginHost): void {
  const status = registerTemplateStatus(plugin);
  plugin.addCommand({
    id: 'insert-missing-sections',
    name: 'Insert missing sections',
    checkCallback: paperNoteCheck(
      plugin,
      () => {
        const file = plugin.app.workspace.getActiveFile();
        return file !== null && isPaperFile(plugin.app, file, plugin.settings.paperTag) ? file : null;
      },
      (file) => file,
      (file) => void insertMissingSectionsIn(plugin, file).then(() => status.refresh()),
    ),
  });
  plugin.addCommand({
    id: 'template-report',
    name: 'Template report',
    callback: () => new TemplateReportModal(plugin.app, plugin).open(),
  });
}
