import type { ArxivIdString } from '../core/arxiv/types';
import { disambiguatedName, joinPath } from '../core/note/filename';
import { readFrontmatter } from '../core/note/frontmatter';
import { noteArxivId } from './paper-lookup';
import type { NoteStore } from './ports';

export type WriteResult =
  | { readonly kind: 'written'; readonly path: string }
  | { readonly kind: 'existing'; readonly path: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Writes a new paper note under `base` (then `base (id)`), never over another file. Creation is
 * exclusive (`wx` on disk, a claim in the vault store), so when two imports of one paper race,
 * even from separate CLI processes, one writes and the other finds the note and reports it.
 */
export async function writeNewPaperNote(
  store: NoteStore,
  folder: string,
  base: string,
  id: ArxivIdString,
  content: string,
): Promise<WriteResult> {
  for (const name of [base, disambiguatedName(base, id)]) {
    const path = joinPath(folder, name);
    const created = await store.create(path, content);
    if (created.ok) return { kind: 'written', path };
    if (created.error.code !== 'EXISTS') return { kind: 'failed', message: created.error.message };
    // The name is taken: by this very paper (made elsewhere meanwhile) or by another note.
    const other = await store.read(path);
    if (other !== null && noteArxivId(readFrontmatter(other), other) === id) return { kind: 'existing', path };
  }
  return { kind: 'failed', message: `Could not find a free file name for "${base}".` };
}
