import { noteArxivId } from '../core/note/arxiv-property';
import type { ArxivIdString } from '../core/arxiv/types';
import type { NoteStore } from './ports';

// The reading of a note's id lives in core so that views, exports and the index share it.
export { idFromYamlNumber, noteArxivId } from '../core/note/arxiv-property';

/** Paper notes by canonical id; the first note found wins when a vault holds duplicates. */
export async function indexPaperNotes(store: NoteStore): Promise<Map<ArxivIdString, string>> {
  const index = new Map<ArxivIdString, string>();
  for (const note of await store.listNotes()) {
    const id = noteArxivId(note.frontmatter);
    if (id !== null && !index.has(id)) index.set(id, note.path);
  }
  return index;
}
