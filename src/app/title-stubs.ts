import { localIsoDate } from '../core/dates';
import { readFrontmatter } from '../core/note/frontmatter';
import { hasTitlePlaceholder, renderTitleStubNote } from '../core/note/title-stub';
import type { Settings } from '../core/settings';
import { findInVault, titleKey, vaultIndex } from './import-vault-index';
import { noteArxivId } from './paper-lookup';
import type { PendingQueue } from './pending-queue';
import type { Clock, NoteStore } from './ports';
import { writeNew } from './write-new-note';

export interface TitleStubDeps {
  readonly store: NoteStore;
  readonly clock: Clock;
  readonly settings: () => Settings;
  readonly pendingTitles: PendingQueue;
}

/** What became of a title arXiv could not be searched for. */
export type TitleStubOutcome =
  /** A note holding the title was written and its search queued. */
  | { readonly kind: 'queued'; readonly title: string; readonly path: string }
  /** The vault has a paper note with this title already: nothing written. */
  | { readonly kind: 'existing'; readonly title: string; readonly path: string }
  | { readonly kind: 'failed'; readonly title: string; readonly message: string };

/**
 * Keeps titles that could not be searched (arXiv unreachable): one title stub per title, queued
 * so the search is made again and the note completed (see complete-titles.ts). A title the vault
 * already has a paper note for writes nothing, so a retry never makes a second note.
 */
export async function writeTitleStubs(deps: TitleStubDeps, titles: readonly string[]): Promise<TitleStubOutcome[]> {
  const settings = deps.settings();
  const now = deps.clock.now();
  const vault = await vaultIndex(deps.store, settings.paperTag);
  const outcomes: TitleStubOutcome[] = [];
  const queued = [];
  for (const title of [...new Set(titles.map((t) => t.replace(/\s+/g, ' ').trim()))].filter((t) => t !== '')) {
    const path = findInVault(vault, null, [title]);
    if (path !== undefined) {
      // A title stub of an earlier try whose queue entry was lost waits again.
      const other = await deps.store.read(path);
      if (other !== null && hasTitlePlaceholder(other) && noteArxivId(readFrontmatter(other), other) === null) queued.push({ id: path, path, queuedAt: now.toISOString() });
      outcomes.push({ kind: 'existing', title, path });
      continue;
    }
    const text = renderTitleStubNote(title, { tags: [settings.paperTag], status: settings.defaultStatus, added: localIsoDate(now) });
    const samePaper = (other: string) => {
      const fm = readFrontmatter(other);
      return noteArxivId(fm, other) === null && typeof fm?.title === 'string' && titleKey(fm.title) === titleKey(title);
    };
    const written = await writeNew(deps.store, settings.folder, title, text, null, samePaper);
    if (!written.ok) {
      outcomes.push({ kind: 'failed', title, message: written.message });
      continue;
    }
    vault.byTitle.set(titleKey(title), { path: written.path, id: null });
    outcomes.push({ kind: written.existing ? 'existing' : 'queued', title, path: written.path });
    if (!written.existing) queued.push({ id: written.path, path: written.path, queuedAt: now.toISOString() });
  }
  await deps.pendingTitles.add(queued);
  return outcomes;
}
