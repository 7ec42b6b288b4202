import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { err, type Result } from '../core/result';
import { codeOf, processAlive, tempName } from './disk-files';

/** Where the CLI keeps its short-lived locks: a dot-folder that vault walks and Obsidian skip. */
export const LOCK_FOLDER = ['.paper-distill', 'locks'] as const;

/** How long a waiter keeps trying before it reports the vault busy. */
const WAIT_MS = 20_000;
/** A holder keeps a lock for milliseconds; one this old belongs to a stuck or reused process. */
const STALE_MS = 60_000;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly nonce: string;
}

/**
 * Runs `work` while holding the lock `key` of one vault folder, shared by every CLI process on it.
 * The lock is a file made by exclusive create, naming its holder's process; a lock whose process is gone (killed, crashed) is broken by the next comer,
 * so a crash never leaves the vault locked.
 */
export async function withVaultLock<T>(root: string, key: string, work: () => Promise<Result<T>>): Promise<Result<T>> {
  const folder = join(root, ...LOCK_FOLDER);
  const file = join(folder, `${createHash('sha1').update(key).digest('hex').slice(0, 20)}.lock`);
  const me: Holder = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString('hex') };
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const taken = await tryTake(folder, file, me);
    if (taken === 'taken') break;
    if (taken instanceof Error) return err('IO', `Could not lock ${key} in ${folder}: ${taken.message}.`);
    if (await breakIfStale(file)) continue;
    if (Date.now() > deadline) return err('IO', `Another process has been changing ${key} for ${WAIT_MS / 1000} s; try again when it is done.`);
    await sleep(2 + Math.random() * Math.min(40, 4 * attempt));
  }
  try {
    return await work();
  } finally {
    await release(file, me);
  }
}

/**
 * One exclusive create: the lock's text is tiny, so a crash between the create and the write
 * (an empty lock) is rare, and such a lock is broken after a moment (isStale).
 */
async function tryTake(folder: string, file: string, me: Holder): Promise<'taken' | 'busy' | Error> {
  for (let round = 0; round < 2; round++) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: 'wx' });
      return 'taken';
    } catch (e) {
      if (codeOf(e) === 'EEXIST') return 'busy';
      if (codeOf(e) !== 'ENOENT' || round > 0) return e instanceof Error ? e : new Error(String(e));
      await mkdir(folder, { recursive: true }).catch(() => undefined);
    }
  }
  return 'busy';
}

/** Removes the locks in `folder` whose holders are gone, so a crash leaves no lock file behind for long. */
export async function sweepStaleLocks(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith('.lock')).map((n) => breakIfStale(join(folder, n))));
}

/** Removes the lock when its holder is gone; true when the caller should try again at once. */
async function breakIfStale(file: string): Promise<boolean> {
  const seen = await readHolder(file);
  if (seen === 'missing') return true;
  const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
  if (!isStale(seen, age)) return false;
  // Move it aside before deleting, then check that what moved is the lock judged stale: a
  // live lock taken meanwhile by another process is put back instead.
  const grave = join(dirname(file), tempName());
  try {
    await rename(file, grave);
  } catch {
    return true;
  }
  const moved = await readHolder(grave);
  const same = seen === null ? moved === null : moved !== null && moved !== 'missing' && moved.nonce === seen.nonce;
  if (!same) await link(grave, file).catch(() => undefined);
  await unlink(grave).catch(() => undefined);
  return true;
}

function isStale(holder: Holder | null, ageMs: number): boolean {
  // An unreadable lock is being written this instant, was cut short by a crash, or is a sync
  // client's partial copy: give it a moment before breaking it.
  if (holder === null) return ageMs > 2_000;
  if (ageMs > STALE_MS) return true;
  return holder.host === hostname() && !processAlive(holder.pid);
}

async function readHolder(file: string): Promise<Holder | null | 'missing'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return codeOf(e) === 'ENOENT' ? 'missing' : null;
  }
  try {
    const data = JSON.parse(text) as Partial<Holder>;
    return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.nonce === 'string'
      ? { pid: data.pid, host: data.host, nonce: data.nonce }
      : null;
  } catch {
    return null;
  }
}

async function release(file: string, me: Holder): Promise<void> {
  const holder = await readHolder(file);
  if (holder !== null && holder !== 'missing' && holder.nonce === me.nonce) await unlink(file).catch(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
