import type { ReadingStatus } from '../settings';
import type { PaperRecord } from './record';

export const SORT_COLUMNS = ['title', 'author', 'year', 'rating', 'citations', 'status', 'added', 'distilled', 'arxiv'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Inclusive bounds; null means open on that side. */
export interface Range {
  readonly min: number | null;
  readonly max: number | null;
}

/** What the dashboard shows: every field narrows the set (AND); lists inside a field are OR. */
export interface PaperQuery {
  /** Every one must match; `robotics` matches `robotics/humanoid` too. Case-insensitive. */
  readonly includeTags: readonly string[];
  /** None may match (nested the same way). */
  readonly excludeTags: readonly string[];
  /** Ratings in range; null = any rating (rated or not). */
  readonly rating: Range | null;
  /** With `rating`: unrated papers pass too. Alone (rating null): only unrated papers. */
  readonly unrated: boolean;
  /** Any of these; empty = any status. */
  readonly statuses: readonly ReadingStatus[];
  /** true: only complete notes; false: only incomplete; null: both. */
  readonly distilled: boolean | null;
  /** Any of these arXiv categories (case-insensitive); empty = any. */
  readonly categories: readonly string[];
  readonly year: Range | null;
  /** OpenAlex citation counts in range; null = any (papers without a count pass only then). */
  readonly citations: Range | null;
  /** Any of these words starts a word of the venue (case- and accent-insensitive); empty = any. */
  readonly venues: readonly string[];
  /** Words that must all occur in title, authors or tldr, in any order. */
  readonly search: string;
  readonly sort: SortSpec;
  readonly limit: number | null;
}

export const DEFAULT_SORT: SortSpec = { column: 'added', direction: 'desc' };

export const EMPTY_QUERY: PaperQuery = {
  includeTags: [],
  excludeTags: [],
  rating: null,
  unrated: false,
  statuses: [],
  distilled: null,
  categories: [],
  year: null,
  citations: null,
  venues: [],
  search: '',
  sort: DEFAULT_SORT,
  limit: null,
};

export function withQuery(base: PaperQuery, patch: Partial<PaperQuery>): PaperQuery {
  return { ...base, ...patch };
}

const STATUS_ORDER: Readonly<Record<ReadingStatus, number>> = { 'to-read': 0, reading: 1, read: 2 };

/**
 * Compares two records on one column. Missing values sort last in either direction (an unrated
 * paper never tops "rating desc"); ties fall back to title, then path, so the order is total and
 * the same on every run.
 */
export function compareRecords(a: PaperRecord, b: PaperRecord, sort: SortSpec): number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const [x, y] = [sortValue(a, sort.column), sortValue(b, sort.column)];
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  }
  if (a.titleKey !== b.titleKey) return a.titleKey < b.titleKey ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The value a column sorts on; null sorts last. */
export function sortValue(r: PaperRecord, column: SortColumn): string | number | null {
  switch (column) {
    case 'title':
      return r.titleKey;
    case 'author':
      return r.authorKey;
    case 'year':
      return r.year;
    case 'rating':
      return r.rating;
    case 'citations':
      return r.citations;
    case 'status':
      return r.status === null ? null : STATUS_ORDER[r.status];
    case 'added':
      return r.added;
    case 'distilled':
      return r.completeness.required === 0 ? null : r.completeness.filled / r.completeness.required;
    case 'arxiv':
      return r.arxiv;
  }
}
