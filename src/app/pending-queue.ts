import type { ArxivIdString } from '../core/arxiv/types';
import { isRecord } from '../core/note/frontmatter';

/** A stub note waiting for arXiv: which paper, and where its note is. */
export interface PendingEntry {
  readonly id: ArxivIdString;
  readonly path: string;
  /** ISO time the stub was written, to tell the reader how long it has waited. */
  readonly queuedAt: string;
}

/** Where the queue is kept: the plugin's data.json in Obsidian, `.paper-distill/pending.json` for the CLI. */
export interface PendingStore {
  load(): Promise<unknown>;
  save(entries: readonly PendingEntry[]): Promise<void>;
}

/** Entries from whatever the store held; malformed ones are dropped (the vault scan finds their stubs anyway). */
export function normalizePending(raw: unknown): PendingEntry[] {
  if (!Array.isArray(raw)) return [];
  const byId = new Map<ArxivIdString, PendingEntry>();
  for (const item of raw) {
    if (!isRecord(item)) continue;
    const { id, path, queuedAt } = item;
    if (typeof id !== 'string' || typeof path !== 'string' || id === '' || path === '') continue;
    byId.set(id, { id, path, queuedAt: typeof queuedAt === 'string' ? queuedAt : '' });
  }
  return [...byId.values()];
}

/**
 * The persisted list of stubs awaiting metadata. Changes are applied one after another and
 * saved each time, so concurrent imports never drop each other's entries.
 */
export class PendingQueue {
  private entries: PendingEntry[] | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: PendingStore) {}

  list(): Promise<readonly PendingEntry[]> {
    return this.serial(async () => [...(await this.current())]);
  }

  add(entries: readonly PendingEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return this.serial(async () => {
      const ids = new Set(entries.map((e) => e.id));
      const kept = (await this.current()).filter((e) => !ids.has(e.id));
      await this.replace([...kept, ...entries]);
    });
  }

  remove(ids: Iterable<ArxivIdString>): Promise<void> {
    const gone = new Set(ids);
    if (gone.size === 0) return Promise.resolve();
    return this.serial(async () => {
      const current = await this.current();
      const kept = current.filter((e) => !gone.has(e.id));
      if (kept.length !== current.length) await this.replace(kept);
    });
  }

  /**
   * Forgets the entries read so far: the store changed under the queue (data.json synced from
   * another device), so the next change starts from what the store holds now.
   */
  reload(): Promise<void> {
    return this.serial(async () => {
      this.entries = null;
    });
  }

  private async current(): Promise<PendingEntry[]> {
    this.entries ??= normalizePending(await this.store.load());
    return this.entries;
  }

  private async replace(next: PendingEntry[]): Promise<void> {
    this.entries = next;
    await this.store.save(next);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** A store in memory, for tests and for callers that do not persist. */
export class MemoryPendingStore implements PendingStore {
  saved: PendingEntry[] = [];
  load(): Promise<unknown> {
    return Promise.resolve(this.saved);
  }
  save(entries: readonly PendingEntry[]): Promise<void> {
    this.saved = [...entries];
    return Promise.resolve();
  }
}
