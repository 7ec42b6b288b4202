import { registerCitationWarmup } from './citation-warmup';
import { registerCitationCommands } from './commands/copy-citation';
import { openNewNoteModal } from './commands/new-note-from-link';
import { registerRefreshCommands } from './commands/refresh-metadata';
import type { PluginHost } from './host';
import { PaperDistillSettingTab } from './settings/settings-tab';

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
  // Refresh metadata (one note / all) and the copy-citation commands; the citation style warms up when idle.
  registerRefreshCommands(plugin);
  registerCitationCommands(plugin);
  registerCitationWarmup(plugin);
}
