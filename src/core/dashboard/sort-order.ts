import { compareRecords, sortValue, type SortSpec } from './query';
import type { PaperRecord } from './record';

/**
 * Slots (`live`, indexes into `records`) in title order: the tie-break of every other column.
 * The distinct title keys are sorted natively (no comparator: UTF-16 code units, as `<` compares
 * in compareRecords), which is about twice as fast as a comparator over 100k strings; only notes
 * sharing a title are compared by path.
 */
export function titleOrder(records: readonly (PaperRecord | undefined)[], live: readonly number[]): number[] {
  const groups = new Map<string, number | number[]>();
  for (let i = 0; i < live.length; i++) {
    const slot = live[i];
    const key = records[slot]!.titleKey;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, slot);
    else if (typeof group === 'number') groups.set(key, [group, slot]);
    else group.push(slot);
  }
  const keys = [...groups.keys()].sort();
  const order: number[] = new Array<number>(live.length);
  let at = 0;
  for (const key of keys) {
    const group = groups.get(key)!;
    if (typeof group === 'number') {
      order[at++] = group;
      continue;
    }
    group.sort((a, b) => {
      const x = records[a]!.path;
      const y = records[b]!.path;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const slot of group) order[at++] = slot;
  }
  return order;
}

/**
 * The slots in `spec` order, the same order `compareRecords` gives, without calling it for
 * every pair. Each record's sort value becomes its rank among the column's values (missing
 * ones after all of them, in either direction), found in one native sort of the values and a
 * binary search (no hash table over 100k strings); rank × n + tie-break is one exact integer per
 * record (below 2^53 for any vault), so a native sort of a Float64Array orders them all and the
 * key itself says which record it was. Ties are broken by the place in title order, asked for
 * (`byTitle`) only when ties are common: a column of mostly distinct values (arXiv ids) sorts its
 * few ties with compareRecords instead and needs no title sort first.
 */
export function sortedOrder(
  records: readonly (PaperRecord | undefined)[],
  live: readonly number[],
  spec: SortSpec,
  byTitle: () => readonly number[],
): number[] {
  const n = live.length;
  const present: (string | number)[] = [];
  let kinds = 0;
  for (let i = 0; i < n; i++) {
    const v = sortValue(records[live[i]]!, spec.column);
    if (v === null) continue;
    present.push(v);
    kinds |= typeof v === 'number' ? 1 : 2;
  }
  // A column holds one kind of value; a mix would need compareRecords' own rules.
  if (kinds === 3) return comparedOrder(records, byTitle(), spec);
  const distinct = kinds === 1 ? uniqueSorted(Array.from(Float64Array.from(present as number[]).sort())) : uniqueSorted((present as string[]).sort());
  const count = distinct.length;
  // Records that share their rank with another one (the missing ones all do).
  const tiesCommon = (n - count) * 4 > n;
  const slots = tiesCommon ? byTitle() : live;
  const rank = rankFinder(distinct, spec.direction === 'desc');
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = sortValue(records[slots[i]]!, spec.column);
    keys[i] = (v === null ? count : rank(v)) * n + i;
  }
  keys.sort();
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = slots[keys[i] % n];
  if (!tiesCommon) sortTies(order, keys, n, (a, b) => compareRecords(records[a]!, records[b]!, spec));
  return order;
}

function uniqueSorted<T>(sorted: T[]): T[] {
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r];
  sorted.length = w;
  return sorted;
}

/** A value's rank among `distinct` (ascending, each once): a Map for a few, a binary search for many. */
function rankFinder(distinct: readonly (string | number)[], desc: boolean): (v: string | number) => number {
  const last = distinct.length - 1;
  if (distinct.length <= 4096) {
    const ranks = new Map<string | number, number>();
    distinct.forEach((v, r) => ranks.set(v, desc ? last - r : r));
    return (v) => ranks.get(v)!;
  }
  return (v) => {
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return desc ? last - lo : lo;
  };
}

/** Re-sorts each run of equal rank (`keys` sorted, rank = ⌊key / n⌋) with `compare`. */
function sortTies(order: number[], keys: Float64Array, n: number, compare: (a: number, b: number) => number): void {
  for (let start = 0; start < order.length; ) {
    const rank = Math.floor(keys[start] / n);
    let end = start + 1;
    while (end < order.length && Math.floor(keys[end] / n) === rank) end++;
    if (end - start > 1) {
      const run = order.slice(start, end).sort(compare);
      for (let i = 0; i < run.length; i++) order[start + i] = run[i];
    }
    start = end;
  }
}

/** The plain way: compareRecords itself. */
function comparedOrder(records: readonly (PaperRecord | undefined)[], byTitle: readonly number[], spec: SortSpec): number[] {
  return [...byTitle].sort((a, b) => compareRecords(records[a]!, records[b]!, spec));
}

/** First position in `order` (slots; `at` gives a slot's record) whose record sorts at or after `record`. */
export function lowerBound(order: readonly number[], at: (slot: number) => PaperRecord, record: PaperRecord, spec: SortSpec): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRecords(at(order[mid]), record, spec) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
