import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { DiskNoteStore, normalizeVaultPath } from '../../src/cli/disk-note-store';
import { noteStoreContract } from '../app/note-store.contract';

// The module object the store's named imports read at call time, so a spy on it reaches the store.
const fsPromises: typeof import('node:fs/promises') = jest.requireActual('node:fs/promises');

/** A vault folder inside a fresh temporary folder, whose parent is free for escape attempts. */
async function makeVaultDir(): Promise<string> {
  const vault = join(await mkdtemp(join(tmpdir(), 'paper-distill-store-')), 'vault');
  await mkdir(vault);
  return vault;
}

async function readRaw(root: string, path: string): Promise<string | null> {
  return readFile(join(root, ...path.split('/')), 'utf8').catch(() => null);
}

/** Every file under `root`, hidden ones included (temporary files, locks), as vault paths. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function writeRaw(root: string, path: string, text: string): Promise<void> {
  const file = join(root, ...path.split('/'));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
}

noteStoreContract('DiskNoteStore over a temporary folder', async () => {
  const root = await makeVaultDir();
  return {
    store: new DiskNoteStore(root),
    readRaw: (path) => readRaw(root, path),
    writeRaw: (path, text) => writeRaw(root, path, text),
    settle: async () => undefined,
    dispose: () => rm(dirname(root), { recursive: true, force: true }),
  };
});

describe('DiskNoteStore', () => {
  let root: string;
  let store: DiskNoteStore;

  beforeEach(async () => {
    root = await makeVaultDir();
    store = new DiskNoteStore(root);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(dirname(root), { recursive: true, force: true });
  });

  const escapes = ['../outside.md', 'Papers/../../outside.md', '..\\outside.md', 'Papers/./Note.md', '', '/'];

  it.each(escapes)('refuses to create %j, writing nothing outside the vault', async (path) => {
    const result = await store.create(path, 'text');
    expect(result.ok ? null : result.error.code).toBe('IO');
    expect(await readRaw(dirname(root), 'outside.md')).toBeNull();
  });

  it.each(escapes)('refuses to read, test or update %j', async (path) => {
    await writeRaw(dirname(root), 'outside.md', 'secret');
    expect(await store.read(path)).toBeNull();
    expect(await store.exists(path)).toBe(false);
    const result = await store.update(path, () => 'overwritten');
    expect(result.ok ? null : result.error.code).toBe('IO');
    expect(await readRaw(dirname(root), 'outside.md')).toBe('secret');
  });

  it.each([
    ['Papers/Note.md', 'Papers/Note.md'],
    ['/Papers//Note.md/', 'Papers/Note.md'],
    ['Papers\\Note.md', 'Papers/Note.md'],
    ['Cafe\u0301.md', 'Café.md'],
    ['Papers/../x.md', null],
    ['..', null],
    ['./x.md', null],
  ])('normalizeVaultPath(%j) is %j', (path, expected) => {
    expect(normalizeVaultPath(path)).toBe(expected);
  });

  it('skips dot-folders, dotfiles and node_modules when listing notes', async () => {
    await writeRaw(root, 'Papers/Paper.md', 'text');
    for (const hidden of ['.obsidian/plugins/x/README.md', '.git/NOTES.md', '.trash/Old.md', '.hidden.md', 'node_modules/pkg/README.md', 'Papers/.draft.md']) {
      await writeRaw(root, hidden, 'hidden');
    }
    expect((await store.listNotes()).map((n) => n.path)).toEqual(['Papers/Paper.md']);
  });

  it('lists notes sorted by path, so CLI output is stable', async () => {
    for (const path of ['b.md', 'A/z.md', 'a.md', 'A/b.md']) await writeRaw(root, path, '');
    expect((await store.listNotes()).map((n) => n.path)).toEqual(['A/b.md', 'A/z.md', 'a.md', 'b.md']);
  });

  it('keeps the old note and leaves no temporary file when the final rename fails', async () => {
    await store.create('Note.md', 'original');
    jest.spyOn(fsPromises, 'rename').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    const result = await store.update('Note.md', () => 'changed');
    expect(result.ok ? null : result.error).toEqual({ code: 'IO', message: 'Could not update Note.md: ENOSPC: no space left on device.' });
    expect(await readRaw(root, 'Note.md')).toBe('original');
    expect(await filesUnder(root)).toEqual(['Note.md']);
  });

  it('leaves no temporary file after a successful update', async () => {
    await store.create('Papers/Note.md', 'original');
    await store.update('Papers/Note.md', () => 'changed');
    expect(await filesUnder(root)).toEqual(['Papers/Note.md']);
  });

  it('reports a folder that cannot be made because a file is in the way', async () => {
    await writeRaw(root, 'Papers', 'a file');
    const result = await store.create('Papers/Note.md', 'text');
    expect(result.ok ? null : result.error.code).toBe('IO');
    expect(result.ok ? '' : result.error.message).toMatch(/^Could not make the folder for Papers\/Note\.md: /);
  });
});

describe('DiskNoteStore updates on a real file system', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'pd-link-'));
    await mkdir(join(root, 'vault', 'Shared'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('writes through a symlink to a note inside the vault and keeps the note\'s permissions', async () => {
    await writeFile(join(root, 'vault', 'Shared', 'real.md'), '---\nrating: 1\n---\nbody\n');
    await chmod(join(root, 'vault', 'Shared', 'real.md'), 0o640);
    await symlink(join(root, 'vault', 'Shared', 'real.md'), join(root, 'vault', 'Linked.md'));
    const store = new DiskNoteStore(join(root, 'vault'));
    const result = await store.updateFrontmatter('Linked.md', (p) => {
      p.rating = 4;
    });
    expect(result.ok).toBe(true);
    expect((await lstat(join(root, 'vault', 'Linked.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(root, 'vault', 'Shared', 'real.md'), 'utf8')).toBe('---\nrating: 4\n---\nbody\n');
    expect((await stat(join(root, 'vault', 'Shared', 'real.md'))).mode & 0o777).toBe(0o640);
  });

  it.each([
    ['a note linked to a file outside the vault', 'Papers/link.md', (r: string) => symlink(join(r, 'outside.md'), join(r, 'vault', 'Papers', 'link.md'))],
    ['a note in a folder linked outside the vault', 'Elsewhere/outside.md', (r: string) => symlink(r, join(r, 'vault', 'Elsewhere'))],
  ])('never writes outside the vault through %s', async (_label, path, makeLink) => {
    await writeFile(join(root, 'outside.md'), '---\nrating: 1\n---\nmine\n');
    await mkdir(join(root, 'vault', 'Papers'));
    await makeLink(root);
    const store = new DiskNoteStore(join(root, 'vault'));
    const result = await store.updateFrontmatter(path, (p) => {
      p.rating = 5;
    });
    expect(result.ok ? '' : result.error.message).toMatch(/leads outside the vault folder/);
    expect(await store.read(path)).toBeNull();
    expect(await store.exists(path)).toBe(false);
    expect((await store.create('Elsewhere/new.md', 'x')).ok).toBe(path.startsWith('Papers'));
    expect(await readFile(join(root, 'outside.md'), 'utf8')).toBe('---\nrating: 1\n---\nmine\n');
    expect(await readdir(root)).toEqual(expect.not.arrayContaining(['new.md']));
  });

  it('treats a FIFO named like a note as no note, at once, without hanging', async () => {
    execFileSync('mkfifo', [join(root, 'vault', 'x.md')]);
    const store = new DiskNoteStore(join(root, 'vault'));
    const started = Date.now();
    expect(await store.read('x.md')).toBeNull();
    expect(await store.exists('x.md')).toBe(false);
    const result = await store.update('x.md', () => 'y');
    expect(result.ok ? '' : result.error.message).toBe('x.md is not a regular file (a folder, a pipe or a device), so it is not a note.');
    expect(await store.listNotes()).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('removes the temporary files a killed process left, and keeps those of live processes', async () => {
    const vault = join(root, 'vault');
    const dead = deadPid();
    const leftovers = [`Shared/.${dead}-0a1b2c.paper-distill.tmp`, `.paper-distill/.${dead}-0a1b2d.paper-distill.tmp`, `.paper-distill/locks/.${dead}-0a1b2e.paper-distill.tmp`];
    const old = 'Shared/.a1b2c3d4e5f6.paper-distill.tmp';
    const live = `Shared/.${process.ppid}-0a1b2f.paper-distill.tmp`;
    for (const path of [...leftovers, old, live, 'Shared/Note.md']) await writeRaw(vault, path, 'partial');
    await utimes(join(vault, old), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await new DiskNoteStore(vault).listNotes();
    expect(await filesUnder(vault)).toEqual(['Shared/.' + live.split('/.')[1], 'Shared/Note.md']);
  });

  it('breaks a lock whose process was killed, instead of waiting for it', async () => {
    const vault = join(root, 'vault');
    await writeFile(join(vault, 'Note.md'), 'a');
    const store = new DiskNoteStore(vault);
    const locks = join(vault, '.paper-distill', 'locks');
    // Take the note's lock once to learn its file, then leave one behind as a killed holder would.
    let held = '';
    await store.exclusive('note:Note.md', async () => {
      held = (await readdir(locks)).find((n) => n.endsWith('.lock')) ?? '';
      return { ok: true, value: undefined };
    });
    expect(held).not.toBe('');
    await writeFile(join(locks, held), JSON.stringify({ pid: deadPid(), host: hostname(), nonce: 'gone' }));
    const started = Date.now();
    expect(await store.update('Note.md', () => 'c')).toEqual({ ok: true, value: undefined });
    expect(await readFile(join(vault, 'Note.md'), 'utf8')).toBe('c');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

/** The id of a process that has exited (and so cannot hold a lock or be writing a file). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid ?? 999_999;
}
