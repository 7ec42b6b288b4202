import { Columns } from './columns';
import type { SortSpec } from './query';
import type { PaperRecord } from './record';
import { lowerBound, sortedOrder, titleOrder } from './sort-order';

/** Told about each change of one slot, before (`leaving`) and after (`entered`) it: live query results. */
export interface SlotWatcher {
  leaving(slot: number): void;
  entered(slot: number): void;
}

const TITLE_ASC: SortSpec = { column: 'title', direction: 'asc' };
/** Live results kept patched on every change; older ones are dropped and computed again when asked. */
const MAX_WATCHERS = 4;

/**
 * Every paper note's record, kept current one note at a time. The revision goes up on each
 * change, so views can tell whether what they show is stale. Each record has a slot; what the
 * filter reads sits in typed columns by slot. Sorted orders (of slots) asked for by queries are
 * cached and patched in place on each change (a binary insertion), never re-sorted whole, and
 * so are the results of the last few queries (see run-query.ts).
 */
export class PaperIndex {
  private readonly slotOf = new Map<string, number>();
  private readonly records: (PaperRecord | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly sorted = new Map<string, { spec: SortSpec; order: number[] }>();
  private readonly watchers = new Map<string, SlotWatcher>();
  private cols = new Columns();
  private rev = 0;

  get revision(): number {
    return this.rev;
  }

  /** What the filter pass reads, by slot. */
  get columns(): Columns {
    return this.cols;
  }

  get size(): number {
    return this.slotOf.size;
  }

  get(path: string): PaperRecord | undefined {
    const slot = this.slotOf.get(path);
    return slot === undefined ? undefined : this.records[slot];
  }

  /** The record in `slot` (a slot from `order`). */
  readonly recordAt = (slot: number): PaperRecord => this.records[slot]!;

  *all(): IterableIterator<PaperRecord> {
    for (const slot of this.slotOf.values()) yield this.records[slot]!;
  }

  /** Replaces the whole content (first build). */
  reset(records: Iterable<PaperRecord>): void {
    this.slotOf.clear();
    this.records.length = 0;
    this.free.length = 0;
    this.sorted.clear();
    this.watchers.clear();
    this.cols = new Columns();
    for (const r of records) {
      const slot = this.slotOf.get(r.path) ?? this.records.length;
      this.slotOf.set(r.path, slot);
      this.records[slot] = r;
    }
    this.cols.grow(this.records.length);
    this.records.forEach((r, slot) => this.cols.write(slot, r!));
    this.rev++;
  }

  /** Adds or replaces the record at `path`; a null record (no longer a paper) removes it. */
  upsert(path: string, record: PaperRecord | null): void {
    if (record === null) {
      this.remove(path);
      return;
    }
    let slot = this.slotOf.get(path);
    if (slot !== undefined) this.leave(slot);
    else {
      slot = this.free.pop() ?? this.records.length;
      this.slotOf.set(path, slot);
    }
    this.records[slot] = record;
    this.cols.write(slot, record);
    this.enter(slot);
    this.rev++;
  }

  remove(path: string): void {
    const slot = this.slotOf.get(path);
    if (slot === undefined) return;
    this.leave(slot);
    this.slotOf.delete(path);
    this.records[slot] = undefined;
    this.cols.clear(slot);
    this.free.push(slot);
    this.rev++;
  }

  /** A renamed note keeps its record under the new path. */
  rename(oldPath: string, record: PaperRecord | null): void {
    this.remove(oldPath);
    if (record !== null) this.upsert(record.path, record);
  }

  /** Every slot in `spec` order; the same array until the next change (do not mutate it). */
  order(spec: SortSpec): readonly number[] {
    const key = `${spec.column}:${spec.direction}`;
    let cache = this.sorted.get(key);
    if (cache === undefined) {
      const byTitle = (): number[] => {
        let title = this.sorted.get('title:asc');
        if (title === undefined) {
          title = { spec: TITLE_ASC, order: titleOrder(this.records, [...this.slotOf.values()]) };
          this.sorted.set('title:asc', title);
        }
        return title.order;
      };
      cache = key === 'title:asc' ? { spec, order: byTitle() } : { spec, order: sortedOrder(this.records, [...this.slotOf.values()], spec, byTitle) };
      this.sorted.set(key, cache);
    }
    return cache.order;
  }

  /** The live result kept under `key`, most recently used first; undefined when not kept. */
  watcher(key: string): SlotWatcher | undefined {
    const w = this.watchers.get(key);
    if (w !== undefined) {
      this.watchers.delete(key);
      this.watchers.set(key, w);
    }
    return w;
  }

  watch(key: string, watcher: SlotWatcher): void {
    this.watchers.delete(key);
    this.watchers.set(key, watcher);
    if (this.watchers.size > MAX_WATCHERS) this.watchers.delete(this.watchers.keys().next().value!);
  }

  private leave(slot: number): void {
    const record = this.records[slot]!;
    for (const w of this.watchers.values()) w.leaving(slot);
    for (const { order, spec } of this.sorted.values()) {
      let at = lowerBound(order, this.recordAt, record, spec);
      // Records equal under the comparator share a path, so the slot sits here or nowhere.
      if (order[at] !== slot) at = order.indexOf(slot);
      if (at >= 0) order.splice(at, 1);
    }
  }

  private enter(slot: number): void {
    const record = this.records[slot]!;
    for (const { order, spec } of this.sorted.values()) order.splice(lowerBound(order, this.recordAt, record, spec), 0, slot);
    for (const w of this.watchers.values()) w.entered(slot);
  }
}
