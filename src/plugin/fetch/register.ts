import type { PluginHost } from '../host';
import { createFromLinksInEditor, hasArxivLinks } from './links-in-note';
import { registerProtocolHandler } from './open-or-create';
import { registerPasteOffer } from './paste-offer';
import { registerPendingSync } from './pending-sync';

/** Many papers at once, the paste offer, the obsidian:// link, and completing offline stubs. */
export function registerFetchFeatures(plugin: PluginHost): void {
  plugin.addCommand({
    id: 'create-paper-notes-from-selection',
    name: 'Create paper notes from arXiv links in selection',
    editorCheckCallback: (checking, editor, ctx) => {
      if (!hasArxivLinks(editor, 'selection')) return false;
      if (!checking) void createFromLinksInEditor(plugin, editor, ctx, 'selection');
      return true;
    },
  });
  plugin.addCommand({
    id: 'create-paper-notes-from-current-note',
    name: 'Create paper notes from arXiv links in current note',
    editorCheckCallback: (checking, editor, ctx) => {
      if (!hasArxivLinks(editor, 'note')) return false;
      if (!checking) void createFromLinksInEditor(plugin, editor, ctx, 'note');
      return true;
    },
  });
  registerPasteOffer(plugin);
  registerProtocolHandler(plugin);
  registerPendingSync(plugin);
}
