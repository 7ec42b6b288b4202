import { type App, Notice } from 'obsidian';
import type { ReadingStatus } from '../../core/settings';
import { reportStatusChange } from '../commands/reading-commands';
import type { PluginHost } from '../host';
import { getNoteFile } from '../vault-note-store';
import type { DashboardHost } from './dashboard-controller';
import type { IndexSync } from './index-sync';

/** Opens, rates and sets status the way every dashboard surface (view, code block) does. */
export function obsidianDashboardHost(plugin: PluginHost, sync: IndexSync): Omit<DashboardHost, 'queryChanged'> {
  const app: App = plugin.app;
  // The same use cases, rules and messages as the commands and the paper card.
  const reading = () => plugin.services().reading;
  return {
    index: () => sync.current(),
    paperTag: () => plugin.settings.paperTag,
    open(path, pane) {
      const file = getNoteFile(app, path);
      if (file === null) {
        new Notice(`There is no note at ${path}; it may have been moved or deleted.`);
        return;
      }
      void app.workspace.getLeaf(pane).openFile(file);
    },
    rate(path, rating) {
      void reading()
        .setRating(path, rating)
        .then((r) => {
          if (!r.ok) plugin.services().notifier.error(r.error.message);
        });
    },
    setStatus(path: string, status: ReadingStatus) {
      return reportStatusChange(plugin, path, status, () => reading().setStatus(path, status));
    },
  };
}
