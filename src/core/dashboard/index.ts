import { compareRecords, type SortSpec } from './query';
import type { PaperRecord } from './record';

/**
 * Every paper note's record, kept current one note at a time. The revision goes up on each
 * change, so views can tell whether what they show is stale. Sorted orders asked for by queries
 * are cached and patched in place on each change (a binary insertion), never re-sorted whole.
 */
export class PaperIndex {
  private readonly byPath = new Map<string, PaperRecord>();
  private readonly sorted = new Map<string, { spec: SortSpec; list: PaperRecord[] }>();
  private rev = 0;

  get revision(): number {
    return this.rev;
  }

  get size(): number {
    return this.byPath.size;
  }

  get(path: string): PaperRecord | undefined {
    return this.byPath.get(path);
  }

  all(): IterableIterator<PaperRecord> {
    return this.byPath.values();
  }

  /** Replaces the whole content (first build). */
  reset(records: Iterable<PaperRecord>): void {
    this.byPath.clear();
    this.sorted.clear();
    for (const r of records) this.byPath.set(r.path, r);
    this.rev++;
  }

  /** Adds or replaces the record at `path`; a null record (no longer a paper) removes it. */
  upsert(path: string, record: PaperRecord | null): void {
    if (record === null) {
      this.remove(path);
      return;
    }
    const old = this.byPath.get(path);
    this.byPath.set(path, record);
    for (const cache of this.sorted.values()) {
      if (old !== undefined) removeFrom(cache.list, old, cache.spec);
      insertInto(cache.list, record, cache.spec);
    }
    this.rev++;
  }

  remove(path: string): void {
    const old = this.byPath.get(path);
    if (old === undefined) return;
    this.byPath.delete(path);
    for (const cache of this.sorted.values()) removeFrom(cache.list, old, cache.spec);
    this.rev++;
  }

  /** A renamed note keeps its record under the new path. */
  rename(oldPath: string, record: PaperRecord | null): void {
    this.remove(oldPath);
    if (record !== null) this.upsert(record.path, record);
  }

  /** All records in `spec` order; the same array until the next change (do not mutate it). */
  inOrder(spec: SortSpec): readonly PaperRecord[] {
    const key = `${spec.column}:${spec.direction}`;
    let cache = this.sorted.get(key);
    if (cache === undefined) {
      const list = [...this.byPath.values()].sort((a, b) => compareRecords(a, b, spec));
      cache = { spec, list };
      this.sorted.set(key, cache);
    }
    return cache.list;
  }
}

/** First position whose record sorts at or after `record`. */
function lowerBound(list: readonly PaperRecord[], record: PaperRecord, spec: SortSpec): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRecords(list[mid], record, spec) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertInto(list: PaperRecord[], record: PaperRecord, spec: SortSpec): void {
  list.splice(lowerBound(list, record, spec), 0, record);
}

function removeFrom(list: PaperRecord[], record: PaperRecord, spec: SortSpec): void {
  let at = lowerBound(list, record, spec);
  // Records equal under the comparator share a path, so the exact object sits here or nowhere.
  if (list[at] !== record) at = list.indexOf(record);
  if (at >= 0) list.splice(at, 1);
}
