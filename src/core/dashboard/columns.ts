import type { PaperRecord } from './record';

/** Small integer ids for strings (tag keys, categories): compared and counted as numbers. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

/**
 * A short list of ids per slot, all in one pool: a pass over 100k records reads one typed array
 * instead of 100k scattered JS arrays. A list that grows moves to the pool's end; the pool is
 * compacted once half of it is stale.
 */
export class IdLists {
  private pool = new Int32Array(1024);
  private used = 0;
  private stale = 0;
  start = new Int32Array(0);
  length = new Int32Array(0);

  grow(capacity: number): void {
    if (capacity <= this.start.length) return;
    this.start = copyInto(new Int32Array(capacity), this.start);
    this.length = copyInto(new Int32Array(capacity), this.length);
  }

  get ids(): Int32Array {
    return this.pool;
  }

  set(slot: number, ids: readonly number[]): void {
    if (ids.length <= this.length[slot]) {
      this.stale += this.length[slot] - ids.length;
    } else {
      this.stale += this.length[slot];
      if (this.used + ids.length > this.pool.length) this.makeRoom(ids.length);
      this.start[slot] = this.used;
      this.used += ids.length;
    }
    const at = this.start[slot];
    for (let i = 0; i < ids.length; i++) this.pool[at + i] = ids[i];
    this.length[slot] = ids.length;
  }

  clear(slot: number): void {
    this.stale += this.length[slot];
    this.length[slot] = 0;
  }

  has(slot: number, id: number): boolean {
    const end = this.start[slot] + this.length[slot];
    for (let i = this.start[slot]; i < end; i++) if (this.pool[i] === id) return true;
    return false;
  }

  private makeRoom(extra: number): void {
    if (this.stale * 2 > this.used) {
      const live = new Int32Array(Math.max(1024, (this.used - this.stale + extra) * 2));
      let at = 0;
      for (let s = 0; s < this.start.length; s++) {
        const n = this.length[s];
        live.set(this.pool.subarray(this.start[s], this.start[s] + n), at);
        this.start[s] = at;
        at += n;
      }
      this.pool = live;
      this.used = at;
      this.stale = 0;
    }
    if (this.used + extra > this.pool.length) {
      this.pool = copyInto(new Int32Array(Math.max(this.pool.length * 2, this.used + extra)), this.pool);
    }
  }
}

const STATUS_CODE = { 'to-read': 0, reading: 1, read: 2 } as const;
/** Stored for a missing rating, status, year or citation count. */
export const NONE = -1;

/**
 * What the filter reads of each record, column by column and indexed by slot, so one filter
 * pass touches a few compact arrays rather than every record object.
 */
export class Columns {
  rating = new Int8Array(0);
  status = new Int8Array(0);
  year = new Int16Array(0);
  complete = new Uint8Array(0);
  /** Float64, not Int32: a hand-written count past 2^31 must not wrap and match what it should not. */
  citations = new Float64Array(0);
  readonly haystack: string[] = [];
  /** The record's `venueKey` (' corl 2023'), '' without a venue. */
  readonly venue: string[] = [];
  readonly tags = new IdLists();
  readonly categories = new IdLists();
  readonly tagNames = new Interner();
  readonly categoryNames = new Interner();

  get capacity(): number {
    return this.rating.length;
  }

  grow(capacity: number): void {
    if (capacity <= this.capacity) return;
    const size = Math.max(capacity, this.capacity * 2, 64);
    this.rating = copyInto(new Int8Array(size), this.rating);
    this.status = copyInto(new Int8Array(size), this.status);
    this.year = copyInto(new Int16Array(size), this.year);
    this.complete = copyInto(new Uint8Array(size), this.complete);
    this.citations = copyInto(new Float64Array(size), this.citations);
    this.tags.grow(size);
    this.categories.grow(size);
  }

  write(slot: number, r: PaperRecord): void {
    this.grow(slot + 1);
    this.rating[slot] = r.rating ?? NONE;
    this.status[slot] = r.status === null ? NONE : STATUS_CODE[r.status];
    this.year[slot] = r.year ?? NONE;
    this.complete[slot] = r.completeness.complete ? 1 : 0;
    this.citations[slot] = r.citations ?? NONE;
    this.haystack[slot] = r.haystack;
    this.venue[slot] = r.venueKey;
    this.tags.set(slot, r.tagKeys.map((k) => this.tagNames.id(k)));
    this.categories.set(slot, r.categories.map((c) => this.categoryNames.id(c.toLowerCase())));
  }

  clear(slot: number): void {
    this.haystack[slot] = '';
    this.venue[slot] = '';
    this.tags.clear(slot);
    this.categories.clear(slot);
  }
}

export function statusCode(status: keyof typeof STATUS_CODE): number {
  return STATUS_CODE[status];
}

function copyInto<T extends Int8Array | Int16Array | Int32Array | Uint8Array | Float64Array>(into: T, from: T): T {
  into.set(from);
  return into;
}
