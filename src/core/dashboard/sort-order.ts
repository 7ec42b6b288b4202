import { compareRecords, sortValue, type SortSpec } from './query';
import type { PaperRecord } from './record';

/**
 * Slots (`live`, indexes into `records`) in title order: the tie-break of every other column,
 * so it is sorted once on plain strings and every other first sort compares numbers only.
 */
export function titleOrder(records: readonly (PaperRecord | undefined)[], live: readonly number[]): number[] {
  const keys = live.map((s) => records[s]!.titleKey);
  const paths = live.map((s) => records[s]!.path);
  const at = live.map((_, i) => i);
  at.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x !== y) return x < y ? -1 : 1;
    return paths[a] < paths[b] ? -1 : paths[a] > paths[b] ? 1 : 0;
  });
  return at.map((i) => live[i]);
}

/**
 * The slots in `spec` order, the same order `compareRecords` gives, without calling it: each
 * record's sort value becomes a number (strings by their rank among the distinct values), ties
 * go to the record's place in `byTitle`.
 */
export function sortedOrder(records: readonly (PaperRecord | undefined)[], byTitle: readonly number[], spec: SortSpec): number[] {
  const size = records.length;
  const rank = new Int32Array(size);
  byTitle.forEach((slot, i) => (rank[slot] = i));
  const primary = new Float64Array(size);
  const missing = new Uint8Array(size);
  const strings = new Map<number, string>();
  for (const slot of byTitle) {
    const v = sortValue(records[slot]!, spec.column);
    if (v === null) missing[slot] = 1;
    else if (typeof v === 'number') primary[slot] = v;
    else strings.set(slot, v);
  }
  if (strings.size > 0) {
    // Default sort compares UTF-16 code units, as `<` does in compareRecords.
    const distinct = [...new Set(strings.values())].sort();
    const position = new Map(distinct.map((v, i) => [v, i]));
    for (const [slot, v] of strings) primary[slot] = position.get(v)!;
  }
  const sign = spec.direction === 'asc' ? 1 : -1;
  const order = [...byTitle];
  order.sort((a, b) => {
    if (missing[a] !== missing[b]) return missing[a] - missing[b];
    const d = primary[a] - primary[b];
    return d !== 0 ? d * sign : rank[a] - rank[b];
  });
  return order;
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
