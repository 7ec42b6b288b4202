import type { Plugin } from 'obsidian';
import type { PendingEntry, PendingStore } from '../app/pending-queue';
import { isRecord } from '../core/note/frontmatter';
import type { Settings } from '../core/settings';

/**
 * data.json holds the settings at its top level (the CLI reads them from there) and, beside
 * them, `pending`: the stub notes waiting for arXiv. Every save writes the whole object, so
 * saving the settings keeps the queue and saving the queue keeps the settings. Saves run one
 * after another so two never interleave.
 */
export class PluginData {
  private raw: Record<string, unknown> = {};
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly plugin: Pick<Plugin, 'loadData' | 'saveData'>) {}

  /** Reads data.json once, at load; returns what the settings are made from. */
  async load(): Promise<Record<string, unknown>> {
    const data: unknown = await this.plugin.loadData();
    this.raw = isRecord(data) ? { ...data } : {};
    return this.raw;
  }

  /**
   * Reads data.json again after it changed on disk (Obsidian Sync or another sync tool brought
   * another device's copy). Waits for saves in flight, so the file's new content is what later
   * saves start from, never an older copy held in memory.
   */
  reload(): Promise<Record<string, unknown>> {
    const run = this.tail.then(() => this.load());
    this.tail = run.catch(() => undefined);
    return run;
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.write({ ...settings });
  }

  /** The pending queue's home inside data.json. */
  readonly pendingStore: PendingStore = {
    load: () => Promise.resolve(this.raw.pending),
    save: (entries: readonly PendingEntry[]) => this.write({ pending: [...entries] }),
  };

  /** Notes whose title waits to be searched on arXiv, beside the stub queue (`id` is the note path). */
  readonly pendingTitleStore: PendingStore = {
    load: () => Promise.resolve(this.raw.pendingTitles),
    save: (entries: readonly PendingEntry[]) => this.write({ pendingTitles: [...entries] }),
  };

  /** PDFs waiting for the network, beside the stub queue (`id` is the note path). */
  readonly pendingPdfStore: PendingStore = {
    load: () => Promise.resolve(this.raw.pendingPdfs),
    save: (entries: readonly PendingEntry[]) => this.write({ pendingPdfs: [...entries] }),
  };

  private write(patch: Record<string, unknown>): Promise<void> {
    const run = this.tail.then(async () => {
      this.raw = { ...this.raw, ...patch };
      await this.plugin.saveData(this.raw);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
