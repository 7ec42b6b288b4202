import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { link, open, readdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Errors of a file system that has no hard links: creation falls back to an exclusive open. */
export const LINK_UNSUPPORTED: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

const TEMP_SUFFIX = '.paper-distill.tmp';
/**
 * `.<pid>-<random>.paper-distill.tmp`; older versions wrote `.<random>.paper-distill.tmp` beside
 * notes and `.<random>.tmp` inside `.paper-distill/` (the pending queue's).
 */
const TEMP_NAME = /^\.(?:(\d+)-)?[0-9a-f]+\.paper-distill\.tmp$/;
const OLD_QUEUE_TEMP = /^\.[0-9a-f]+\.tmp$/;
/** A temporary file lives for milliseconds; one this old, whoever made it, was left by a crash. */
const LEFTOVER_AGE_MS = 10 * 60_000;

/**
 * A hidden temporary name (a leading dot, so vault walks and Obsidian never take it for a note)
 * that says which process made it, so that a later run can tell a crash's leftover from a file
 * another process is writing right now.
 */
export function tempName(): string {
  return `.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/** Whether a file named `name`, last changed `ageMs` ago, is a temporary file a dead process left. */
export function isLeftoverTemp(name: string, ageMs: number, inOwnFolder = false): boolean {
  const match = TEMP_NAME.exec(name);
  if (match === null) return inOwnFolder && OLD_QUEUE_TEMP.test(name) && ageMs > LEFTOVER_AGE_MS;
  if (ageMs > LEFTOVER_AGE_MS) return true;
  const pid = match[1] === undefined ? null : Number(match[1]);
  // Old-style names carry no process: only their age can tell.
  return pid !== null && pid !== process.pid && !processAlive(pid);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return codeOf(e) === 'EPERM';
  }
}

/**
 * Creates `absolute` holding `content` or nothing at all: the text is written to a temporary file
 * beside it and hard-linked into place, which the file system refuses when the name is taken. So
 * no reader, and no crash, ever meets a half-written or empty note.
 */
export async function createExclusive(absolute: string, content: string): Promise<'created' | 'exists'> {
  const temp = join(dirname(absolute), tempName());
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    try {
      await link(temp, absolute);
      return 'created';
    } catch (e) {
      if (codeOf(e) === 'EEXIST') return 'exists';
      if (!LINK_UNSUPPORTED.has(codeOf(e) ?? '')) throw e;
    }
    return await createWithOpen(absolute, content);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Without hard links: an exclusive open, removing our own file again if the write fails. */
async function createWithOpen(absolute: string, content: string): Promise<'created' | 'exists'> {
  let handle;
  try {
    handle = await open(absolute, 'wx');
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return 'exists';
    throw e;
  }
  try {
    await handle.writeFile(content, 'utf8');
    await handle.close();
    return 'created';
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(absolute).catch(() => undefined);
    throw e;
  }
}

/** Thrown (as a value's message) when a vault path names a FIFO, a device or a folder. */
export class NotRegularFile extends Error {}

/**
 * The text of a regular file. Opened without blocking and checked on the open handle, so a FIFO
 * named like a note can neither hang the command nor be swapped in between a check and the read.
 */
export async function readRegularFile(absolute: string): Promise<string> {
  const handle = await open(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFile(`${absolute} is not a regular file`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * readRegularFile without the event loop, for a walk over the whole vault: 10,000 small reads
 * done one after another take a third of the time of 10,000 promises through the thread pool,
 * and nothing else waits meanwhile. Null when the file is gone, unreadable or not a regular file.
 */
export function readRegularFileSync(absolute: string): string | null {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd, 'utf8') : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The names of `parts` as they are on disk, when they differ only in Unicode normalization (a
 * vault written on a Mac holds `Café` decomposed); parts with no such twin stay as given.
 */
export async function onDiskParts(root: string, parts: readonly string[]): Promise<string[]> {
  // Only non-ASCII names can have a differently normalized twin.
  if (parts.every((part) => /^[\x20-\x7e]*$/.test(part))) return [...parts];
  const found: string[] = [];
  for (const [i, part] of parts.entries()) {
    const names = await readdir(join(root, ...found)).catch(() => null);
    if (names === null) return [...found, ...parts.slice(i)];
    const nfc = part.normalize('NFC');
    found.push(names.includes(part) ? part : (names.find((n) => n.normalize('NFC') === nfc) ?? part));
  }
  return found;
}

export function codeOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
}
