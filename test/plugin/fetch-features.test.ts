/** @jest-environment jsdom */
import type { MarkdownFileInfo, RequestUrlParam } from 'obsidian';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { renderStubNote } from '../../src/core/note/stub';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import {
  clearNotices,
  noticeMessages,
  resetRequestUrlHandler,
  setRequestUrlHandler,
  shownNotices,
  type App,
} from '../fakes/obsidian';
import { FakeEditor } from '../support/fake-editor';
import { startPlugin } from '../support/start-plugin';
import { waitFor } from '../support/wait-for';

const HUMANPLUS = samplePaper({ arxiv: '2406.10454', authors: ['Zipeng Fu', 'Chelsea Finn'] });
const PLAIN = samplePaper({ arxiv: '2409.05864', title: 'Plain paper', abstract: 'No links here.', comment: undefined, code: undefined, projectPage: undefined });
const PAPERS = new Map([HUMANPLUS, PLAIN].map((p) => [p.arxiv, atomEntryXml(p)]));
const HUMANPLUS_PATH = 'Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md';

const opened = (app: App) => app.workspace.leaves.flatMap((leaf) => leaf.openedFiles.map((f) => f.path));
const text = (app: App, path: string) => app.vault.read(app.vault.getFileByPath(path)!);

describe('fetch features in Obsidian', () => {
  let arxivRequests: string[];
  let hfRequests: string[];

  beforeEach(() => {
    arxivRequests = [];
    hfRequests = [];
    clearNotices();
    setRequestUrlHandler((req: RequestUrlParam) => {
      if (req.url.startsWith('https://huggingface.co/api/papers/')) {
        hfRequests.push(req.url);
        if (req.url.endsWith('2409.05864')) return { status: 200, text: JSON.stringify({ githubRepo: 'https://github.com/ex/plain' }) };
        return { status: 404, text: '{"error":"Not found"}' };
      }
      if (req.url.startsWith('https://api.openalex.org/')) return { status: 200, text: '{"results":[]}' }; // OpenAlex knows none
      arxivRequests.push(req.url);
      const ids = new URL(req.url).searchParams.get('id_list')?.split(',') ?? [];
      const entries = ids.map((id) => PAPERS.get(id)).filter((e): e is string => e !== undefined);
      return { status: 200, text: atomFeedXml(entries, { totalResults: entries.length }) };
    });
  });
  afterEach(() => resetRequestUrlHandler());

  describe('commands on the links in a selection or the current note', () => {
    const LIST = '# Reading list\n\n- [HumanPlus](https://arxiv.org/abs/2406.10454v2) for Monday\n- also arXiv:2409.05864, then lunch\n- not this: https://github.com/foo/bar\n';

    it('creates every linked paper in one request, counts up in one notice, and summarizes', async () => {
      const { app, fake } = await startPlugin({ 'Reading list.md': LIST });
      const editor = new FakeEditor(LIST).select('- [HumanPlus]');
      editor.select(LIST.slice(LIST.indexOf('- [HumanPlus]'), LIST.indexOf('- not this')));
      const command = fake.commands.get('create-paper-notes-from-selection');
      const ctx = { file: app.vault.getFileByPath('Reading list.md') } as unknown as MarkdownFileInfo;
      expect(command?.name).toBe('Create paper notes from arXiv links in selection');
      expect(command?.editorCheckCallback?.(true, editor.asEditor(), ctx)).toBe(true);
      command?.editorCheckCallback?.(false, editor.asEditor(), ctx);
      await waitFor(() => noticeMessages().find((m) => m.startsWith('Paper Distill: 2 created')), 'the summary');
      expect(app.vault.getFileByPath(HUMANPLUS_PATH)).not.toBeNull();
      expect(app.vault.getFileByPath('Papers/Plain paper.md')).not.toBeNull();
      expect(arxivRequests).toHaveLength(1);
      const progress = shownNotices().find((n) => n.message.includes('of 2'));
      expect(progress?.message).toBe('Paper Distill: creating paper notes, 2 of 2…');
      expect(progress?.hidden).toBe(true);
      // The wikilink option is off by default: the text is not touched.
      expect(editor.text).toBe(LIST);
      expect(editor.edits).toEqual([]);
    });

    it('replaces each link with a wikilink when the setting is on, and nothing else', async () => {
      const { app, fake, plugin } = await startPlugin({ 'Reading list.md': LIST });
      await plugin.updateSettings({ replaceLinksWithWikilinks: true });
      const editor = new FakeEditor(LIST);
      const ctx = { file: app.vault.getFileByPath('Reading list.md') } as unknown as MarkdownFileInfo;
      fake.commands.get('create-paper-notes-from-current-note')?.editorCheckCallback?.(false, editor.asEditor(), ctx);
      await waitFor(() => editor.edits.length > 0, 'the links to be replaced');
      expect(editor.text).toBe(
        '# Reading list\n\n- [[HumanPlus Humanoid Shadowing and Imitation from Humans|HumanPlus]] for Monday\n- also [[Plain paper]], then lunch\n- not this: https://github.com/foo/bar\n',
      );
      expect(editor.edits).toHaveLength(1);
    });

    it('is not offered where there is no arXiv link', async () => {
      const { fake } = await startPlugin();
      const editor = new FakeEditor('Nothing to see, version 1.2.3.').select('Nothing');
      const ctx = { file: null } as unknown as MarkdownFileInfo;
      expect(fake.commands.get('create-paper-notes-from-selection')?.editorCheckCallback?.(true, editor.asEditor(), ctx)).toBe(false);
      expect(fake.commands.get('create-paper-notes-from-current-note')?.editorCheckCallback?.(true, editor.asEditor(), ctx)).toBe(false);
    });
  });

  it('fills a missing code link from Hugging Face', async () => {
    const { app, fake } = await startPlugin();
    fake.protocolHandlers.get('paper-distill')?.({ action: 'paper-distill', arxiv: '2409.05864' });
    await waitFor(() => opened(app).includes('Papers/Plain paper.md'), 'the note to open');
    await waitFor(async () => readFrontmatter(await text(app, 'Papers/Plain paper.md'))?.code, 'the code link');
    expect(readFrontmatter(await text(app, 'Papers/Plain paper.md'))?.code).toBe('https://github.com/ex/plain');
    expect(hfRequests).toEqual(['https://huggingface.co/api/papers/2409.05864']);
  });

  it('opens or creates the note for obsidian://paper-distill?arxiv=<id>', async () => {
    const { app, fake } = await startPlugin();
    const handler = fake.protocolHandlers.get('paper-distill');
    handler?.({ action: 'paper-distill', arxiv: 'https://arxiv.org/abs/2406.10454v1' });
    await waitFor(() => opened(app).includes(HUMANPLUS_PATH), 'the new note to open');
    handler?.({ action: 'paper-distill', arxiv: '2406.10454' });
    await waitFor(() => opened(app).filter((p) => p === HUMANPLUS_PATH).length === 2, 'the note to open again');
    expect(arxivRequests).toHaveLength(1);
    expect(app.vault.getMarkdownFiles()).toHaveLength(1);
    handler?.({ action: 'paper-distill', arxiv: 'bogus' });
    expect(noticeMessages()).toContain('Paper Distill: "bogus" is not an arXiv id or link.');
  });

  describe('pasting an arXiv link', () => {
    const paste = (app: App, data: string, prevented = false) =>
      app.workspace.trigger('editor-paste', { defaultPrevented: prevented, clipboardData: { getData: () => data } }, new FakeEditor(''));

    it('offers to create the note, and creates it on click', async () => {
      const { app } = await startPlugin();
      paste(app, 'https://arxiv.org/pdf/2406.10454v2');
      const offer = shownNotices().find((n) => n.message.includes('create the paper note for arXiv 2406.10454'));
      expect(arxivRequests).toHaveLength(0);
      offer?.element?.querySelector('button')?.click();
      await waitFor(() => opened(app).includes(HUMANPLUS_PATH), 'the note');
      expect(offer?.hidden).toBe(true);
    });

    it.each([
      ['text that is not a link', 'see 2406.10454 later', false, true],
      ['a non-arXiv link', 'https://github.com/foo/bar', false, true],
      ['a paste another plugin handled', 'https://arxiv.org/abs/2406.10454', true, true],
      ['the setting off', 'https://arxiv.org/abs/2406.10454', false, false],
    ])('offers nothing for %s', async (_what, data, prevented, setting) => {
      const { app, plugin } = await startPlugin();
      await plugin.updateSettings({ offerNoteOnPaste: setting });
      paste(app, data, prevented);
      expect(shownNotices().filter((n) => n.element !== null)).toEqual([]);
    });
  });

  describe('pending stubs', () => {
    it('completes queued stubs when the workspace is ready, keeping settings and reader text', async () => {
      const stub = renderStubNote('2406.10454', { tags: ['paper'], status: 'to-read', added: '2026-01-02' }).replace(
        '## Limitations\n- \n',
        '## Limitations\n- Needs a motion-capture rig.\n',
      );
      const data = { folder: 'Lit', pending: [{ id: '2406.10454', path: 'Lit/2406.10454.md', queuedAt: '2026-01-02T10:00:00.000Z' }] };
      const { app, plugin } = await startPlugin({ 'Lit/2406.10454.md': stub }, data);
      await waitFor(() => noticeMessages().some((m) => m.includes('filled in 1 paper note')), 'completion');
      const done = await text(app, 'Lit/2406.10454.md');
      expect(readFrontmatter(done)).toMatchObject({ title: HUMANPLUS.title, arxiv_version: 2, added: '2026-01-02', tags: ['paper'] });
      expect(done).toContain('## Limitations\n- Needs a motion-capture rig.\n');
      expect(done).toContain('> Fu, Z., & Finn, C. (2024). HumanPlus');
      const stored = (plugin as unknown as { storedData: { folder: string; pending: unknown[] } }).storedData;
      expect(stored.folder).toBe('Lit');
      expect(stored.pending).toEqual([]);
    });

    it('sends nothing at start-up when there are no stubs', async () => {
      await startPlugin({ 'Note.md': '---\narxiv: "2406.10454"\narxiv_version: 2\n---\n' });
      await new Promise((r) => setTimeout(r, 20));
      expect(arxivRequests).toEqual([]);
    });

    it.each([[true], [false]])('with "Fill in stub notes automatically" %s, asks arXiv by itself at start-up and 10 minutes later (or never)', async (auto) => {
      setRequestUrlHandler((req: RequestUrlParam) => {
        arxivRequests.push(req.url);
        throw new Error('net::ERR_INTERNET_DISCONNECTED');
      });
      const stub = renderStubNote('2406.10454', { tags: ['paper'], status: 'to-read', added: '2026-01-02' });
      jest.useFakeTimers();
      try {
        await startPlugin({ 'Papers/2406.10454.md': stub }, { completeStubsAutomatically: auto });
        // The start-up attempt with its retries, then the run 10 minutes after start-up.
        await jest.advanceTimersByTimeAsync(5 * 60_000);
        const atStartUp = arxivRequests.length;
        arxivRequests.length = 0;
        await jest.advanceTimersByTimeAsync(5 * 60_000 + 1_000);
        expect([atStartUp > 0, arxivRequests.length > 0]).toEqual([auto, auto]);
      } finally {
        jest.useRealTimers();
      }
    });

    it('queues an offline import in data.json, beside the settings', async () => {
      setRequestUrlHandler(() => {
        throw new Error('net::ERR_INTERNET_DISCONNECTED');
      });
      const { app, plugin, fake } = await startPlugin();
      await plugin.updateSettings({ paperTag: 'lit' });
      jest.useFakeTimers();
      try {
        fake.protocolHandlers.get('paper-distill')?.({ action: 'paper-distill', arxiv: '2406.10454' });
        await jest.advanceTimersByTimeAsync(60_000);
      } finally {
        jest.useRealTimers();
      }
      await waitFor(() => opened(app).includes('Papers/2406.10454.md'), 'the stub to open');
      const stored = (plugin as unknown as { storedData: Record<string, unknown> }).storedData;
      expect(stored.paperTag).toBe('lit');
      expect(stored.pending).toEqual([{ id: '2406.10454', path: 'Papers/2406.10454.md', queuedAt: expect.any(String) as unknown }]);
      await plugin.updateSettings({ folder: 'Elsewhere' });
      expect((plugin as unknown as { storedData: Record<string, unknown> }).storedData.pending).toHaveLength(1);
      expect(readFrontmatter(await text(app, 'Papers/2406.10454.md'))?.tags).toEqual(['lit']);
    });
  });
});
