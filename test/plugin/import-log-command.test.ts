/** @jest-environment jsdom */
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { renderPaperNote } from '../../src/core/note/render';
import { importButtonText } from '../../src/plugin/modals/import-log-modals';
import { samplePaper } from '../builders/atom';
import {
  chooseSuggestion,
  clearNotices,
  noticeMessages,
  openModals,
  resetRequestUrlHandler,
  setRequestUrlHandler,
  suggestionTexts,
  type App,
} from '../fakes/obsidian';
import { arxivAnswer } from '../support/arxiv-feed';
import { fixtureLog } from '../support/reading-log-checks';
import { startPlugin } from '../support/start-plugin';
import { waitFor } from '../support/wait-for';

const HUMANPLUS = samplePaper({
  arxiv: '2406.10454',
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  categories: ['cs.RO'],
});

/** OpenAlex's work for HumanPlus, as its list endpoint gives it. */
const HUMANPLUS_WORK = {
  id: 'https://openalex.org/W4399',
  doi: 'https://doi.org/10.48550/arxiv.2406.10454',
  cited_by_count: 120,
  primary_location: { source: { display_name: 'Conference on Robot Learning', type: 'conference' } },
};

/**
 * Waits for `probe` while fake time runs: the title search of the entries without an id and the
 * metadata request after it keep arXiv's 3 s between requests.
 */
async function settled<T>(probe: () => T | undefined | null | false, what: string): Promise<T> {
  jest.useFakeTimers();
  try {
    for (let i = 0; i < 120; i++) {
      const value = probe();
      if (value) return value;
      await jest.advanceTimersByTimeAsync(500);
    }
    throw new Error(`timed out waiting for ${what}`);
  } finally {
    jest.useRealTimers();
  }
}

const settledPreview = () => settled(previewModal, 'the preview');

const isSearch = (url: string) => new URL(url).searchParams.has('search_query');

const previewModal = () => openModals().find((m) => m.titleEl.textContent === 'Import reading log' && m.contentEl.querySelector('ol'));
const button = (label: string) =>
  [...(openModals().at(-1)?.contentEl.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
const papers = (app: App) => app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('Papers/')).sort();

describe('command: Import reading log…', () => {
  let requests: string[];

  beforeEach(() => {
    requests = [];
    clearNotices();
    setRequestUrlHandler((req) => {
      requests.push(req.url);
      if (req.url.startsWith('https://api.openalex.org/')) return { status: 200, text: JSON.stringify({ results: [HUMANPLUS_WORK] }) };
      return arxivAnswer(req.url, [HUMANPLUS]);
    });
  });
  afterEach(() => resetRequestUrlHandler());

  it('chooses a note of the vault, previews, then writes the notes and reports', async () => {
    const { app, fake } = await startPlugin({ 'Logs/reading log.md': fixtureLog('log.md'), 'Other.md': 'x' });
    expect(fake.commands.get('import-reading-log')?.name).toBe('Import reading log…');
    fake.commands.get('import-reading-log')?.callback?.();
    const chooser = openModals().at(-1);
    if (!chooser) throw new Error('no chooser');
    await waitFor(() => suggestionTexts(chooser).length > 0, 'suggestions');
    expect(suggestionTexts(chooser)).toEqual(['Paste the log text instead…', 'Logs/reading log.md', 'Other.md']);
    chooseSuggestion(chooser, 'Logs/reading log.md');

    const preview = await settledPreview();
    expect(preview.contentEl.querySelector('.paper-distill-import-headline')?.textContent).toBe(
      '5 entries: 3 with an arXiv ID, 2 without. 5 new notes. arXiv metadata for 3 papers in one request.',
    );
    const items = [...preview.contentEl.querySelectorAll('li')];
    expect(items).toHaveLength(5);
    expect(items[0]?.getAttribute('data-action')).toBe('create');
    expect(items[0]?.textContent).toContain('General Idea ← General Idea');
    // Only the two titles without an id were searched (arXiv has neither here).
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every(isSearch)).toBe(true);
    expect(items.filter((li) => li.textContent?.includes('(not found on arXiv)'))).toHaveLength(2);
    expect(papers(app)).toEqual([]);
    requests.length = 0;

    button('Create 5 notes')?.click();
    const notice = await settled(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    expect(notice).toContain('Import: 5 notes created, 2 not found on arXiv.');
    // One arXiv request for the batch, then one OpenAlex request for the papers arXiv knows.
    expect(requests.map((u) => new URL(u).host)).toEqual(['export.arxiv.org', 'api.openalex.org']);
    expect(new URL(requests[1]).searchParams.get('filter')).toBe('doi:10.48550/arxiv.2406.10454');
    expect(papers(app)).toHaveLength(5);
    const human = await app.vault.read(app.vault.getFileByPath('Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md')!);
    expect(readFrontmatter(human)).toMatchObject({ arxiv: '2406.10454', rating: 5, tags: ['paper', 'arxiv/cs-RO', 'topic/manipulation'] });
    expect(readFrontmatter(human)).toMatchObject({ venue: 'Conference on Robot Learning', venue_type: 'conference', citations: 120, openalex: 'W4399' });
  });

  it('takes pasted text, and a second import of it writes nothing new', async () => {
    const { app, fake } = await startPlugin({});
    const pasteAndPreview = async () => {
      fake.commands.get('import-reading-log')?.callback?.();
      const chooser = openModals().at(-1)!;
      await waitFor(() => suggestionTexts(chooser).length > 0, 'suggestions');
      chooseSuggestion(chooser, 'Paste the log text instead…');
      const area = openModals().at(-1)?.contentEl.querySelector('textarea');
      if (!area) throw new Error('no paste box');
      area.value = fixtureLog('plain-export.txt');
      area.dispatchEvent(new Event('input'));
      button('Preview import')?.click();
      return settledPreview();
    };
    await pasteAndPreview();
    button('Create 3 notes')?.click();
    await settled(() => noticeMessages().find((m) => m.includes('Import: 3 notes created')), 'the summary');
    expect(papers(app)).toHaveLength(3);

    requests.length = 0;
    const second = await pasteAndPreview();
    // Every entry has its note by now (by id, or by title): nothing is searched again.
    expect(requests).toEqual([]);
    expect(second.contentEl.querySelector('.paper-distill-import-headline')?.textContent).toContain('0 new notes, 3 already imported.');
    expect(button('Create 0 notes')?.disabled).toBe(true);
    button('Cancel')?.click();
    expect(openModals()).toHaveLength(0);
    expect(papers(app)).toHaveLength(3);
  });

  it('fills in a note that still holds the empty template, from the preview\'s button', async () => {
    const empty = renderPaperNote(HUMANPLUS, { citation: 'Fu, Z. (2024). HumanPlus.', tags: ['paper'], status: 'to-read', added: '2026-11-01' });
    const log = fixtureLog('log.md');
    const { app, fake } = await startPlugin({ 'Logs/log.md': log, 'Papers/HumanPlus.md': empty });
    fake.commands.get('import-reading-log')?.callback?.();
    const chooser = openModals().at(-1);
    if (!chooser) throw new Error('no chooser');
    await waitFor(() => suggestionTexts(chooser).length > 0, 'suggestions');
    chooseSuggestion(chooser, 'Logs/log.md');
    await settledPreview();
    jest.useFakeTimers();
    try {
      button('Create 4 notes, fill in 1')?.click();
      // The log's other papers are unknown here: their empty answer is asked again (3 + 6 s).
      await jest.advanceTimersByTimeAsync(60_000);
    } finally {
      jest.useRealTimers();
    }
    await waitFor(() => noticeMessages().find((m) => m.includes('1 empty note filled in')), 'the summary');
    const filled = await app.vault.read(app.vault.getFileByPath('Papers/HumanPlus.md')!);
    expect(filled).toContain('> Fu, Z. (2024). HumanPlus.');
    expect(filled).not.toMatch(/## Limitations\n- \n/);
  });

  it.each([
    [3, 0, 'Create 3 notes'],
    [1, 0, 'Create 1 note'],
    [0, 2, 'Fill in 2 notes'],
    [0, 1, 'Fill in 1 note'],
    [4, 1, 'Create 4 notes, fill in 1'],
  ])('labels the button for %i new and %i filled: %s', (create, fill, label) => {
    expect(importButtonText(create, fill)).toBe(label);
  });
});
