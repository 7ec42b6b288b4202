import { type App, type CachedMetadata, type Component, TFile, type TAbstractFile } from 'obsidian';
import { PaperIndex } from '../../core/dashboard/index';
import { isPaperNote, paperRecord, paperRecordFromCache, type RecordOptions } from '../../core/dashboard/record';
import { NOT_LISTED, unreadablePaperNoteLine, unreadablePropertiesMessage } from '../../core/note/unreadable-properties';
import type { Settings } from '../../core/settings';
import { blockWithoutProperties } from '../vault-note-store';

/**
 * The one component that keeps the paper index in step with the vault: built on first use (not
 * in onload), then updated one note at a time from metadataCache 'changed' and vault 'delete' /
 * 'rename'. Listeners hear about every change and decide themselves when to re-render.
 */
export class IndexSync {
  private readonly index = new PaperIndex();
  private building: Promise<PaperIndex> | null = null;
  private built = false;
  /** Changes seen while the first build runs, applied after it. */
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();
  /** Paper notes (an `arxiv:` line) whose properties are not valid YAML: path → the line where they break. */
  private readonly unreadable = new Map<string, number>();

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {}

  /** Registers the event handlers on the plugin (cheap: nothing is read until the index is needed). */
  register(owner: Component): void {
    owner.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => this.changed(file, data, cache)));
    owner.registerEvent(this.app.vault.on('delete', (file) => this.deleted(file)));
    owner.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
  }

  /** The index, built from the vault the first time. */
  ready(): Promise<PaperIndex> {
    // A failed build is forgotten, so the next dashboard or code block tries again.
    this.building ??= this.build().catch((e: unknown) => {
      this.building = null;
      throw e;
    });
    return this.building;
  }

  /** Settings that change what a record holds (paper tag, required sections) need a fresh build. */
  invalidate(): void {
    if (!this.built) return;
    this.built = false;
    this.building = null;
    void this.ready();
  }

  /** One sentence per paper note left out because its properties cannot be read, by path. */
  unreadableNotes(): string[] {
    return [...this.unreadable]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, line]) => unreadablePropertiesMessage(path, line, NOT_LISTED));
  }

  /** The index as it stands (possibly still empty while building). */
  current(): PaperIndex {
    return this.index;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private options(): RecordOptions {
    const s = this.settings();
    return { paperTag: s.paperTag, requiredSections: s.requiredSections };
  }

  private async build(): Promise<PaperIndex> {
    const opts = this.options();
    const records = [];
    this.unreadable.clear();
    for (const file of this.app.vault.getMarkdownFiles()) {
      const cache = this.app.metadataCache.getFileCache(file);
      const frontmatter = cache?.frontmatter ?? null;
      // Only paper notes are read; the cache already says which ones they are, and which blocks
      // it could not read (those few are read to find a broken paper note's line).
      if (!isPaperNote(frontmatter, opts.paperTag)) {
        if (blockWithoutProperties(cache)) this.noteUnreadable(file.path, await this.app.vault.cachedRead(file).catch(() => ''));
        continue;
      }
      // Where the cache's blocks settle how far the note is distilled, it is not read at all.
      const cached = cache === null ? undefined : paperRecordFromCache(file.path, frontmatter, cache, opts);
      if (cached !== undefined) {
        if (cached !== null) records.push(cached);
        continue;
      }
      // A note deleted while the index is built is simply not in it.
      const text = await this.app.vault.cachedRead(file).catch(() => null);
      if (text === null) continue;
      const record = paperRecord(file.path, frontmatter, text, opts);
      if (record !== null) records.push(record);
    }
    this.index.reset(records);
    this.built = true;
    for (const path of this.pending) await this.reread(path);
    this.pending.clear();
    this.notify();
    return this.index;
  }

  private changed(file: TFile, data: string, cache: CachedMetadata): void {
    if (file.extension !== 'md') return;
    if (!this.built) {
      if (this.building !== null) this.pending.add(file.path);
      return;
    }
    // Cheap for other notes: only a block without properties is looked at again.
    this.noteUnreadable(file.path, cache.frontmatter === undefined ? data : '');
    this.index.upsert(file.path, paperRecord(file.path, cache.frontmatter ?? null, data, this.options()));
    this.notify();
  }

  /** Records (or clears) a paper note whose properties do not parse; `text` '' clears. */
  private noteUnreadable(path: string, text: string): void {
    const line = text === '' ? null : unreadablePaperNoteLine(text);
    if (line === null) this.unreadable.delete(path);
    else this.unreadable.set(path, line);
  }

  private deleted(file: TAbstractFile): void {
    if (!this.built) return;
    const listed = this.index.get(file.path) !== undefined;
    const broken = this.unreadable.delete(file.path);
    if (!listed && !broken) return;
    if (listed) this.index.remove(file.path);
    this.notify();
  }

  private renamed(file: TAbstractFile, oldPath: string): void {
    if (!this.built || !(file instanceof TFile)) return;
    const line = this.unreadable.get(oldPath);
    if (line !== undefined) {
      this.unreadable.delete(oldPath);
      this.unreadable.set(file.path, line);
      this.notify();
    }
    const old = this.index.get(oldPath);
    if (old === undefined) return;
    const titled = this.app.metadataCache.getFileCache(file)?.frontmatter?.title !== undefined;
    if (titled) {
      // Same text, new place: the record moves as is.
      this.index.rename(oldPath, { ...old, path: file.path });
    } else {
      // The title comes from the file name, so the record is derived again.
      this.index.remove(oldPath);
      void this.reread(file.path).then(() => this.notify());
    }
    this.notify();
  }

  private async reread(path: string): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (file === null) {
      this.index.remove(path);
      return;
    }
    const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
    const text = await this.app.vault.cachedRead(file).catch(() => null);
    this.noteUnreadable(path, frontmatter === null ? (text ?? '') : '');
    if (text === null) this.index.remove(path);
    else this.index.upsert(path, paperRecord(path, frontmatter, text, this.options()));
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
