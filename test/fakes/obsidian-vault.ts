import type { DataWriteOptions, Stat } from 'obsidian';
import { Events } from './obsidian-events';
import {
  byteLength,
  childPath,
  enoent,
  moveTo,
  normalizePath,
  parentPathOf,
  TAbstractFile,
  TFile,
  TFolder,
} from './obsidian-files';

/** Lets the metadata cache read a file's text synchronously, as Obsidian's indexer can. */
export function peekContent(vault: Vault, file: TFile): string | null {
  return vault['contents'].get(file) ?? null;
}

// One microtask: enough for two un-awaited calls to interleave, as real disk writes do.
const ioTick = (): Promise<void> => Promise.resolve();

/**
 * An in-memory vault with Obsidian's observable behaviour. Deliberate choices:
 * - Paths must already be normalized (`normalizePath(p) === p`); plugin code that forgets
 *   `normalizePath` fails loudly here instead of working by luck.
 * - `create` checks "File already exists." before its asynchronous write, so two concurrent
 *   creates of one path both resolve and the later write wins: callers must serialize themselves.
 * - `create` and `createFolder` need the parent folder to exist (stricter than desktop's
 *   recursive mkdir, equal to what works on every platform).
 * - Dot-folders (`.obsidian`, …) are not indexed, as in Obsidian; only `adapter` reaches them.
 * - Events come in Obsidian's order: a write lands after its I/O gap, and only then do `create`,
 *   `modify`, `rename` (with the old path) and `delete` fire, before the call's promise resolves;
 *   code that runs right after starting a write (without awaiting it) still sees the old state.
 *   The metadata cache hears of each change after the vault's listeners (see MetadataCache).
 */
export class Vault extends Events {
  configDir = '.obsidian';
  readonly adapter: FakeDataAdapter;
  private readonly entries = new Map<string, TAbstractFile>();
  private readonly contents = new Map<TFile, string>();
  private readonly binaries = new Map<TFile, ArrayBuffer>();
  private readonly root: TFolder;

  constructor() {
    super();
    this.root = new TFolder(this, '/', null);
    this.entries.set('/', this.root);
    this.adapter = new FakeDataAdapter(this);
  }

  getName(): string {
    return 'Fake vault';
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.entries.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const entry = this.entries.get(path);
    return entry instanceof TFile ? entry : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const entry = this.entries.get(path);
    return entry instanceof TFolder ? entry : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.entries.values()];
  }

  getAllFolders(includeRoot?: boolean): TFolder[] {
    return this.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && (includeRoot === true || !f.isRoot()));
  }

  getFiles(): TFile[] {
    return this.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const child of root.children) {
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
      else cb(child);
    }
  }

  getResourcePath(file: TFile): string {
    return `app://fake-vault/${encodeURI(file.path)}?${file.stat.mtime}`;
  }

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    assertNormalized(path);
    if (this.entries.has(path)) throw new Error('File already exists.');
    this.requireFolder(parentPathOf(path), path);
    await ioTick();
    const raced = this.entries.get(path);
    if (raced instanceof TFile) {
      this.write(raced, data, options);
      return raced;
    }
    if (raced) throw new Error(`EISDIR: illegal operation on a directory, open '${path}'`);
    return this.addFile(path, data, options);
  }

  /** Like Obsidian: refuses a taken path; the bytes are kept apart from text contents. */
  async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
    assertNormalized(path);
    if (this.entries.has(path)) throw new Error('File already exists.');
    this.requireFolder(parentPathOf(path), path);
    await ioTick();
    if (this.entries.has(path)) throw new Error('File already exists.');
    const file = this.addFile(path, '', options);
    file.stat.size = data.byteLength;
    this.binaries.set(file, data.slice(0));
    return file;
  }

  async readBinary(file: TFile): Promise<ArrayBuffer> {
    await ioTick();
    const live = this.requireLive(file);
    return (this.binaries.get(live) ?? new ArrayBuffer(0)).slice(0);
  }

  async createFolder(path: string): Promise<TFolder> {
    assertNormalized(path);
    if (this.entries.has(path)) throw new Error('Folder already exists.');
    this.requireFolder(parentPathOf(path), path);
    await ioTick();
    if (this.entries.has(path)) throw new Error('Folder already exists.');
    return this.addFolder(path);
  }

  async read(file: TFile): Promise<string> {
    await ioTick();
    return this.contents.get(this.requireLive(file)) ?? '';
  }

  cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.requireLive(file);
    await ioTick();
    this.write(this.requireLive(file), data, options);
  }

  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.requireLive(file);
    await ioTick();
    const live = this.requireLive(file);
    this.write(live, (this.contents.get(live) ?? '') + data, options);
  }

  /**
   * Read, change and write in one synchronous step once the I/O gap has passed: `fn` sees the text
   * as it is at write time, nothing can interleave, and a throwing `fn` writes nothing.
   */
  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    this.requireLive(file);
    await ioTick();
    const live = this.requireLive(file);
    const next = fn(this.contents.get(live) ?? '');
    this.write(live, next, options);
    return next;
  }

  /** Folders go with their contents (`force` only matters for hidden children, which the fake has none of). */
  async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
    this.requireLive(file);
    if (file === this.root) throw new Error('The vault root cannot be deleted.');
    await ioTick();
    this.unregister(this.requireLive(file));
  }

  trash(file: TAbstractFile, _system: boolean): Promise<void> {
    return this.delete(file, true);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    assertNormalized(newPath);
    this.requireLive(file);
    if (this.entries.has(newPath)) throw new Error('Destination file already exists!');
    this.requireFolder(parentPathOf(newPath), newPath);
    await ioTick();
    this.requireLive(file);
    if (this.entries.has(newPath)) throw new Error('Destination file already exists!');
    const parent = this.requireFolder(parentPathOf(newPath), newPath);
    const moved: [TAbstractFile, string][] = [];
    const relocate = (entry: TAbstractFile, path: string, folder: TFolder): void => {
      moved.push([entry, entry.path]);
      this.entries.delete(entry.path);
      moveTo(entry, path, folder);
      this.entries.set(path, entry);
      if (entry instanceof TFolder) for (const child of entry.children) relocate(child, childPath(path, child.name), entry);
    };
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    parent.children.push(file);
    relocate(file, newPath, parent);
    for (const [entry, oldPath] of moved) this.trigger('rename', entry, oldPath);
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (!(file instanceof TFile)) throw new Error('The fake vault copies files only.');
    return (await this.create(newPath, this.contents.get(this.requireLive(file)) ?? '')) as TAbstractFile as T;
  }

  /** Adds a file at once, without the async gap; the adapter and `createFakeApp` seed files this way. */
  addFile(path: string, data: string, options?: DataWriteOptions): TFile {
    const parent = this.requireFolder(parentPathOf(path), path);
    const now = Date.now();
    const stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: byteLength(data) };
    const file = new TFile(this, path, parent, stat);
    this.contents.set(file, data);
    this.register(file);
    return file;
  }

  /** Adds a folder at once (its parent must exist); `createFakeApp` seeds folders this way. */
  addFolder(path: string): TFolder {
    const folder = new TFolder(this, path, this.requireFolder(parentPathOf(path), path));
    this.register(folder);
    return folder;
  }

  private write(file: TFile, data: string, options?: DataWriteOptions): void {
    this.contents.set(file, data);
    file.stat = { ctime: file.stat.ctime, mtime: options?.mtime ?? Date.now(), size: byteLength(data) };
    this.trigger('modify', file);
  }

  private register(entry: TAbstractFile): void {
    this.entries.set(entry.path, entry);
    entry.parent?.children.push(entry);
    this.trigger('create', entry);
  }

  private unregister(entry: TAbstractFile): void {
    if (entry instanceof TFolder) for (const child of [...entry.children]) this.unregister(child);
    entry.parent?.children.splice(entry.parent.children.indexOf(entry), 1);
    this.entries.delete(entry.path);
    if (entry instanceof TFile) this.contents.delete(entry);
    this.trigger('delete', entry);
  }

  private requireFolder(path: string, forPath: string): TFolder {
    const folder = this.getFolderByPath(path);
    if (!folder) throw enoent(forPath);
    return folder;
  }

  /** A TFile kept after its file was deleted or replaced is stale: Obsidian's adapter then fails. */
  private requireLive<T extends TAbstractFile>(file: T): T {
    if (this.entries.get(file.path) !== file) throw enoent(file.path);
    return file;
  }
}

function assertNormalized(path: string): void {
  if (path === '/' || normalizePath(path) !== path) {
    throw new Error(`The fake vault accepts normalized file paths only; got "${path}" (call normalizePath first).`);
  }
}

const isHiddenPath = (path: string): boolean => path.split('/').some((part) => part.startsWith('.'));

/**
 * The low-level adapter, minimal: hidden paths (dot-folders such as `.obsidian`) live in their own
 * map as Obsidian does not index them; other paths are the vault's files.
 */
export class FakeDataAdapter {
  private readonly hidden = new Map<string, string>();

  constructor(private readonly vault: Vault) {}

  getName(): string {
    return this.vault.getName();
  }

  async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
    return this.hidden.has(normalizedPath) || this.vault.getAbstractFileByPath(normalizedPath) !== null;
  }

  async stat(normalizedPath: string): Promise<Stat | null> {
    const entry = this.vault.getAbstractFileByPath(normalizedPath);
    if (entry instanceof TFile) return { type: 'file', ...entry.stat };
    if (entry instanceof TFolder) return { type: 'folder', ctime: 0, mtime: 0, size: 0 };
    const text = this.hidden.get(normalizedPath);
    return text === undefined ? null : { type: 'file', ctime: 0, mtime: 0, size: byteLength(text) };
  }

  async read(normalizedPath: string): Promise<string> {
    const file = this.vault.getFileByPath(normalizedPath);
    const text = file ? peekContent(this.vault, file) : this.hidden.get(normalizedPath);
    if (text === null || text === undefined) throw enoent(normalizedPath);
    return text;
  }

  async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
    if (isHiddenPath(normalizedPath)) {
      this.hidden.set(normalizedPath, data);
      return;
    }
    const file = this.vault.getFileByPath(normalizedPath);
    if (file) await this.vault.modify(file, data, options);
    else this.vault.addFile(normalizedPath, data, options);
  }
}
