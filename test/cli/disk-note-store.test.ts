import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    expect(await readdir(root)).toEqual(['Note.md']);
  });

  it('leaves no temporary file after a successful update', async () => {
    await store.create('Papers/Note.md', 'original');
    await store.update('Papers/Note.md', () => 'changed');
    expect(await readdir(join(root, 'Papers'))).toEqual(['Note.md']);
  });

  it('reports a folder that cannot be made because a file is in the way', async () => {
    await writeRaw(root, 'Papers', 'a file');
    const result = await store.create('Papers/Note.md', 'text');
    expect(result.ok ? null : result.error.code).toBe('IO');
    expect(result.ok ? '' : result.error.message).toMatch(/^Could not make the folder for Papers\/Note\.md: /);
  });
});

describe('DiskNoteStore updates on a real file system', () => {
  it('writes through a symlinked note and keeps the note\'s permissions', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pd-link-'));
    try {
      await mkdir(join(root, 'vault'));
      await writeFile(join(root, 'real.md'), '---\nrating: 1\n---\nbody\n');
      await chmod(join(root, 'real.md'), 0o640);
      await symlink(join(root, 'real.md'), join(root, 'vault', 'Linked.md'));
      const store = new DiskNoteStore(join(root, 'vault'));
      const result = await store.updateFrontmatter('Linked.md', (p) => {
        p.rating = 4;
      });
      expect(result.ok).toBe(true);
      expect((await lstat(join(root, 'vault', 'Linked.md'))).isSymbolicLink()).toBe(true);
      expect(await readFile(join(root, 'real.md'), 'utf8')).toBe('---\nrating: 4\n---\nbody\n');
      expect((await stat(join(root, 'real.md'))).mode & 0o777).toBe(0o640);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
