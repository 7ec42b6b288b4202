import { NONE, statusCode, type Columns } from './columns';
import { searchTerms } from './fold';
import type { PaperIndex, SlotWatcher } from './index';
import type { PaperQuery, Range } from './query';
import { venueKey, type PaperRecord } from './record';
import { lowerBound } from './sort-order';

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

/**
 * Runs a query. The first time: one pass over the cached sorted order, reading the index's typed
 * columns and counting facets on the way. The result is then kept live by the index: each
 * changed note only moves itself in or out of it and adjusts the facet counts, so asking again
 * after a change costs no pass.
 */
export function runQuery(index: PaperIndex, query: PaperQuery): QueryResult {
  const key = JSON.stringify({ ...query, limit: null });
  let live = index.watcher(key) as LiveResult | undefined;
  if (live === undefined) {
    live = new LiveResult(index, query);
    index.watch(key, live);
  }
  return live.result(query.limit);
}

/** The matches of one query in sort order, with their facet counts, patched as notes change. */
class LiveResult implements SlotWatcher {
  private readonly test: ((slot: number) => boolean) | null;
  private readonly slots: number[] = [];
  private readonly records: PaperRecord[] = [];
  private counts: Int32Array;
  private last: { limit: number | null; result: QueryResult } | null = null;

  constructor(
    private readonly index: PaperIndex,
    private readonly query: PaperQuery,
  ) {
    const columns = index.columns;
    const test = compileSlotFilter(columns, query);
    this.test = test;
    const order = index.order(query.sort);
    const counts = new Int32Array(columns.tagNames.size);
    const { ids } = columns.tags;
    const { start, length } = columns.tags;
    const { slots, records } = this;
    for (let i = 0; i < order.length; i++) {
      const slot = order[i];
      if (test !== null && !test(slot)) continue;
      slots.push(slot);
      records.push(index.recordAt(slot));
      const end = start[slot] + length[slot];
      for (let j = start[slot]; j < end; j++) counts[ids[j]]++;
    }
    this.counts = counts;
  }

  leaving(slot: number): void {
    if (this.test !== null && !this.test(slot)) return;
    const record = this.index.recordAt(slot);
    let at = lowerBound(this.slots, this.index.recordAt, record, this.query.sort);
    if (this.slots[at] !== slot) at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.records.splice(at, 1);
    this.count(slot, -1);
  }

  entered(slot: number): void {
    if (this.test !== null && !this.test(slot)) return;
    const record = this.index.recordAt(slot);
    const at = lowerBound(this.slots, this.index.recordAt, record, this.query.sort);
    this.slots.splice(at, 0, slot);
    this.records.splice(at, 0, record);
    this.count(slot, 1);
  }

  result(limit: number | null): QueryResult {
    const revision = this.index.revision;
    if (this.last !== null && this.last.limit === limit && this.last.result.revision === revision) return this.last.result;
    const all = this.records;
    const records = limit !== null && all.length > limit ? all.slice(0, limit) : all.slice();
    const names = this.index.columns.tagNames.names;
    const facets: TagCount[] = [];
    this.counts.forEach((count, id) => {
      if (count > 0) facets.push({ tag: names[id], count });
    });
    facets.sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
    const result = { records, total: all.length, facets, revision };
    this.last = { limit, result };
    return result;
  }

  private count(slot: number, by: number): void {
    const { ids, start, length } = this.index.columns.tags;
    const end = start[slot] + length[slot];
    for (let j = start[slot]; j < end; j++) {
      const id = ids[j];
      if (id >= this.counts.length) {
        const wider = new Int32Array(Math.max(id + 1, this.counts.length * 2));
        wider.set(this.counts);
        this.counts = wider;
      }
      this.counts[id] += by;
    }
  }
}

/**
 * The query as a test of one slot over the index's columns; null when every record passes.
 * Must agree with `compileFilter` (the same rules over a record), which the tests check.
 */
export function compileSlotFilter(columns: Columns, query: PaperQuery): ((slot: number) => boolean) | null {
  const tagId = (t: string) => columns.tagNames.id(t.toLowerCase().replace(/^#/, ''));
  const include = query.includeTags.map(tagId);
  const exclude = query.excludeTags.map(tagId);
  const categories = query.categories.map((c) => columns.categoryNames.id(c.toLowerCase()));
  const statusMask = query.statuses.reduce((mask, s) => mask | (1 << statusCode(s)), 0);
  const { rating, unrated, distilled, year, citations } = query;
  const terms = searchTerms(query.search);
  const venues = venueWords(query);
  const ratingMode = rating !== null ? 1 : unrated ? 2 : 0;
  const counted = include.length + exclude.length + categories.length + statusMask + ratingMode + terms.length + venues.length;
  if (counted === 0 && distilled === null && year === null && citations === null) return null;
  const { tags, haystack } = columns;
  const complete = distilled === null ? -1 : distilled ? 1 : 0;
  return (slot) => {
    for (let i = 0; i < include.length; i++) if (!tags.has(slot, include[i])) return false;
    for (let i = 0; i < exclude.length; i++) if (tags.has(slot, exclude[i])) return false;
    if (ratingMode !== 0) {
      const r = columns.rating[slot];
      if (r === NONE ? !unrated : ratingMode === 2 || !inRange(r, rating!)) return false;
    }
    if (statusMask !== 0) {
      const s = columns.status[slot];
      if (s === NONE || (statusMask & (1 << s)) === 0) return false;
    }
    if (complete >= 0 && columns.complete[slot] !== complete) return false;
    if (categories.length > 0 && !categories.some((c) => columns.categories.has(slot, c))) return false;
    if (year !== null) {
      const y = columns.year[slot];
      if (y === NONE || !inRange(y, year)) return false;
    }
    if (citations !== null) {
      const c = columns.citations[slot];
      if (c === NONE || !inRange(c, citations)) return false;
    }
    if (venues.length > 0 && !venues.some((v) => columns.venue[slot].includes(v))) return false;
    for (let i = 0; i < terms.length; i++) if (!haystack[slot].includes(terms[i])) return false;
    return true;
  };
}

/** The `venue:` words as they are looked for in a record's `venueKey` (' icra'). */
function venueWords(query: PaperQuery): string[] {
  return query.venues.map(venueKey).filter((k) => k !== '');
}

/** The query as a predicate over one record: the rules themselves, plainly written. */
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
  const citations = query.citations;
  if (citations !== null) checks.push((r) => r.citations !== null && inRange(r.citations, citations));
  const venues = venueWords(query);
  if (venues.length > 0) checks.push((r) => venues.some((v) => r.venueKey.includes(v)));
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
