import { parseArxivInput } from '../core/arxiv/ids';
import type { ArxivIdString } from '../core/arxiv/types';
import type { NoteStore, NoteSummary } from './ports';

/**
 * Canonical arXiv id of a note from its frontmatter, whatever shape the reader left it in
 * (`2406.10454v2`, `arXiv:2406.10454`, an abs URL). Null for notes that are not arXiv papers.
 */
export function noteArxivId(frontmatter: NoteSummary['frontmatter']): ArxivIdString | null {
  const raw = frontmatter?.arxiv;
  const text = typeof raw === 'number' ? idFromYamlNumber(raw) : raw;
  if (typeof text !== 'string') return null;
  const parsed = parseArxivInput(text);
  return parsed.ok ? parsed.value.id : null;
}

/**
 * A hand-typed `arxiv: 2406.10450` (unquoted) reaches us as the number 2406.1045. Only trailing
 * zeros are lost, and the number of digits is fixed by the month (4 before 2015, 5 from 1501),
 * so the id can be restored exactly.
 */
export function idFromYamlNumber(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const [yymm = '', digits = ''] = String(n).split('.');
  if (!/^\d{3,4}$/.test(yymm)) return null;
  const prefix = yymm.padStart(4, '0');
  const width = Number(prefix) >= 1501 ? 5 : 4;
  return digits.length > width ? null : `${prefix}.${digits.padEnd(width, '0')}`;
}

/** Paper notes by canonical id; the first note found wins when a vault holds duplicates. */
export async function indexPaperNotes(store: NoteStore): Promise<Map<ArxivIdString, string>> {
  const index = new Map<ArxivIdString, string>();
  for (const note of await store.listNotes()) {
    const id = noteArxivId(note.frontmatter);
    if (id !== null && !index.has(id)) index.set(id, note.path);
  }
  return index;
}
