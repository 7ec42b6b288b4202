import { arxivDoi, type ArxivIdString } from '../arxiv/types';
import { isRecord } from '../note/frontmatter';

/** What OpenAlex tells about one paper: its work id, how often it is cited, where it was published. */
export interface ScholarlyFacts {
  /** The work id without the address, e.g. `W2741809807`. */
  readonly openalex: string;
  /** OpenAlex `cited_by_count`. */
  readonly citations: number;
  /** The published venue, when it is not arXiv (or another preprint server). */
  readonly venue?: string;
  /** OpenAlex's type of that venue's source: `conference`, `journal`, `book series`, …; with `venue` only. */
  readonly venueType?: string;
}

/** One OpenAlex work as far as notes need it, keyed by its lower-cased DOI. */
export interface WorkFacts {
  readonly id: string;
  readonly doi: string;
  readonly citations: number;
  readonly venue?: string;
  readonly venueType?: string;
}

/** The DOIs a paper is looked up by: arXiv's own (OpenAlex lower-cases it) and the journal DOI, if any. */
export function paperDois(paper: { readonly arxiv: ArxivIdString; readonly doi?: string }): string[] {
  const dois = [arxivDoi(paper.arxiv).toLowerCase()];
  const journal = paper.doi === undefined ? '' : cleanDoi(paper.doi);
  if (journal !== '' && !dois.includes(journal)) dois.push(journal);
  return dois;
}

/** `https://doi.org/10.1/X` and `doi:10.1/X` both mean `10.1/x`. */
export function cleanDoi(raw: string): string {
  return raw.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').toLowerCase();
}

/**
 * `GET <base>?filter=doi:a|b|…&per-page=50[&mailto=…]`. The DOIs go in as they are: OpenAlex
 * separates alternatives with `|`, and commas separate filters, so neither may be escaped away.
 */
export function worksUrl(base: string, dois: readonly string[], mailto: string): string {
  const filter = `doi:${dois.map((d) => encodeURIComponent(d).replace(/%2F/gi, '/')).join('|')}`;
  const polite = mailto.trim() === '' ? '' : `&mailto=${encodeURIComponent(mailto.trim())}`;
  return `${base}?filter=${filter}&per-page=50${polite}`;
}

/** The works of one OpenAlex list answer; null when the answer is not one. Broken works are skipped. */
export function parseWorks(json: string): WorkFacts[] | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value) || !Array.isArray(value.results)) return null;
  const works: WorkFacts[] = [];
  for (const item of value.results) {
    const work = workFacts(item);
    if (work !== null) works.push(work);
  }
  return works;
}

function workFacts(item: unknown): WorkFacts | null {
  if (!isRecord(item) || typeof item.id !== 'string' || typeof item.doi !== 'string') return null;
  const id = /(W\d+)\s*$/i.exec(item.id)?.[1]?.toUpperCase();
  const count = item.cited_by_count;
  if (id === undefined || typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  const venue = publishedVenue(item.primary_location);
  return { id, doi: cleanDoi(item.doi), citations: count, ...(venue ?? {}) };
}

/**
 * A location's source name and type, unless the source is arXiv or another repository of
 * preprints. The type is kept only when it is a plain word or two (`conference`, `book series`).
 */
function publishedVenue(location: unknown): { venue: string; venueType?: string } | undefined {
  if (!isRecord(location) || !isRecord(location.source)) return undefined;
  const { display_name: name, type } = location.source;
  if (typeof name !== 'string' || name.replace(/\s+/g, ' ').trim() === '') return undefined;
  if (type === 'repository' || /\barxiv\b/i.test(name)) return undefined;
  const venue = name.replace(/\s+/g, ' ').trim();
  const kind = typeof type === 'string' ? type.trim().toLowerCase() : '';
  return /^[a-z][a-z -]{0,30}$/.test(kind) ? { venue, venueType: kind } : { venue };
}

/**
 * The facts for one paper from the works found for its DOIs. The journal DOI's work (when arXiv
 * has one) is the published paper, so its venue and id win; the citation count is the larger of
 * the two, because OpenAlex sometimes keeps the preprint and the publication apart.
 */
export function factsFor(paper: { readonly arxiv: ArxivIdString; readonly doi?: string }, byDoi: ReadonlyMap<string, WorkFacts>): ScholarlyFacts | null {
  const [preprintDoi = '', journalDoi] = paperDois(paper);
  const preprint = byDoi.get(preprintDoi);
  const journal = journalDoi === undefined ? undefined : byDoi.get(journalDoi);
  const main = journal ?? preprint;
  if (main === undefined) return null;
  // The venue and its type come from the same work.
  const published = journal?.venue !== undefined ? journal : preprint?.venue !== undefined ? preprint : undefined;
  const citations = Math.max(journal?.citations ?? 0, preprint?.citations ?? 0);
  const venue = published === undefined ? {} : { venue: published.venue!, ...(published.venueType !== undefined ? { venueType: published.venueType } : {}) };
  return { openalex: main.id, citations, ...venue };
}
