import type { ArxivIdString } from '../core/arxiv/types';
import { disambiguatedName, joinPath, noteBaseName } from '../core/note/filename';
import { readFrontmatter } from '../core/note/frontmatter';
import { noteArxivId } from './paper-lookup';
import type { NoteStore } from './ports';

export type WriteResult =
  | {
      readonly kind: 'written';
      readonly path: string;
      /** Why the note is not under its first-choice name (that name could not be written). */
      readonly fallback?: string;
    }
  | { readonly kind: 'existing'; readonly path: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Writes a new paper note under `base` (then `base (id)`), never over another file. Creation is
 * exclusive (written aside and linked into place on disk, a claim in the vault store), so when
 * two imports of one paper race, even from separate CLI processes, one writes and the other finds
 * the note and reports it. An empty file in the way (left by a crash, or made by hand) is filled.
 * A name the file system refuses (too long, a character it cannot store) falls back to the id,
 * in the folder and then at the vault's top, so a paper is never lost to its title.
 */
export async function writeNewPaperNote(
  store: NoteStore,
  folder: string,
  base: string,
  id: ArxivIdString,
  content: string,
): Promise<WriteResult> {
  const idName = noteBaseName('', id);
  const attempts = [joinPath(folder, base), joinPath(folder, disambiguatedName(base, id))];
  const fallbacks = [...new Set([joinPath(folder, idName), joinPath('', idName)])].filter((p) => !attempts.includes(p));
  let refused: string | null = null;
  for (const path of [...attempts, ...fallbacks]) {
    // The fallbacks are for a name the disk refused, not for a name another note holds.
    if (fallbacks.includes(path) && refused === null) break;
    const created = await store.create(path, content);
    if (created.ok) return refused === null ? { kind: 'written', path } : { kind: 'written', path, fallback: refused };
    if (created.error.code !== 'EXISTS') {
      refused ??= created.error.message;
      continue;
    }
    // The name is taken: by this very paper (made elsewhere meanwhile), by an empty file, or by another note.
    const taken = await claimTaken(store, path, id, content);
    if (taken !== null) return taken;
  }
  return { kind: 'failed', message: refused ?? `Could not find a free file name for "${base}".` };
}

async function claimTaken(store: NoteStore, path: string, id: ArxivIdString, content: string): Promise<WriteResult | null> {
  const other = await store.read(path);
  if (other === null) return null;
  if (noteArxivId(readFrontmatter(other), other) === id) return { kind: 'existing', path };
  if (other.trim() !== '') return null;
  // Filled only if it is still empty when written: a note someone wrote meanwhile is kept.
  let filled = false;
  const update = await store.update(path, (now) => {
    filled = now.trim() === '';
    return filled ? content : now;
  });
  if (update.ok && filled) return { kind: 'written', path };
  const now = await store.read(path);
  return now !== null && noteArxivId(readFrontmatter(now), now) === id ? { kind: 'existing', path } : null;
}
