import type { TFile } from 'obsidian';
import type { ActionDone } from '../../app/reading-actions';
import { MAX_RATING, starsText } from '../../core/reading/rating';
import { readStatus } from '../../core/reading/status';
import type { Result } from '../../core/result';
import type { PluginHost } from '../host';
import { allowMarkRead, notifyReadRefused } from '../read-gate-notice';
import { openEditorFor } from '../template/active-note';
import { AddTagModal, RemoveTagModal } from '../modals/tag-modals';
import { StatusModal } from '../modals/status-modal';
import { activePaperFile, noteTags, vaultTags } from '../reading/paper-files';
import { paperNoteCheck } from './unreadable-note';

type ReadingHost = Pick<PluginHost, 'app' | 'settings' | 'services'>;

/**
 * Reports an action's outcome in a notice: the refusal (the read gate's list of what is missing,
 * an invalid tag's reason) as an error, anything else as information. Resolves to whether it
 * succeeded, so a control can put its old value back.
 */
export async function reportAction(host: ReadingHost, action: Promise<Result<ActionDone>>): Promise<boolean> {
  const result = await action;
  const notifier = host.services().notifier;
  if (result.ok) notifier.info(result.value.message);
  else notifier.error(result.error.message);
  return result.ok;
}

/**
 * Like reportAction for a status change. "Read" asks the gate with the editor's text first (what
 * was typed a moment ago counts), saves the open note so the write sees the same text, and a
 * refusal gets the notice that names what is missing and offers to open the note.
 */
export async function reportStatusChange(host: ReadingHost, path: string, status: string, run: () => Promise<Result<ActionDone>>): Promise<boolean> {
  if (status === 'read') {
    if (!(await allowMarkRead(host, path))) return false;
    await openEditorFor(host.app, path)?.save();
  }
  const result = await run();
  if (!result.ok && result.error.code === 'REFUSED' && status === 'read') {
    notifyReadRefused(host, path, result.error.message);
    return false;
  }
  return reportAction(host, Promise.resolve(result));
}

/** Opens the add-tag suggester for a note; the chosen or created tag is written at once. */
export function openAddTag(host: ReadingHost, file: TFile): void {
  new AddTagModal(host.app, vaultTags(host.app), noteTags(host.app, file), (choice) => {
    if (choice.kind === 'invalid') host.services().notifier.error(choice.reason);
    else void reportAction(host, host.services().reading.addTag(file.path, choice.tag));
  }).open();
}

export function openRemoveTag(host: ReadingHost, file: TFile): void {
  const tags = noteTags(host.app, file);
  if (tags.length === 0) {
    host.services().notifier.info(`${file.basename} has no tags to remove.`);
    return;
  }
  new RemoveTagModal(host.app, tags, (tag) => void reportAction(host, host.services().reading.removeTag(file.path, tag))).open();
}

/**
 * Rating, status and tag commands. Each is offered only while the active note is a paper note
 * (checkCallback), or one whose properties Obsidian could not read (then the notice says where
 * the YAML breaks), and has no default hotkey.
 */
export function registerReadingCommands(plugin: PluginHost): void {
  const onPaper = (id: string, name: string, run: (file: TFile) => void) =>
    plugin.addCommand({
      id,
      name,
      checkCallback: paperNoteCheck(plugin, () => activePaperFile(plugin.app, plugin.settings.paperTag), (file) => file, run),
    });
  const reading = () => plugin.services().reading;

  for (let stars = 1; stars <= MAX_RATING; stars++) {
    onPaper(`rate-paper-${stars}`, `Rate paper: ${starsText(stars)}`, (file) => void reportAction(plugin, reading().setRating(file.path, stars)));
  }
  onPaper('clear-rating', 'Clear rating', (file) => void reportAction(plugin, reading().clearRating(file.path)));
  onPaper('set-reading-status', 'Set reading status…', (file) => {
    const current = readStatus(plugin.app.metadataCache.getFileCache(file)?.frontmatter?.status);
    new StatusModal(plugin.app, current, (status) => void reportStatusChange(plugin, file.path, status, () => reading().setStatus(file.path, status))).open();
  });
  onPaper('mark-as-read', 'Mark as read', (file) => void reportStatusChange(plugin, file.path, 'read', () => reading().markRead(file.path)));
  onPaper('add-tag', 'Add tag…', (file) => openAddTag(plugin, file));
  onPaper('remove-tag', 'Remove tag…', (file) => openRemoveTag(plugin, file));
}
