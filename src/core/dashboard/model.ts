import { versionStatus } from '../note/version-status';
import type { ReadingStatus } from '../settings';
import type { PaperQuery } from './query';
import type { PaperRecord } from './record';
import type { QueryResult } from './run-query';

export interface LinkModel {
  readonly label: 'arXiv' | 'PDF' | 'Code' | 'Project';
  readonly url: string;
}

/** One table row, ready to write: every text already decided. */
export interface RowModel {
  readonly path: string;
  readonly title: string;
  /** "Fu", "Fu & Zhao", "Fu et al."; empty when no authors are known. */
  readonly authors: string;
  readonly authorsFull: string;
  readonly year: string;
  /** Where it was published ("CoRL 2023"); empty for a preprint or when OpenAlex was not asked. */
  readonly venue: string;
  /** "1,234"; empty when the count is not known (zero is shown as "0"). */
  readonly citations: string;
  readonly rating: number | null;
  readonly status: ReadingStatus | null;
  /** The YAML says read but required sections are missing or empty. */
  readonly readNotDistilled: boolean;
  readonly tags: readonly string[];
  /** "2/3"; `complete` drives the badge colour; `detail` names what is missing. */
  readonly distilled: { readonly text: string; readonly complete: boolean; readonly detail: string };
  /** "v3 available" when arXiv has a newer version than the one read; null otherwise. */
  readonly version: { readonly text: string; readonly detail: string } | null;
  readonly links: readonly LinkModel[];
}

export interface FacetModel {
  readonly tag: string;
  readonly count: number;
  readonly state: 'include' | 'exclude' | 'none';
}

export interface DashboardModel {
  readonly rows: readonly RowModel[];
  /** Matches (after the query's limit). */
  readonly total: number;
  /** Index of the first row shown, within the matches. */
  readonly offset: number;
  readonly pageSize: number;
  readonly facets: readonly FacetModel[];
  /** What to tell the reader when there are no rows; null when there are. */
  readonly empty: string | null;
  /** "Showing 1–50 of 9,876 papers". */
  readonly summary: string;
}

export interface ModelOptions {
  readonly paperTag: string;
  readonly pageSize: number;
  readonly offset: number;
  /** How many tags the facet list offers. */
  readonly maxFacets: number;
  /** Papers in the whole vault, to tell "no papers yet" from "nothing matches". */
  readonly indexed: number;
}

/** The dashboard as data: rows of one page, facets with their state, the empty-state message. */
export function dashboardModel(result: QueryResult, query: PaperQuery, opts: ModelOptions): DashboardModel {
  const total = result.records.length;
  const offset = Math.max(0, Math.min(opts.offset, Math.max(0, total - 1)));
  const rows = result.records.slice(offset, offset + opts.pageSize).map((r) => rowModel(r, opts.paperTag));
  return {
    rows,
    total,
    offset,
    pageSize: opts.pageSize,
    facets: facetModels(result, query, opts),
    empty: total > 0 ? null : emptyMessage(opts.indexed),
    summary: total === 0 ? '' : `Showing ${offset + 1}–${offset + rows.length} of ${total.toLocaleString('en-US')} papers`,
  };
}

function emptyMessage(indexed: number): string {
  if (indexed === 0) {
    return 'No paper notes yet. Create one with the command "New paper note from arXiv link", or add the paper tag or an arxiv property to a note.';
  }
  return 'No papers match these filters. Remove a tag or clear the search, or press "Clear filters".';
}

function facetModels(result: QueryResult, query: PaperQuery, opts: ModelOptions): FacetModel[] {
  const paperTag = opts.paperTag.toLowerCase();
  const include = new Set(query.includeTags.map((t) => t.toLowerCase()));
  const exclude = new Set(query.excludeTags.map((t) => t.toLowerCase()));
  const facets: FacetModel[] = [];
  // Excluded tags have no matches left to count, but must stay visible to be switched off.
  for (const tag of exclude) facets.push({ tag, count: 0, state: 'exclude' });
  for (const { tag, count } of result.facets) {
    if (tag === paperTag || exclude.has(tag)) continue;
    if (facets.length >= opts.maxFacets + exclude.size && !include.has(tag)) continue;
    facets.push({ tag, count, state: include.has(tag) ? 'include' : 'none' });
  }
  return facets;
}

export function rowModel(r: PaperRecord, paperTag: string): RowModel {
  const c = r.completeness;
  // One wording for the dashboard, the paper card and refresh reports.
  const newer = versionStatus({ frontmatter: { arxiv_version: r.versions.arxiv, read_version: r.versions.read } });
  return {
    path: r.path,
    title: r.title,
    authors: shortAuthors(r.authors),
    authorsFull: r.authors.join(', '),
    year: r.year === null ? '' : String(r.year),
    venue: r.venue ?? '',
    citations: r.citations === null ? '' : formatCount(r.citations),
    rating: r.rating,
    status: r.status,
    readNotDistilled: r.status === 'read' && !c.complete,
    tags: r.tags.filter((t) => t.toLowerCase() !== paperTag.toLowerCase()),
    distilled: {
      text: `${c.filled}/${c.required}`,
      complete: c.complete,
      detail: c.complete ? 'Distilled' : c.missing.length > 0 ? `To fill: ${c.missing.join(', ')}` : 'Sections out of order or repeated',
    },
    version: newer ? { text: `v${newer.latest} available`, detail: newer.message } : null,
    links: linkModels(r),
  };
}

// One formatter for every row: `toLocaleString` builds a new one on each call.
const EN_US = new Intl.NumberFormat('en-US');

/** `12,345`: the same text as `n.toLocaleString('en-US')`. */
export function formatCount(n: number): string {
  return EN_US.format(n);
}

function linkModels(r: PaperRecord): LinkModel[] {
  const links: LinkModel[] = [];
  if (r.links.arxiv) links.push({ label: 'arXiv', url: r.links.arxiv });
  if (r.links.pdf) links.push({ label: 'PDF', url: r.links.pdf });
  if (r.links.code) links.push({ label: 'Code', url: r.links.code });
  if (r.links.projectPage) links.push({ label: 'Project', url: r.links.projectPage });
  return links;
}

/** First author's family name, "& second" for two, "et al." beyond. */
export function shortAuthors(authors: readonly string[]): string {
  const family = (name: string) => name.trim().split(/\s+/).pop() ?? name;
  if (authors.length === 0) return '';
  if (authors.length === 1) return family(authors[0]);
  if (authors.length === 2) return `${family(authors[0])} & ${family(authors[1])}`;
  return `${family(authors[0])} et al.`;
}
