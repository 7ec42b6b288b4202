import { registerCitationWarmup } from './citation-warmup';
import { registerCitationCommands } from './commands/copy-citation';
import { openFindPaperModal, openNewNoteModal } from './commands/new-note-from-link';
import { registerImportLog } from './commands/import-log';
import { registerImportList } from './commands/import-list';
import { registerFetchFeatures } from './fetch/register';
import { registerDashboard } from './dashboard/register-dashboard';
import { registerRefreshCommands } from './commands/refresh-metadata';
import type { PluginHost } from './host';
import { registerPdfCommands } from './pdf/pdf-commands';
import { registerReading } from './reading/register-reading';
import { PaperDistillSettingTab } from './settings/settings-tab';
import { registerTemplate } from './template/register-template';

/**
 * Everything the plugin adds to Obsidian, registered in one place. Registration is cheap:
 * no network, no file reads, no citation engine; those wait for first use.
 */
export function registerFeatures(plugin: PluginHost): void {
  plugin.addSettingTab(new PaperDistillSettingTab(plugin.app, plugin));
  plugin.addCommand({
    id: 'new-paper-note-from-arxiv-link',
    name: 'New paper note from arXiv link',
    callback: () => openNewNoteModal(plugin),
  });
  plugin.addCommand({
    id: 'find-paper-on-arxiv',
    name: 'Find paper on arXiv…',
    callback: () => openFindPaperModal(plugin),
  });
  registerTemplate(plugin);
  registerImportLog(plugin);
  registerImportList(plugin);
  registerFetchFeatures(plugin);
  // Dashboard: index sync, view, ribbon icon, `paper-distill` code block, Bases and export commands.
  registerDashboard(plugin);
  registerReading(plugin);
  // Refresh metadata (one note / all) and the copy-citation commands; the citation style warms up when idle.
  registerRefreshCommands(plugin);
  registerCitationCommands(plugin);
  registerCitationWarmup(plugin);
  registerPdfCommands(plugin);
}
