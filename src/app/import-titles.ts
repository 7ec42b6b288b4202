import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { parseCitation } from '../core/import/citation-line';
import type { LogEntry } from '../core/import/log-split';
import type { TitleSearch } from './title-search';

/** How the import knows which arXiv paper an entry is. */
export type FoundBy =
  /** An arXiv id or link in the text. */
  | { readonly kind: 'id' }
  /** arXiv has exactly this title. */
  | { readonly kind: 'title' }
  /** The reader picked one of the close titles. */
  | { readonly kind: 'chosen' }
  /** Close titles, none exact: the reader may choose; otherwise a paper note without an id. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PaperMetadata[] }
  /** arXiv has nothing close; `searched` false when no title search was made (none given, or no title). */
  | { readonly kind: 'none'; readonly searched: boolean }
  /** arXiv could not be asked: the note is written from the text, without an id. */
  | { readonly kind: 'unreachable'; readonly message: string };

export interface ResolvedEntry {
  readonly entry: LogEntry;
  readonly found: FoundBy;
  /** arXiv's metadata when the title search brought it (no second request needed). */
  readonly meta: PaperMetadata | null;
}

/** The title to look up on arXiv: the entry's own title, else the one its citation gives. */
export function searchTitle(entry: LogEntry): string {
  if (entry.heading.title.trim() !== '') return entry.heading.title.trim();
  return entry.citation === null ? '' : (parseCitation(entry.citation)?.title ?? '');
}

/**
 * Gives every entry without an arXiv id the id its title has on arXiv, in one call to the title
 * search (which ORs many titles into each request). Without a search, nothing is looked up; nor
 * for an entry `known` says the vault already holds (that note is the paper: no request spent).
 */
export async function resolveTitles(
  entries: readonly LogEntry[],
  search: TitleSearch | undefined,
  known: (entry: LogEntry) => boolean = () => false,
): Promise<ResolvedEntry[]> {
  const wanted = entries.filter((e) => e.arxivId === null && searchTitle(e) !== '' && !known(e));
  const titles = [...new Set(wanted.map(searchTitle))];
  const answers = search === undefined || titles.length === 0 ? [] : await search.findTitles(titles);
  const byTitle = new Map(answers.map((a, i) => [titles[i], a]));
  return entries.map((entry): ResolvedEntry => {
    if (entry.arxivId !== null) return { entry, found: { kind: 'id' }, meta: null };
    const answer = known(entry) ? undefined : byTitle.get(searchTitle(entry));
    if (answer === undefined) return { entry, found: { kind: 'none', searched: false }, meta: null };
    switch (answer.kind) {
      case 'matched':
        return { entry: { ...entry, arxivId: answer.id }, found: { kind: 'title' }, meta: answer.entry };
      case 'ambiguous':
        return { entry, found: { kind: 'ambiguous', candidates: answer.candidates }, meta: null };
      case 'none':
        return { entry, found: { kind: 'none', searched: true }, meta: null };
      case 'unreachable':
        return { entry, found: { kind: 'unreachable', message: answer.error.message }, meta: null };
    }
  });
}

/** The entry with the reader's choice among close titles. */
export function chooseCandidate(resolved: ResolvedEntry, id: ArxivIdString): ResolvedEntry {
  if (resolved.found.kind !== 'ambiguous') return resolved;
  const meta = resolved.found.candidates.find((c) => c.arxiv === id);
  if (meta === undefined) return resolved;
  return { entry: { ...resolved.entry, arxivId: id }, found: { kind: 'chosen' }, meta };
}
