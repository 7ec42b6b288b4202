import { getNoteFile, VaultNoteStore } from '../../src/plugin/vault-note-store';
import { noteStoreContract } from '../app/note-store.contract';
import { type App, createFakeApp, TFile } from '../fakes/obsidian';

function fileAt(app: App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`test setup: no file at ${path}`);
  return file;
}

async function rawText(app: App, path: string): Promise<string | null> {
  const file = app.vault.getFileByPath(path);
  return file ? app.vault.read(file) : null;
}

/** A file at exactly `path`, as Obsidian lists one a Mac wrote decomposed (its folders made first). */
function seedRaw(app: App, path: string, text: string): void {
  const parts = path.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    if (!app.vault.getFolderByPath(folder)) app.vault.addFolder(folder);
  }
  app.vault.addFile(path, text);
}

noteStoreContract('VaultNoteStore over the Obsidian fake', async () => {
  const app = createFakeApp();
  return {
    store: new VaultNoteStore(app),
    readRaw: (path) => rawText(app, path),
    writeRaw: async (path, text) => seedRaw(app, path, text),
    settle: () => app.metadataCache.whenIdle(),
  };
});

describe('VaultNoteStore', () => {
  const paper = '---\narxiv: "2406.10454"\n---\n# Paper\n';

  it('lists frontmatter from the metadata cache once it has indexed the note', async () => {
    const app = createFakeApp({ 'Papers/Paper.md': paper });
    const store = new VaultNoteStore(app);
    // Seeded notes are indexed; prove the store reads the cache, not the file.
    const cached = app.metadataCache.getFileCache(fileAt(app, 'Papers/Paper.md'));
    expect(await store.listNotes()).toEqual([{ path: 'Papers/Paper.md', frontmatter: cached?.frontmatter }]);
    expect((await store.listNotes())[0]?.frontmatter).toBe(cached?.frontmatter);
  });

  it('creates notes through the vault, so Obsidian sees a create event and indexes them', async () => {
    const app = createFakeApp();
    const created: string[] = [];
    app.vault.on('create', (file: TFile) => created.push(file.path));
    await new VaultNoteStore(app).create('Papers/2024/Paper.md', paper);
    expect(created).toEqual(['Papers', 'Papers/2024', 'Papers/2024/Paper.md']);
    await app.metadataCache.whenIdle();
    expect(app.metadataCache.getCache('Papers/2024/Paper.md')?.frontmatter).toEqual({ arxiv: '2406.10454' });
  });

  it('updates through vault.process, firing one modify event', async () => {
    const app = createFakeApp({ 'Note.md': 'a' });
    const modified = jest.fn();
    app.vault.on('modify', modified);
    const process = jest.spyOn(app.vault, 'process');
    await new VaultNoteStore(app).update('Note.md', (t) => `${t}b`);
    expect(process).toHaveBeenCalledTimes(1);
    expect(modified).toHaveBeenCalledTimes(1);
    expect(await rawText(app, 'Note.md')).toBe('ab');
  });

  it('refuses to create a note where a file blocks a folder of its path', async () => {
    const app = createFakeApp({ Papers: 'a file, not a folder' });
    const result = await new VaultNoteStore(app).create('Papers/Paper.md', paper);
    expect(result.ok ? null : result.error).toEqual({
      code: 'IO',
      message: 'Could not create a folder at Papers: a file of that name is in the way.',
    });
  });

  it('answers EXISTS when a folder already has the path', async () => {
    const app = createFakeApp({ 'Papers/Paper.md': paper });
    const result = await new VaultNoteStore(app).create('Papers', 'text');
    expect(result.ok ? null : result.error.code).toBe('EXISTS');
  });

  it('answers NOT_FOUND when the note is deleted while its update waits', async () => {
    const app = createFakeApp({ 'Note.md': 'a' });
    const file = fileAt(app, 'Note.md');
    jest.spyOn(app.vault, 'process').mockImplementationOnce(async () => {
      await app.vault.delete(file);
      throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
    });
    const result = await new VaultNoteStore(app).update('Note.md', (t) => t);
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });

  it('reports a failing vault write as IO with the reason', async () => {
    const app = createFakeApp();
    jest.spyOn(app.vault, 'create').mockRejectedValueOnce(new Error('EACCES: permission denied'));
    const result = await new VaultNoteStore(app).create('Note.md', 'text');
    expect(result.ok ? null : result.error).toEqual({ code: 'IO', message: 'Could not create Note.md: EACCES: permission denied.' });
  });

  it.each([
    ['Papers/Paper.md', 'Papers/Paper.md'],
    ['/Papers//Paper.md', 'Papers/Paper.md'],
    ['Papers/Missing.md', null],
    ['Papers', null],
  ])('getNoteFile(%j) finds the note %j', (path, expected) => {
    const app = createFakeApp({ 'Papers/Paper.md': paper });
    expect(getNoteFile(app, path)?.path ?? null).toBe(expected);
  });
});
