import { checkReadGate } from '../core/note/read-gate';
import type { PluginHost } from './host';
import { openEditorFor } from './template/active-note';

type Host = Pick<PluginHost, 'app' | 'settings' | 'services'>;

/**
 * The one place every "mark as read" control of the plugin asks (status commands, dashboard
 * rows, the note's status control). True when the note may be marked read: the gate is off, or
 * every required section is filled. Otherwise a notice names what is missing, offers to open the
 * note, and the caller leaves the status alone. The editor's text counts when the note is open,
 * so sections filled a moment ago (not yet saved) are seen.
 */
export async function allowMarkRead(host: Host, path: string): Promise<boolean> {
  if (!host.settings.gateReadOnTemplate) return true;
  const view = openEditorFor(host.app, path);
  const text = view !== null ? view.editor.getValue() : await host.services().store.read(path);
  // A note that is gone fails in the caller's own write, with its own message.
  if (text === null) return true;
  const gate = checkReadGate(text, host.settings.requiredSections);
  if (gate.ok) return true;
  notifyReadRefused(host, path, gate.error.message);
  return false;
}

/**
 * The notice for a refused "mark as read": which note, what is missing (the gate's `message`),
 * and an "Open note" button. For callers that ran `checkReadGate` themselves.
 */
export function notifyReadRefused(host: Pick<PluginHost, 'app' | 'services'>, path: string, message: string): void {
  const name = (path.split('/').pop() ?? path).replace(/\.md$/, '');
  host.services().notifier.withAction(`Paper Distill: ${name} was not marked read. ${message}`, 'Open note', () => {
    const file = host.app.vault.getFileByPath(path);
    if (file) void host.app.workspace.getLeaf(false).openFile(file);
  });
}
