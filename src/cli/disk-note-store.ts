import { readdirSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BinaryStore, NoteStore, NoteSummary } from '../app/ports';
import { editFrontmatter } from '../core/note/frontmatter-edit';
import { readFrontmatter } from '../core/note/frontmatter';
import { unreadablePaperNoteLine } from '../core/note/unreadable-properties';
import { err, ok, type Result } from '../core/result';
import { codeOf, createExclusive, isLeftoverTemp, NotRegularFile, onDiskParts, readRegularFile, readRegularFileSync, tempName } from './disk-files';
import { LOCK_FOLDER, sweepStaleLocks, withVaultLock } from './vault-lock';

/** Folders a vault walk never enters besides dot-folders (.obsidian, .git, .trash): not notes. */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** Compare-and-swap rounds before an update gives up on a note that keeps changing under it. */
const UPDATE_ROUNDS = 8;

interface Located {
  /** The vault path as asked for, normalized. */
  readonly relative: string;
  /** Where it is on disk: the name as the disk spells it (NFD on a Mac), not yet resolved through links. */
  readonly absolute: string;
}

interface Note {
  /** The file itself, links resolved. */
  readonly target: string;
  readonly mode: number;
}

/**
 * The NoteStore over a vault folder on disk, for the CLI. Paths are vault-relative with `/`,
 * normalized as Obsidian's normalizePath does, and may never leave the folder: a note is a
 * regular file, or a link to one inside the vault. New notes appear whole or not at all; edits
 * hold a per-note lock shared by every CLI process and compare-and-swap against other writers
 * (Obsidian, a sync client), so concurrent edits of different properties all land.
 */
export class DiskNoteStore implements NoteStore, BinaryStore {
  readonly root: string;
  private realRoot: Promise<string> | null = null;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async listNotes(): Promise<NoteSummary[]> {
    const notes: NoteSummary[] = [];
    const own = join(this.root, LOCK_FOLDER[0]);
    const locks = join(this.root, ...LOCK_FOLDER);
    const hidden: [string, string][] = [];
    this.walk('', notes, hidden);
    await Promise.all([...hidden.map(([absolute, name]) => this.removeIfLeftover(absolute, name)), this.sweep(own), this.sweep(locks), sweepStaleLocks(locks)]);
    return notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async read(path: string): Promise<string | null> {
    const file = await this.note(path);
    if (!file.ok) return null;
    try {
      return await readRegularFile(file.value.target);
    } catch (e) {
      if (isMissing(e) || e instanceof NotRegularFile) return null;
      throw e;
    }
  }

  async exists(path: string): Promise<boolean> {
    return (await this.note(path)).ok;
  }

  /**
   * Writes the note aside and hard-links it into place, so the file system itself refuses a taken
   * name, even to a concurrent creator, and no one ever sees a half-written note.
   */
  async create(path: string, content: string): Promise<Result<void>> {
    const file = await this.locate(path);
    if (!file.ok) return file;
    const { absolute, relative: rel } = file.value;
    try {
      await mkdir(dirname(absolute), { recursive: true });
    } catch (e) {
      return err('IO', `Could not make the folder for ${rel}: ${messageOf(e)}.`);
    }
    // A folder that is a link out of the vault would carry the note outside.
    if (!(await this.inside(await realpath(dirname(absolute)).catch(() => dirname(absolute)), true))) return outside(rel);
    if ((await lstat(absolute).catch(() => null)) !== null) return err('EXISTS', `A note already exists at ${rel}.`);
    try {
      if ((await createExclusive(absolute, content)) === 'exists') return err('EXISTS', `A note already exists at ${rel}.`);
      return ok(undefined);
    } catch (e) {
      return err('IO', `Could not create ${rel}: ${messageOf(e)}.`);
    }
  }

  /** A PDF, byte for byte, with `wx` like notes; a half-written file is removed. */
  async createBinary(path: string, data: ArrayBuffer): Promise<Result<void>> {
    const file = await this.locate(path);
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

  updateFrontmatter(path: string, mutate: (props: Record<string, unknown>) => void): Promise<Result<void>> {
    return this.update(path, (text) => editFrontmatter(text, mutate));
  }

  /**
   * Rewrites the note from the text on disk at the moment of writing: under the note's lock the
   * text is read, changed, written to a temporary file and, if the note still holds the text that
   * was read, renamed over it; otherwise the change is made again on the newer text. A failure
   * at any point leaves the old note whole.
   */
  async update(path: string, change: (current: string) => string): Promise<Result<void>> {
    const file = await this.note(path);
    if (!file.ok) return file;
    const { target, relative: rel } = file.value;
    const lockKey = `note:${relative(await this.resolvedRoot(), target).split(sep).join('/')}`;
    return withVaultLock(this.root, lockKey, async () => {
      for (let round = 0; round < UPDATE_ROUNDS; round++) {
        let current: string;
        try {
          current = await readRegularFile(target);
        } catch (e) {
          if (isMissing(e)) return gone(rel);
          return err('IO', `Could not read ${rel}: ${messageOf(e)}.`);
        }
        const swapped = await this.swap(file.value, current, change);
        if (swapped !== 'changed-meanwhile') return swapped;
      }
      return err('IO', `${rel} kept changing while it was being updated (is it being synced?); try again.`);
    });
  }

  /** Runs `work` while no other CLI process on this vault runs work under the same key. */
  exclusive<T>(key: string, work: () => Promise<Result<T>>): Promise<Result<T>> {
    return withVaultLock(this.root, key, work);
  }

  private async swap(
    { target, relative: rel, mode }: Located & Note,
    current: string,
    change: (current: string) => string,
  ): Promise<Result<void> | 'changed-meanwhile'> {
    const temp = join(dirname(target), tempName());
    try {
      const next = change(current);
      if (next === current) return ok(undefined);
      await writeFile(temp, next, { encoding: 'utf8', flag: 'wx' });
      // Keep the note's permissions (a read-only group bit, say) rather than the default ones.
      await chmod(temp, mode);
      // Writers that do not take our lock (Obsidian, a sync client) may have written meanwhile.
      if ((await readRegularFile(target).catch(() => null)) !== current) {
        await unlink(temp).catch(() => undefined);
        return 'changed-meanwhile';
      }
      await rename(temp, target);
      return ok(undefined);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      return err('IO', `Could not update ${rel}: ${messageOf(e)}.`);
    }
  }

  /**
   * Every note under `folder`, read once, synchronously (see readRegularFileSync); hidden entries
   * (`.name`) are handed back in `hidden` to be checked for a crash's leftover temporary files.
   */
  private walk(folder: string, into: NoteSummary[], hidden: [string, string][]): void {
    let entries;
    try {
      entries = readdirSync(join(this.root, folder), { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return; // removed while we walked
      throw e;
    }
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.name.startsWith('.')) hidden.push([join(this.root, path), entry.name]);
      else if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) this.walk(path, into, hidden);
      } else if (entry.isFile() && entry.name.endsWith('.md')) {
        const text = readRegularFileSync(join(this.root, path));
        if (text === null) continue;
        const frontmatter = readFrontmatter(text);
        // Only a block that did not parse is worth a second look; good notes cost nothing more.
        const unreadableLine = frontmatter === null ? unreadablePaperNoteLine(text) : null;
        // The text is kept, so list and check never read the note a second time.
        into.push({ path: path.normalize('NFC'), frontmatter, text, ...(unreadableLine === null ? {} : { unreadableLine }) });
      }
    }
  }

  /** Removes the temporary files that killed or crashed processes left in a folder. */
  private async sweep(folder: string): Promise<void> {
    const names = await readdir(folder).catch(() => []);
    await Promise.all(names.map((name) => this.removeIfLeftover(join(folder, name), name, true)));
  }

  private async removeIfLeftover(absolute: string, name: string, inOwnFolder = false): Promise<void> {
    if (!name.endsWith('.tmp')) return;
    const info = await lstat(absolute).catch(() => null);
    if (info?.isFile() && isLeftoverTemp(name, Date.now() - info.mtimeMs, inOwnFolder)) await unlink(absolute).catch(() => undefined);
  }

  /** A note that is there: a regular file, or a link to one, inside the vault. */
  private async note(path: string): Promise<Result<Located & Note>> {
    const file = await this.locate(path);
    if (!file.ok) return file;
    const { absolute, relative: rel } = file.value;
    let target: string;
    try {
      // Write where the note really lives: renaming over a symlink would replace the link itself.
      target = await realpath(absolute);
    } catch (e) {
      if (isMissing(e)) return gone(rel);
      return err('IO', `Could not open ${rel}: ${messageOf(e)}.`);
    }
    if (!(await this.inside(target))) return outside(rel);
    const info = await stat(target).catch(() => null);
    if (info === null) return gone(rel);
    if (!info.isFile()) return err('IO', `${rel} is not a regular file (a folder, a pipe or a device), so it is not a note.`);
    return ok({ ...file.value, target, mode: info.mode & 0o7777 });
  }

  /** The absolute location of a vault path, refusing any path that would leave the vault folder. */
  private async locate(path: string): Promise<Result<Located>> {
    const rel = normalizeVaultPath(path);
    if (rel === null) return err('IO', `The path ${path} is not a note path inside the vault folder.`);
    const absolute = join(this.root, ...(await onDiskParts(this.root, rel.split('/'))));
    const back = relative(this.root, absolute);
    // Belt and braces: normalizeVaultPath already refused `..`.
    if (back === '' || back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back)) {
      return err('IO', `The path ${path} is not a note path inside the vault folder.`);
    }
    return ok({ absolute, relative: rel });
  }

  private async inside(real: string, orRoot = false): Promise<boolean> {
    const back = relative(await this.resolvedRoot(), real);
    if (back === '') return orRoot;
    return back !== '..' && !back.startsWith(`..${sep}`) && !isAbsolute(back);
  }

  private resolvedRoot(): Promise<string> {
    this.realRoot ??= realpath(this.root).catch(() => this.root);
    return this.realRoot;
  }
}

function gone(rel: string): Result<never> {
  return err('NOT_FOUND', `There is no note at ${rel}; it may have been moved or deleted.`);
}

function outside(rel: string): Result<never> {
  return err('IO', `${rel} leads outside the vault folder (a link to elsewhere); Paper Distill writes only inside the vault.`);
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

function isMissing(e: unknown): boolean {
  const code = codeOf(e);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
}
