/**
 * Keeps the Obsidian fake honest: the behaviours plugin code relies on, as Obsidian shows them.
 * Runs in the node environment; the DOM side is in obsidian-ui.test.ts.
 */
import type { CachedMetadata } from 'obsidian';
import {
  clearNotices,
  createFakeApp,
  createStartingApp,
  debounce,
  getAllTags,
  Modal,
  normalizePath,
  Notice,
  noticeMessages,
  requestUrl,
  resetRequestUrlHandler,
  setRequestUrlHandler,
  TFile,
  TFolder,
} from './obsidian';
import { peekContent } from './obsidian-vault';
import { INDEX_DELAY_MS } from './obsidian-metadata';

type App = ReturnType<typeof createFakeApp>;

/** The stored text, without the vault's async read: what a listener would find on disk. */
const peekText = (app: App, file: TFile): string | null => peekContent(app.vault, file);

const fileAt = (app: ReturnType<typeof createFakeApp>, path: string): TFile => {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`test setup: no file at ${path}`);
  return file;
};

const folderAt = (app: ReturnType<typeof createFakeApp>, path: string): TFolder => {
  const folder = app.vault.getFolderByPath(path);
  if (!folder) throw new Error(`test setup: no folder at ${path}`);
  return folder;
};

describe('normalizePath', () => {
  it.each([
    ['Papers/Note.md', 'Papers/Note.md'],
    ['/Papers//Note.md/', 'Papers/Note.md'],
    ['Papers\\Sub\\Note.md', 'Papers/Sub/Note.md'],
    ['  spaced name .md', '  spaced name .md'],
    ['No\u00A0break.md', 'No break.md'],
    ['Cafe\u0301.md', 'Café.md'],
    ['', '/'],
    ['///', '/'],
  ])('normalizePath(%j) is %j', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });
});

describe('Vault', () => {
  it('describes a file by path, name, basename, extension, parent and byte size', async () => {
    const app = createFakeApp({ 'Papers/2024/Déjà vu.md': 'é' });
    const file = fileAt(app, 'Papers/2024/Déjà vu.md');
    expect(file).toMatchObject({ path: 'Papers/2024/Déjà vu.md', name: 'Déjà vu.md', basename: 'Déjà vu', extension: 'md' });
    expect(file.parent?.path).toBe('Papers/2024');
    expect(file.stat.size).toBe(2);
    expect(app.vault.getFolderByPath('Papers')?.children.map((c) => c.path)).toEqual(['Papers/2024']);
    expect(app.vault.getRoot().isRoot()).toBe(true);
  });

  it('refuses to create over an existing path with "File already exists."', async () => {
    const app = createFakeApp({ 'Note.md': 'old' });
    await expect(app.vault.create('Note.md', 'new')).rejects.toThrow('File already exists.');
    expect(await app.vault.read(fileAt(app, 'Note.md'))).toBe('old');
  });

  it('refuses to create a file whose folder does not exist', async () => {
    const app = createFakeApp();
    await expect(app.vault.create('Missing/Note.md', 'x')).rejects.toThrow(/ENOENT/);
    await expect(app.vault.createFolder('Missing/Deeper')).rejects.toThrow(/ENOENT/);
    expect(app.vault.getAllLoadedFiles().map((f) => f.path)).toEqual(['/']);
  });

  it('refuses to create a folder twice with "Folder already exists."', async () => {
    const app = createFakeApp();
    const folder = await app.vault.createFolder('Papers');
    expect(folder).toBeInstanceOf(TFolder);
    await expect(app.vault.createFolder('Papers')).rejects.toThrow('Folder already exists.');
  });

  it('refuses paths that normalizePath would change, so plugin code must normalize', async () => {
    const app = createFakeApp();
    await expect(app.vault.create('/Note.md', 'x')).rejects.toThrow('call normalizePath first');
  });

  it('checks for a taken path before its asynchronous write: simultaneous creates both resolve', async () => {
    const app = createFakeApp();
    const [a, b] = await Promise.all([app.vault.create('Note.md', 'A'), app.vault.create('Note.md', 'B')]);
    expect(a).toBe(b);
    expect(await app.vault.read(a)).toBe('B');
  });

  it('separates Markdown files, all files and all loaded entries', () => {
    const app = createFakeApp({ 'a.md': '', 'Sub/b.pdf': '', 'Sub/c.md': '' });
    const paths = (files: { path: string }[]) => files.map((f) => f.path).sort();
    expect(paths(app.vault.getMarkdownFiles())).toEqual(['Sub/c.md', 'a.md']);
    expect(paths(app.vault.getFiles())).toEqual(['Sub/b.pdf', 'Sub/c.md', 'a.md']);
    expect(paths(app.vault.getAllLoadedFiles())).toEqual(['/', 'Sub', 'Sub/b.pdf', 'Sub/c.md', 'a.md']);
  });

  it('runs process atomically: a throwing change writes nothing and fires no event', async () => {
    const app = createFakeApp({ 'Note.md': 'old' });
    const modified = jest.fn();
    app.vault.on('modify', modified);
    await expect(app.vault.process(fileAt(app, 'Note.md'), () => {
      throw new Error('no');
    })).rejects.toThrow('no');
    expect(await app.vault.read(fileAt(app, 'Note.md'))).toBe('old');
    expect(modified).not.toHaveBeenCalled();
    await expect(app.vault.process(fileAt(app, 'Note.md'), (t) => `${t}!`)).resolves.toBe('old!');
    expect(modified).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['modify', (app: App, f: TFile) => app.vault.modify(f, 'new')],
    ['append', (app: App, f: TFile) => app.vault.append(f, ' and more')],
    ['process', (app: App, f: TFile) => app.vault.process(f, () => 'new')],
  ])('lands a %s after its I/O gap: the event fires then, with the new text, before the promise resolves', async (_name, write) => {
    const app = createFakeApp({ 'Note.md': 'old' });
    const file = fileAt(app, 'Note.md');
    const seen: string[] = [];
    app.vault.on('modify', (f: TFile) => seen.push(`modify:${peekText(app, f)}`));
    const pending = write(app, file);
    // Code that runs right after starting the write (not awaiting it) still sees the old state.
    seen.push(`after the call:${peekText(app, file)}`);
    await pending;
    seen.push('resolved');
    expect(seen).toEqual(['after the call:old', `modify:${peekText(app, file)}`, 'resolved']);
    expect(peekText(app, file)).not.toBe('old');
  });

  it('runs process on the text as it is at write time, after an earlier write of the same moment', async () => {
    const app = createFakeApp({ 'Note.md': 'a' });
    const file = fileAt(app, 'Note.md');
    await Promise.all([app.vault.modify(file, 'b'), app.vault.process(file, (t) => `${t}+c`)]);
    expect(await app.vault.read(file)).toBe('b+c');
  });

  it('renames after the I/O gap: the path changes, then rename fires with the old path', async () => {
    const app = createFakeApp({ 'Old.md': 'x' });
    const file = fileAt(app, 'Old.md');
    const seen: string[] = [];
    app.vault.on('rename', (f: TFile, oldPath: string) => seen.push(`rename:${f.path}<-${oldPath}`));
    const pending = app.vault.rename(file, 'New.md');
    seen.push(`after the call:${file.path}`);
    await pending;
    expect(seen).toEqual(['after the call:Old.md', 'rename:New.md<-Old.md']);
  });

  it('deletes after the I/O gap, and the metadata cache hears of it after the vault listeners', async () => {
    const app = createFakeApp({ 'Paper.md': '---\narxiv: "2406.10454"\n---\n' });
    const file = fileAt(app, 'Paper.md');
    const seen: string[] = [];
    app.metadataCache.on('deleted', (f: TFile) => seen.push(`cache deleted:${f.path}`));
    app.vault.on('delete', (f: TFile) => seen.push(`vault delete:${f.path}`));
    const pending = app.vault.delete(file);
    seen.push(`after the call:${String(app.vault.getFileByPath('Paper.md') !== null)}`);
    await pending;
    expect(seen).toEqual(['after the call:true', 'vault delete:Paper.md', 'cache deleted:Paper.md']);
    expect(app.metadataCache.getFileCache(file)).toBeNull();
  });

  it('fails reads and writes through a TFile whose file was deleted', async () => {
    const app = createFakeApp({ 'Note.md': 'x' });
    const file = fileAt(app, 'Note.md');
    await app.vault.delete(file);
    await expect(app.vault.read(file)).rejects.toThrow(/ENOENT/);
    await expect(app.vault.process(file, (t) => t)).rejects.toThrow(/ENOENT/);
  });

  it('renames a folder with its contents and reports each old path', async () => {
    const app = createFakeApp({ 'Old/Note.md': 'x' });
    const renames: [string, string][] = [];
    app.vault.on('rename', (file: TFile, oldPath: string) => renames.push([file.path, oldPath]));
    await app.vault.rename(folderAt(app, 'Old'), 'New');
    expect(renames).toEqual([['New', 'Old'], ['New/Note.md', 'Old/Note.md']]);
    expect(app.vault.getFileByPath('New/Note.md')?.parent?.path).toBe('New');
    expect(app.vault.getAbstractFileByPath('Old/Note.md')).toBeNull();
  });

  it('deletes a folder with its contents, firing delete for each', async () => {
    const app = createFakeApp({ 'Sub/a.md': '', 'Sub/b.md': '' });
    const deleted: string[] = [];
    app.vault.on('delete', (file: TFile) => deleted.push(file.path));
    await app.vault.delete(folderAt(app, 'Sub'), true);
    expect(deleted.sort()).toEqual(['Sub', 'Sub/a.md', 'Sub/b.md']);
    expect(app.vault.getAllLoadedFiles().map((f) => f.path)).toEqual(['/']);
  });

  it('stops calling a listener after offref or off', async () => {
    const app = createFakeApp();
    const byRef = jest.fn();
    const byCallback = jest.fn();
    const ref = app.vault.on('create', byRef);
    app.vault.on('create', byCallback);
    app.vault.offref(ref);
    app.vault.off('create', byCallback);
    await app.vault.create('Note.md', '');
    expect(byRef).not.toHaveBeenCalled();
    expect(byCallback).not.toHaveBeenCalled();
  });

  it('keeps dot-folder files away from the vault index but reachable through the adapter', async () => {
    const app = createFakeApp({ 'Note.md': 'x' });
    await app.vault.adapter.write('.obsidian/plugins/p/data.json', '{}');
    expect(await app.vault.adapter.read('.obsidian/plugins/p/data.json')).toBe('{}');
    expect(await app.vault.adapter.exists('Note.md')).toBe(true);
    expect(app.vault.getAbstractFileByPath('.obsidian/plugins/p/data.json')).toBeNull();
    await expect(app.vault.adapter.read('missing.md')).rejects.toThrow(/ENOENT/);
  });
});

describe('MetadataCache', () => {
  const paper = '---\narxiv: "2406.10454"\ntags: [paper]\n---\n# Title\nText #reading and #2024 not a tag\n```\n# not a heading\n```\n## Notes ##\n';

  it('indexes seeded notes at once: frontmatter, headings with lines, body tags', () => {
    const app = createFakeApp({ 'Paper.md': paper });
    const cache = app.metadataCache.getFileCache(fileAt(app, 'Paper.md'));
    expect(cache?.frontmatter).toEqual({ arxiv: '2406.10454', tags: ['paper'] });
    expect(cache?.frontmatterPosition?.end.line).toBe(3);
    expect(cache?.headings?.map((h) => [h.level, h.heading, h.position.start.line])).toEqual([
      [1, 'Title', 4],
      [2, 'Notes', 9],
    ]);
    expect(cache?.tags?.map((t) => [t.tag, t.position.start.line, t.position.start.col])).toEqual([['#reading', 5, 5]]);
  });

  it('catches up with a new file only on a later tick, then fires changed and resolved', async () => {
    const app = createFakeApp();
    const changed = jest.fn();
    const resolved = jest.fn();
    app.metadataCache.on('changed', changed);
    app.metadataCache.on('resolved', resolved);
    const file = await app.vault.create('Paper.md', paper);
    expect(app.metadataCache.getFileCache(file)).toBeNull();
    expect(changed).not.toHaveBeenCalled();
    await app.metadataCache.whenIdle();
    const cache = app.metadataCache.getFileCache(file) as CachedMetadata;
    expect(cache.frontmatter?.arxiv).toBe('2406.10454');
    expect(changed).toHaveBeenCalledWith(file, paper, cache);
    expect(resolved).toHaveBeenCalledTimes(1);
  });

  it('is still behind one tick after a write, as a worker-fed cache is: tests must wait for it', async () => {
    // Fake timers: on a loaded machine a real "next tick" can come after the indexer's delay.
    jest.useFakeTimers();
    try {
      const app = createFakeApp({ 'Paper.md': '---\nstatus: to-read\n---\n' });
      const file = fileAt(app, 'Paper.md');
      await app.vault.modify(file, '---\nstatus: read\n---\n');
      await jest.advanceTimersByTimeAsync(INDEX_DELAY_MS - 1);
      expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ status: 'to-read' });
      await jest.advanceTimersByTimeAsync(1);
      expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ status: 'read' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the old cache of a modified file until it has re-read it', async () => {
    const app = createFakeApp({ 'Paper.md': '---\nstatus: to-read\n---\n' });
    const file = fileAt(app, 'Paper.md');
    await app.vault.modify(file, '---\nstatus: read\n---\n');
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ status: 'to-read' });
    await app.metadataCache.whenIdle();
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ status: 'read' });
  });

  it('drops the cache of a deleted file and reports it', async () => {
    const app = createFakeApp({ 'Paper.md': paper });
    const deleted = jest.fn();
    app.metadataCache.on('deleted', deleted);
    const file = fileAt(app, 'Paper.md');
    await app.vault.delete(file);
    expect(app.metadataCache.getFileCache(file)).toBeNull();
    expect(deleted).toHaveBeenCalledTimes(1);
    const [gone, prevCache] = deleted.mock.calls[0] as [TFile, CachedMetadata | null];
    expect([gone, prevCache?.frontmatter?.arxiv]).toEqual([file, '2406.10454']);
  });

  it.each([
    ['a quoted id', 'arxiv: "2406.10450"', { arxiv: '2406.10450' }],
    ['an unquoted id, a number (the trailing zero is lost)', 'arxiv: 2406.10450', { arxiv: 2406.1045 }],
    ['an unquoted date, a string', 'added: 2026-01-02', { added: '2026-01-02' }],
    ['an unquoted date and time, a string', 'added: 2026-01-02T10:00:00Z', { added: '2026-01-02T10:00:00Z' }],
    ['numbers and booleans', 'rating: 4\nscore: 0.5\ndone: true', { rating: 4, score: 0.5, done: true }],
    ['YAML 1.1 words, strings', 'a: yes\nb: off', { a: 'yes', b: 'off' }],
    ['an empty value, null', 'rating:', { rating: null }],
    ['a block list and a flow list, arrays', 'tags:\n  - paper\n  - ml\naliases: [A, B]', { tags: ['paper', 'ml'], aliases: ['A', 'B'] }],
    ['tags as one string, kept as written (getAllTags splits it)', 'tags: paper, ml', { tags: 'paper, ml' }],
    ['tags with a #, quoted, kept as written', 'tags: ["#paper"]', { tags: ['#paper'] }],
  ])('types properties by YAML 1.2 core rules, as Obsidian reads them: %s', (_name, yaml, expected) => {
    const app = createFakeApp({ 'Note.md': `---\n${yaml}\n---\nBody\n` });
    expect(app.metadataCache.getFileCache(fileAt(app, 'Note.md'))?.frontmatter).toEqual(expected);
  });

  it('normalises tags only in getAllTags: # added, a string split at commas and spaces', () => {
    const app = createFakeApp({ 'Note.md': '---\ntags: paper, ml deep\n---\nSee #body\n' });
    expect(getAllTags(app.metadataCache.getFileCache(fileAt(app, 'Note.md'))!)).toEqual(['#paper', '#ml', '#deep', '#body']);
  });

  it('records the block of invalid YAML but gives it no properties', () => {
    const app = createFakeApp({ 'Note.md': '---\ntitle: "open\narxiv: "2406.10454"\n---\nBody\n' });
    const cache = app.metadataCache.getFileCache(fileAt(app, 'Note.md'));
    expect([cache?.frontmatter, cache?.frontmatterPosition?.end.line]).toEqual([undefined, 3]);
  });

  it.each([
    ['Paper', 'Papers/Paper.md'],
    ['Papers/Paper', 'Papers/Paper.md'],
    ['Paper#Heading', 'Papers/Paper.md'],
    ['Unknown', null],
  ])('resolves the link %j to %j', (link, expected) => {
    const app = createFakeApp({ 'Papers/Paper.md': '' });
    expect(app.metadataCache.getFirstLinkpathDest(link, '')?.path ?? null).toBe(expected);
  });
});

describe('FileManager.processFrontMatter', () => {
  it.each([
    ['LF', '---\nstatus: to-read\n---\nBody  with trailing spaces  \n\n- [ ] task\n'],
    ['CRLF', '---\r\nstatus: to-read\r\n---\r\nBody\r\nsecond line\r\n'],
    ['no final newline', '---\nstatus: to-read\n---\nBody'],
  ])('rewrites the YAML block and keeps the body byte for byte (%s)', async (_label, text) => {
    const app = createFakeApp({ 'Note.md': text });
    const file = fileAt(app, 'Note.md');
    await app.fileManager.processFrontMatter(file, (fm) => {
      fm.status = 'read';
      fm.rating = 4;
    });
    const written = await app.vault.read(file);
    const body = text.slice(text.indexOf('---', 3) + 3).replace(/^\r?\n/, '');
    expect(written).toBe(`---\nstatus: read\nrating: 4\n---\n${body}`);
  });

  it('adds a block to a note without one, quoting strings that look like numbers', async () => {
    const app = createFakeApp({ 'Note.md': '# Title\n' });
    await app.fileManager.processFrontMatter(fileAt(app, 'Note.md'), (fm) => {
      fm.arxiv = '2406.10454';
    });
    expect(await app.vault.read(fileAt(app, 'Note.md'))).toBe('---\narxiv: "2406.10454"\n---\n# Title\n');
  });

  it('hands the callback the properties typed as the metadata cache types them', async () => {
    const app = createFakeApp({ 'Note.md': '---\narxiv: 2406.10450\nadded: 2026-01-02\ntags: paper, ml\n---\nBody\n' });
    let seen: unknown = null;
    await app.fileManager.processFrontMatter(fileAt(app, 'Note.md'), (fm) => {
      seen = { ...fm };
    });
    expect(seen).toEqual({ arxiv: 2406.1045, added: '2026-01-02', tags: 'paper, ml' });
  });

  it('leaves the note as it is when the callback throws', async () => {
    const app = createFakeApp({ 'Note.md': '---\na: 1\n---\nBody\n' });
    await expect(app.fileManager.processFrontMatter(fileAt(app, 'Note.md'), () => {
      throw new Error('nope');
    })).rejects.toThrow('nope');
    expect(await app.vault.read(fileAt(app, 'Note.md'))).toBe('---\na: 1\n---\nBody\n');
  });

  it('refuses broken YAML with a YAMLParseError (as obsidian.d.ts says) rather than overwrite it', async () => {
    const app = createFakeApp({ 'Note.md': '---\ntitle: [unclosed\n---\nBody\n' });
    await expect(app.fileManager.processFrontMatter(fileAt(app, 'Note.md'), () => undefined)).rejects.toMatchObject({ name: 'YAMLParseError' });
    expect(await app.vault.read(fileAt(app, 'Note.md'))).toBe('---\ntitle: [unclosed\n---\nBody\n');
  });
});

describe('Workspace', () => {
  it('holds onLayoutReady callbacks during start-up and runs them once the layout is restored', () => {
    const app = createStartingApp();
    const calls: string[] = [];
    app.workspace.onLayoutReady(() => calls.push('first'));
    expect(calls).toEqual([]);
    app.workspace.finishLayout();
    app.workspace.onLayoutReady(() => calls.push('later'));
    expect(calls).toEqual(['first', 'later']);
  });

  it('opens a file in a leaf, making it the active file and firing file-open', async () => {
    const app = createFakeApp({ 'Note.md': '' });
    const opened = jest.fn();
    app.workspace.on('file-open', opened);
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(fileAt(app, 'Note.md'));
    expect(app.workspace.getActiveFile()?.path).toBe('Note.md');
    expect(leaf.openedFiles.map((f) => f.path)).toEqual(['Note.md']);
    expect(opened).toHaveBeenCalledWith(fileAt(app, 'Note.md'));
    expect(app.workspace.getLeaf(false)).toBe(leaf);
    expect(app.workspace.getLeaf(true)).not.toBe(leaf);
  });
});

describe('Notice, requestUrl, debounce and the UI without a DOM', () => {
  afterEach(() => {
    clearNotices();
    resetRequestUrlHandler();
  });

  it('records notices until cleared', () => {
    new Notice('Paper Distill: 1 note created.', 5000);
    new Notice('Second').setMessage('Second, edited');
    expect(noticeMessages()).toEqual(['Paper Distill: 1 note created.', 'Second, edited']);
    clearNotices();
    expect(noticeMessages()).toEqual([]);
  });

  it('rejects requests until the test sets a handler', async () => {
    await expect(requestUrl({ url: 'https://export.arxiv.org/api/query' })).rejects.toThrow('set no handler');
  });

  it('rejects a 4xx/5xx answer unless the request says throw: false', async () => {
    const handler = jest.fn(() => ({ status: 503, text: 'busy' }));
    setRequestUrlHandler(handler);
    await expect(requestUrl('https://example.org')).rejects.toThrow('status 503');
    await expect(requestUrl({ url: 'https://example.org', throw: false })).resolves.toMatchObject({ status: 503, text: 'busy' });
    await expect(requestUrl({ url: 'https://example.org', throw: false }).text).resolves.toBe('busy');
    expect(handler).toHaveBeenCalledWith({ url: 'https://example.org', throw: false });
  });

  it('debounces to one call with the latest arguments', () => {
    jest.useFakeTimers();
    try {
      const cb = jest.fn();
      const debounced = debounce(cb, 100);
      debounced(1);
      debounced(2);
      jest.advanceTimersByTime(99);
      expect(cb).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(cb.mock.calls).toEqual([[2]]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('says which environment to use when a UI element is needed without a DOM', () => {
    const modal = new Modal(createFakeApp());
    expect(() => modal.open()).toThrow('@jest-environment jsdom');
  });
});
