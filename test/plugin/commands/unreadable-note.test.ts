/** @jest-environment jsdom */
import type { RequestUrlParam } from 'obsidian';
import { renderStubNote } from '../../../src/core/note/stub';
import { TemplateReportModal } from '../../../src/plugin/template/template-report-modal';
import { distilledNote } from '../../builders/note';
import { clearNotices, noticeMessages, openModals, setRequestUrlHandler } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

// An unclosed quote on line 2 (the fence is line 1): YAML notices it only where `arxiv:` begins.
const BROKEN = 'Papers/Broken.md';
const BROKEN_TEXT = '---\ntitle: "HumanPlus: Humanoid Shadowing\narxiv: "2406.10454"\ntags:\n  - paper\n---\n# Summary\n- Reads well.\n';
const GOOD = 'Papers/Good.md';
// A complete note (not a stub), so nothing asks arXiv by itself at start-up.
const GOOD_TEXT = distilledNote().replace('arxiv: "2406.10454"\n', 'arxiv: "2401.00001"\narxiv_version: 1\n');
const FILES = {
  [BROKEN]: BROKEN_TEXT,
  [GOOD]: GOOD_TEXT,
  'Daily.md': '---\ntitle: [not closed\n---\nBroken, but no arxiv line.\n',
  'Empty.md': '---\n---\nAn empty properties block.\n',
};

const CANNOT_READ = "Broken's properties cannot be read (line 2): fix the YAML there, then try again. Nothing was changed.";
const NOT_REFRESHED = "Papers/Broken.md's properties cannot be read (line 2): fix the YAML there, then refresh it again; it was left as it is.";
const SKIPPED = "Papers/Broken.md's properties cannot be read (line 2): fix the YAML there, then run this again; the note was skipped.";

async function start(files: Record<string, string> = FILES, data: unknown = null) {
  const started = await startPlugin(files, data);
  const { app, fake } = started;
  const open = (path: string) => app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path)!);
  const text = (path: string) => app.vault.read(app.vault.getFileByPath(path)!);
  const command = (id: string) => {
    const c = fake.commands.get(id);
    if (!c?.checkCallback) throw new Error(`no checkCallback command ${id}`);
    return c.checkCallback;
  };
  return { ...started, open, text, command };
}

let requests: string[] = [];

beforeEach(() => {
  clearNotices();
  for (const modal of openModals()) modal.close();
  requests = [];
  setRequestUrlHandler((req: RequestUrlParam) => {
    requests.push(req.url);
    throw new Error('net::ERR_INTERNET_DISCONNECTED');
  });
});

describe('a paper note whose properties are not valid YAML, in Obsidian', () => {
  it.each([
    ['rate-paper-3', CANNOT_READ],
    ['clear-rating', CANNOT_READ],
    ['set-reading-status', CANNOT_READ],
    ['mark-as-read', CANNOT_READ],
    ['add-tag', CANNOT_READ],
    ['remove-tag', CANNOT_READ],
    ['copy-citation', CANNOT_READ],
    ['copy-bibtex', CANNOT_READ],
    ['download-pdf', CANNOT_READ],
    ['open-pdf-beside-note', CANNOT_READ],
    ['insert-missing-sections', CANNOT_READ],
    ['refresh-metadata', `Paper Distill: ${NOT_REFRESHED}`],
  ])('"%s" is offered and says where the properties break, changing nothing', async (id, notice) => {
    const { open, text, command } = await start();
    await open(BROKEN);
    expect(command(id)(true)).toBe(true);
    command(id)(false);
    await waitFor(() => noticeMessages().length > 0, 'the notice');
    await new Promise((r) => setTimeout(r, 20));
    expect(noticeMessages()).toEqual([notice]);
    expect(noticeMessages().join('\n')).not.toMatch(/not a paper note/);
    expect(openModals()).toEqual([]);
    expect(await text(BROKEN)).toBe(BROKEN_TEXT);
    expect(requests).toEqual([]);
  });

  it('reads the text only when a command runs: offering it in the palette asks the metadata cache alone', async () => {
    const { app, open, command } = await start();
    await open(BROKEN);
    const reads = jest.spyOn(app.vault, 'cachedRead');
    const plainReads = jest.spyOn(app.vault, 'read');
    expect(command('rate-paper-3')(true)).toBe(true);
    expect(reads).not.toHaveBeenCalled();
    expect(plainReads).not.toHaveBeenCalled();
  });

  it('names the line for broken properties without an arxiv line too (the paper tag may be in them)', async () => {
    const { open, text, command } = await start();
    await open('Daily.md');
    command('rate-paper-3')(false);
    await waitFor(() => noticeMessages().length > 0, 'the notice');
    expect(noticeMessages()).toEqual(["Daily's properties cannot be read (line 2): fix the YAML there, then try again. Nothing was changed."]);
    expect(await text('Daily.md')).toBe(FILES['Daily.md']);
  });

  it.each([
    ['a paper note: the command does its work', BROKEN_TEXT.replace('Shadowing\n', 'Shadowing"\n'), 'Rated Broken 3 stars.'],
    ['not a paper note: it says so', '---\ntitle: Fixed\n---\nBody\n', 'Broken is not a paper note: it has no arxiv property and no #paper tag.'],
  ])('reads the text when the cache has not caught up with a fix yet, and the text is %s', async (_name, fixed, notice) => {
    const { app, open, command } = await start();
    await open(BROKEN);
    await app.vault.modify(app.vault.getFileByPath(BROKEN)!, fixed);
    // The metadata cache still holds the broken block: the text decides.
    expect(app.metadataCache.getFileCache(app.vault.getFileByPath(BROKEN)!)?.frontmatter).toBeUndefined();
    command('rate-paper-3')(false);
    await waitFor(() => noticeMessages().length > 0, 'the notice');
    expect(noticeMessages()).toEqual([notice]);
  });

  it.each([
    ['without a properties block', 'Plain.md', 'Just text.\n'],
    ['with an empty properties block', 'Empty.md', FILES['Empty.md']],
  ])('offers nothing for a note %s', async (_name, path, text) => {
    const { open, command } = await start({ [path]: text });
    await open(path);
    expect(command('rate-paper-3')(true)).toBe(false);
  });

  it('names the note and its line in the template report', async () => {
    const { fake } = await start();
    fake.commands.get('template-report')?.callback?.();
    const modal = openModals().at(-1);
    if (!(modal instanceof TemplateReportModal)) throw new Error('expected the template report');
    await modal.ready;
    expect([...modal.contentEl.querySelectorAll('.paper-distill-report-unreadable li')].map((li) => li.textContent)).toEqual([SKIPPED]);
  });

  it('names it in the summary of "Refresh metadata of all paper notes"', async () => {
    const { fake, text } = await start({ [BROKEN]: BROKEN_TEXT });
    fake.commands.get('refresh-metadata-all')?.callback?.();
    await waitFor(() => noticeMessages().some((m) => m.includes('cannot be read')), 'the summary');
    expect(noticeMessages().find((m) => m.includes('cannot be read'))).toContain(NOT_REFRESHED);
    expect(await text(BROKEN)).toBe(BROKEN_TEXT);
    expect(requests).toEqual([]);
  });

  it('keeps a queued stub whose YAML broke in the queue and names it once, not every ten minutes', async () => {
    const stub = renderStubNote('2406.10454', { tags: ['paper'], status: 'to-read', added: '2026-01-02' }).replace('arxiv: "2406.10454"', 'arxiv: "2406.10454\ntitle: [unclosed');
    const data = { pending: [{ id: '2406.10454', path: BROKEN, queuedAt: '2026-01-02T10:00:00.000Z' }] };
    jest.useFakeTimers();
    try {
      const { plugin, text } = await start({ [BROKEN]: stub }, data);
      await jest.advanceTimersByTimeAsync(1_000);
      expect(noticeMessages()).toEqual([
        expect.stringMatching(/^Paper Distill:\nPapers\/Broken\.md's properties cannot be read \(line \d+\): fix the YAML there, then it will be filled in; it is still a stub\.$/),
      ]);
      const stored = (plugin as unknown as { storedData: { pending: unknown[] } | null }).storedData;
      expect(stored?.pending ?? data.pending).toEqual(data.pending);
      expect(await text(BROKEN)).toBe(stub);
      clearNotices();
      await jest.advanceTimersByTimeAsync(10 * 60_000 + 1_000);
      expect(noticeMessages()).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});
