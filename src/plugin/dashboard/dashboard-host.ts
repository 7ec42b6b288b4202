import { type App, Notice } from 'obsidian';
import { paperEdits } from '../../app/dashboard-edits';
import type { ReadingStatus } from '../../core/settings';
import type { PluginHost } from '../host';
import { getNoteFile } from '../vault-note-store';
import type { DashboardHost } from './dashboard-controller';
import type { IndexSync } from './index-sync';

/** Opens, rates and sets status the way every dashboard surface (view, code block) does. */
export function obsidianDashboardHost(plugin: PluginHost, sync: IndexSync): Omit<DashboardHost, 'queryChanged'> {
  const app: App = plugin.app;
  const edits = () => paperEdits(plugin.services().store, () => plugin.settings);
  const report = (message: string) => plugin.services().notifier.error(message);
  return {
    index: () => sync.current(),
    paperTag: () => plugin.settings.paperTag,
    open(path, newTab) {
      const file = getNoteFile(app, path);
      if (file === null) {
        new Notice(`There is no note at ${path}; it may have been moved or deleted.`);
        return;
      }
      void app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
    },
    rate(path, rating) {
      void edits()
        .setRating(path, rating)
        .then((r) => {
          if (!r.ok) report(r.error.message);
        });
    },
    async setStatus(path: string, status: ReadingStatus) {
      const r = await edits().setStatus(path, status);
      if (!r.ok) report(r.error.message);
      return r.ok;
    },
  };
}
