import { searchTerms } from './fold';
import type { PaperIndex } from './index';
import type { PaperQuery, Range } from './query';
import type { PaperRecord } from './record';

export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

export interface QueryResult {
  /** Matching records in sort order, cut at the query's limit. */
  readonly records: readonly PaperRecord[];
  /** How many match before the limit. */
  readonly total: number;
  /** Tag counts over all matches (nested tags count for their parents too), most frequent first. */
  readonly facets: readonly TagCount[];
  readonly revision: number;
}

/** Runs a query: one pass over the cached sorted order, counting facets on the way. */
export function runQuery(index: PaperIndex, query: PaperQuery): QueryResult {
  const matches = compileFilter(query);
  const counts = new Map<string, number>();
  const records: PaperRecord[] = [];
  for (const r of index.inOrder(query.sort)) {
    if (!matches(r)) continue;
    records.push(r);
    for (const key of r.tagKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = records.length;
  if (query.limit !== null && records.length > query.limit) records.length = query.limit;
  const facets = [...counts].map(([tag, count]) => ({ tag, count }));
  facets.sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  return { records, total, facets, revision: index.revision };
}

/** The query as one predicate; each check is skipped when its field is not set. */
export function compileFilter(query: PaperQuery): (r: PaperRecord) => boolean {
  const checks: ((r: PaperRecord) => boolean)[] = [];
  const include = query.includeTags.map((t) => t.toLowerCase().replace(/^#/, ''));
  const exclude = query.excludeTags.map((t) => t.toLowerCase().replace(/^#/, ''));
  if (include.length > 0) checks.push((r) => include.every((t) => r.tagKeys.includes(t)));
  if (exclude.length > 0) checks.push((r) => !exclude.some((t) => r.tagKeys.includes(t)));
  const { rating, unrated } = query;
  if (rating !== null) checks.push((r) => (r.rating === null ? unrated : inRange(r.rating, rating)));
  else if (unrated) checks.push((r) => r.rating === null);
  if (query.statuses.length > 0) checks.push((r) => r.status !== null && query.statuses.includes(r.status));
  const distilled = query.distilled;
  if (distilled !== null) checks.push((r) => r.completeness.complete === distilled);
  const categories = query.categories.map((c) => c.toLowerCase());
  if (categories.length > 0) checks.push((r) => r.categories.some((c) => categories.includes(c.toLowerCase())));
  const year = query.year;
  if (year !== null) checks.push((r) => r.year !== null && inRange(r.year, year));
  const terms = searchTerms(query.search);
  if (terms.length > 0) checks.push((r) => terms.every((t) => r.haystack.includes(t)));
  if (checks.length === 0) return () => true;
  return (r) => {
    for (const check of checks) if (!check(r)) return false;
    return true;
  };
}

function inRange(n: number, range: Range): boolean {
  return (range.min === null || n >= range.min) && (range.max === null || n <= range.max);
}
