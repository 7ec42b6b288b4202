import { type CachedMetadata, type FileManager, type MetadataCache, normalizePath, type TFile, type Vault } from 'obsidian';
import type { NoteStore, NoteSummary } from '../app/ports';
import { readFrontmatter } from '../core/note/frontmatter';
import { unreadablePaperNoteLine } from '../core/note/unreadable-properties';
import { err, ok, type Result } from '../core/result';

/** The part of Obsidian's App the store uses; any App fits, and so does the test fake. */
export interface VaultHost {
  readonly vault: Pick<
    Vault,
    'getAbstractFileByPath' | 'getFileByPath' | 'getFolderByPath' | 'getMarkdownFiles' | 'read' | 'cachedRead' | 'create' | 'createFolder' | 'process'
  >;
  readonly metadataCache: Pick<MetadataCache, 'getFileCache'>;
  readonly fileManager: Pick<FileManager, 'processFrontMatter'>;
}

/**
 * Whether the metadata cache saw a properties block with lines in it but no properties: what
 * Obsidian indexes for a block that is not valid YAML. Such a note may be a paper note whose YAML
 * the reader broke; only its text can tell, so a command offers itself for it and reads the text
 * when run. An empty block (`---` twice) is not one. The cache alone answers this: checkCallback
 * runs on every palette open.
 */
export function blockWithoutProperties(cache: CachedMetadata | null): boolean {
  if (cache === null) return false;
  const props: unknown = cache.frontmatter;
  if (!(props === undefined || props === null || (typeof props === 'object' && Object.keys(props).length === 0))) return false;
  const position = cache.frontmatterPosition ?? (cache.sections?.[0]?.type === 'yaml' ? cache.sections[0].position : undefined);
  // The fences are the first and last lines; a block with something between them spans three or more.
  return position !== undefined && position.end.line - position.start.line >= 2;
}

/**
 * The note at a vault path (normalized here), or null when there is none or it is a folder. A
 * file whose name a Mac or a sync client wrote decomposed (NFD) is found by its composed name.
 */
export function getNoteFile(app: Pick<VaultHost, 'vault'>, path: string): TFile | null {
  const target = normalizePath(path);
  return app.vault.getFileByPath(target) ?? twinOf(app, target);
}

function twinOf(app: Pick<VaultHost, 'vault'>, target: string): TFile | null {
  // Only non-ASCII names can be spelled in another normalization form.
  if (/^[\x20-\x7e]*$/.test(target)) return null;
  return app.vault.getMarkdownFiles().find((file) => file.path.normalize('NFC') === target) ?? null;
}

/**
 * The NoteStore over Obsidian's vault. Paths go through `normalizePath`; writes go through
 * `vault.create` and `vault.process`, so Obsidian's index, sync and open editors see them.
 */
export class VaultNoteStore implements NoteStore {
  // Obsidian checks "File already exists." before its asynchronous write, so two creates of one
  // path in the same moment could both succeed; paths being created are claimed here first.
  private readonly creating = new Set<string>();

  /** `beforeWrite` runs before every change to an existing note (the plugin saves its open editors there). */
  constructor(
    private readonly app: VaultHost,
    private readonly beforeWrite: (path: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  async listNotes(): Promise<NoteSummary[]> {
    const { vault, metadataCache } = this.app;
    return Promise.all(
      vault.getMarkdownFiles().map(async (file): Promise<NoteSummary> => {
        const cache = metadataCache.getFileCache(file);
        // A note written moments ago may not be indexed yet, and a block the cache could not read
        // may be a paper note with broken YAML: the text is the truth then (few notes are either).
        if (cache !== null && !blockWithoutProperties(cache)) return { path: file.path, frontmatter: cache.frontmatter ?? null };
        const text = await this.app.vault.cachedRead(file).catch(() => null);
        if (text === null) return { path: file.path, frontmatter: null };
        const frontmatter = readFrontmatter(text);
        const unreadableLine = frontmatter === null ? unreadablePaperNoteLine(text) : null;
        return { path: file.path, frontmatter, ...(unreadableLine === null ? {} : { unreadableLine }) };
      }),
    );
  }

  async read(path: string): Promise<string | null> {
    const file = getNoteFile(this.app, path);
    if (!file) return null;
    try {
      return await this.app.vault.read(file);
    } catch {
      return null; // deleted between the lookup and the read
    }
  }

  async exists(path: string): Promise<boolean> {
    const target = normalizePath(path);
    return this.app.vault.getAbstractFileByPath(target) !== null || twinOf(this.app, target) !== null;
  }

  async create(path: string, content: string): Promise<Result<void>> {
    const target = normalizePath(path);
    // Checked and claimed in one synchronous step, before any await.
    if (this.creating.has(target) || this.app.vault.getAbstractFileByPath(target) !== null || twinOf(this.app, target) !== null) {
      return alreadyThere(target);
    }
    this.creating.add(target);
    try {
      const folder = await this.ensureFolder(parentOf(target));
      if (!folder.ok) return folder;
      await this.app.vault.create(target, content);
      return ok(undefined);
    } catch (e) {
      if (/already exists/i.test(messageOf(e))) return alreadyThere(target);
      return err('IO', `Could not create ${target}: ${messageOf(e)}.`);
    } finally {
      this.creating.delete(target);
    }
  }

  async update(path: string, change: (current: string) => string): Promise<Result<void>> {
    const target = normalizePath(path);
    const file = getNoteFile(this.app, target);
    if (!file) return notFound(target);
    try {
      await this.beforeWrite(target);
      await this.app.vault.process(file, change);
      return ok(undefined);
    } catch (e) {
      if (getNoteFile(this.app, target) !== file) return notFound(target);
      return err('IO', `Could not update ${target}: ${messageOf(e)}.`);
    }
  }

  async updateFrontmatter(path: string, mutate: (props: Record<string, unknown>) => void): Promise<Result<void>> {
    const target = normalizePath(path);
    const file = getNoteFile(this.app, target);
    if (!file) return notFound(target);
    try {
      await this.beforeWrite(target);
      await this.app.fileManager.processFrontMatter(file, mutate);
      return ok(undefined);
    } catch (e) {
      if (getNoteFile(this.app, target) !== file) return notFound(target);
      return err('IO', `Could not update the properties of ${target}: ${messageOf(e)}.`);
    }
  }

  /** Creates each missing level; another creator winning the race for a level is fine. */
  private async ensureFolder(folder: string): Promise<Result<void>> {
    if (folder === '') return ok(undefined);
    const parts = folder.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const level = parts.slice(0, depth).join('/');
      if (this.app.vault.getFolderByPath(level)) continue;
      if (this.app.vault.getAbstractFileByPath(level)) {
        return err('IO', `Could not create a folder at ${level}: a file of that name is in the way.`);
      }
      try {
        await this.app.vault.createFolder(level);
      } catch (e) {
        if (!this.app.vault.getFolderByPath(level)) throw e;
      }
    }
    return ok(undefined);
  }

}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function alreadyThere(path: string): Result<never> {
  return err('EXISTS', `A note already exists at ${path}.`);
}

function notFound(path: string): Result<never> {
  return err('NOT_FOUND', `There is no note at ${path}; it may have been moved or deleted.`);
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
}
