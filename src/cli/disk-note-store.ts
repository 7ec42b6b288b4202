import { editFrontmatter } from '../core/note/frontmatter-edit';
import { randomBytes } from 'node:crypto';
import { chmod, type FileHandle, mkdir, open, readdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BinaryStore, NoteStore, NoteSummary } from '../app/ports';
import { readFrontmatter } from '../core/note/frontmatter';
import { err, ok, type Result } from '../core/result';

/** Folders a vault walk never enters besides dot-folders (.obsidian, .git, .trash): not notes. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * The NoteStore over a vault folder on disk, for the CLI. Paths are vault-relative with `/`,
 * normalized as Obsidian's normalizePath does, and may never leave the folder.
 */
export class DiskNoteStore implements NoteStore, BinaryStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async listNotes(): Promise<NoteSummary[]> {
    const notes: NoteSummary[] = [];
    await this.walk('', notes);
    return notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async read(path: string): Promise<string | null> {
    const file = this.locate(path);
    if (!file.ok) return null;
    try {
      return await readFile(file.value.absolute, 'utf8');
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async exists(path: string): Promise<boolean> {
    const file = this.locate(path);
    if (!file.ok) return false;
    return stat(file.value.absolute).then(
      () => true,
      () => false,
    );
  }

  /** Opens with `wx`, so the file system itself refuses a taken path, even to a concurrent creator. */
  async create(path: string, content: string): Promise<Result<void>> {
    const file = this.locate(path);
    if (!file.ok) return file;
    const { absolute, relative: rel } = file.value;
    try {
      await mkdir(dirname(absolute), { recursive: true });
    } catch (e) {
      return err('IO', `Could not make the folder for ${rel}: ${messageOf(e)}.`);
    }
    let handle: FileHandle;
    try {
      handle = await open(absolute, 'wx');
    } catch (e) {
      if (codeOf(e) === 'EEXIST') return err('EXISTS', `A note already exists at ${rel}.`);
      return err('IO', `Could not create ${rel}: ${messageOf(e)}.`);
    }
    try {
      await handle.writeFile(content, 'utf8');
      await handle.close();
      return ok(undefined);
    } catch (e) {
      // The file is ours (wx made it) but incomplete: remove it rather than leave half a note.
      await handle.close().catch(() => undefined);
      await unlink(absolute).catch(() => undefined);
      return err('IO', `Could not write ${rel}: ${messageOf(e)}.`);
    }
  }

  /** A PDF, byte for byte, with `wx` like notes; a half-written file is removed. */
  async createBinary(path: string, data: ArrayBuffer): Promise<Result<void>> {
    const file = this.locate(path);
    if (!file.ok) return file;
    const { absolute, relative: rel } = file.value;
    try {
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, new Uint8Array(data), { flag: 'wx' });
      return ok(undefined);
    } catch (e) {
      if (codeOf(e) === 'EEXIST') return err('EXISTS', `A file already exists at ${rel}.`);
      if (codeOf(e) !== 'ENOTDIR') await unlink(absolute).catch(() => undefined);
      return err('IO', `Could not write ${rel}: ${messageOf(e)}.`);
    }
  }

  /** Writes a temporary file beside the note and renames it over: a failure leaves the old note whole. */
  updateFrontmatter(path: string, mutate: (props: Record<string, unknown>) => void): Promise<Result<void>> {
    return this.update(path, (text) => editFrontmatter(text, mutate));
  }

  async update(path: string, change: (current: string) => string): Promise<Result<void>> {
    const file = this.locate(path);
    if (!file.ok) return file;
    const { absolute, relative: rel } = file.value;
    let current: string;
    try {
      current = await readFile(absolute, 'utf8');
    } catch (e) {
      if (isMissing(e)) return err('NOT_FOUND', `There is no note at ${rel}; it may have been moved or deleted.`);
      return err('IO', `Could not read ${rel}: ${messageOf(e)}.`);
    }
    // Write where the note really lives: renaming over a symlink would replace the link itself.
    const target = await realpath(absolute).catch(() => absolute);
    // Hidden (leading dot) so a vault walk, and Obsidian, never take it for a note.
    const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.paper-distill.tmp`);
    try {
      const next = change(current);
      await writeFile(temp, next, { encoding: 'utf8', flag: 'wx' });
      // Keep the note's permissions (a read-only group bit, say) rather than the default ones.
      const mode = (await stat(target)).mode & 0o7777;
      await chmod(temp, mode);
      await rename(temp, target);
      return ok(undefined);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      return err('IO', `Could not update ${rel}: ${messageOf(e)}.`);
    }
  }

  private async walk(folder: string, into: NoteSummary[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(this.root, folder), { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return; // removed while we walked
      throw e;
    }
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.name.startsWith('.')) return;
        const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) await this.walk(path, into);
        } else if (entry.isFile() && entry.name.endsWith('.md')) {
          const text = await readFile(join(this.root, path), 'utf8').catch(() => null);
          if (text !== null) into.push({ path: path.normalize('NFC'), frontmatter: readFrontmatter(text) });
        }
      }),
    );
  }

  /** The absolute location of a vault path, refusing any path that would leave the vault folder. */
  private locate(path: string): Result<{ absolute: string; relative: string }> {
    const rel = normalizeVaultPath(path);
    if (rel === null) return err('IO', `The path ${path} is not a note path inside the vault folder.`);
    const absolute = join(this.root, ...rel.split('/'));
    const back = relative(this.root, absolute);
    // Belt and braces: normalizeVaultPath already refused `..`.
    if (back === '' || back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back)) {
      return err('IO', `The path ${path} is not a note path inside the vault folder.`);
    }
    return ok({ absolute, relative: rel });
  }
}

/**
 * Obsidian's normalizePath (one `/` between parts, none at the ends, NFC) for a disk vault; null
 * for the root itself and for any `..` part, which could lead out of the vault.
 */
export function normalizeVaultPath(path: string): string | null {
  const rel = path
    .replace(/[\\/]+/g, '/')
    .replace(/^\/+|\/+$/g, '')
    .replace(/[\u00A0\u202F]/g, ' ')
    .normalize('NFC');
  if (rel === '' || rel.includes('\0')) return null;
  return rel.split('/').some((part) => part === '..' || part === '.') ? null : rel;
}

function codeOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
}

function isMissing(e: unknown): boolean {
  const code = codeOf(e);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
}
