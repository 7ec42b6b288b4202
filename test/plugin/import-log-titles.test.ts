/** @jest-environment jsdom */
import type { RequestUrlParam } from 'obsidian';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import { chooseSuggestion, clearNotices, noticeMessages, openModals, resetRequestUrlHandler, setRequestUrlHandler, suggestionTexts, type App } from '../fakes/obsidian';
import { arxivAnswer } from '../support/arxiv-feed';
import { matchesQuery, parseSearchQuery } from '../support/arxiv-search-query';
import { fixtureLog } from '../support/reading-log-checks';
import { startPlugin } from '../support/start-plugin';

const paper = (arxiv: string, title: string) => samplePaper({ arxiv, title, abstract: `What ${title} is about.`, comment: undefined, categories: ['cs.CV'] });
/** The log's entry without a link, as arXiv would title it; and two papers only close to another. */
const ARXIV: PaperMetadata[] = [
  paper('2599.00001', 'The Plenoptic Function and the Elements of Early Vision'),
  paper('2599.00002', 'Contrastive Representation Learning: A Framework and Review'),
  paper('2599.00003', 'Contrastive Representation Learning for Hand Shape Estimation'),
];

/** arXiv in process: `search_query` over ARXIV, ids otherwise; OpenAlex knows nothing. */
function answer(requests: string[]) {
  return (req: RequestUrlParam) => {
    const url = new URL(req.url);
    requests.push(req.url);
    if (url.hostname === 'api.openalex.org') return { status: 200, text: JSON.stringify({ results: [] }) };
    const query = url.searchParams.get('search_query') ?? new URLSearchParams(typeof req.body === 'string' ? req.body : '').get('search_query');
    if (query === null) return arxivAnswer(req.url, ARXIV);
    const hits = ARXIV.filter((p) => matchesQuery(parseSearchQuery(query), p));
    return { status: 200, text: atomFeedXml(hits.map((p) => atomEntryXml(p)), { totalResults: hits.length }) };
  };
}

/** Lets fake time run (arXiv's requests keep 3 s apart) until `probe` holds. */
async function settle<T>(probe: () => T | undefined | null | false, what: string): Promise<T> {
  for (let i = 0; i < 120; i++) {
    const value = probe();
    if (value) return value;
    await jest.advanceTimersByTimeAsync(500);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const previewModal = () => openModals().find((m) => m.titleEl.textContent === 'Import reading log' && m.contentEl.querySelector('ol'));
const button = (label: string) => [...(openModals().at(-1)?.contentEl.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
const papers = (app: App) => app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('Papers/')).sort();
const read = async (app: App, path: string) => app.vault.read(app.vault.getFileByPath(path)!);

describe('command: Import reading log… finds the entries without a link by their title', () => {
  let requests: string[];

  beforeEach(() => {
    requests = [];
    clearNotices();
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    resetRequestUrlHandler();
  });

  async function preview(fake: Awaited<ReturnType<typeof startPlugin>>['fake']) {
    fake.commands.get('import-reading-log')?.callback?.();
    const chooser = openModals().at(-1)!;
    await settle(() => suggestionTexts(chooser).length > 0, 'suggestions');
    chooseSuggestion(chooser, 'Logs/log.md');
    return settle(previewModal, 'the preview');
  }

  it('the preview says how each was found; the note gets arXiv\'s id; the unsure one is named with its candidates', async () => {
    setRequestUrlHandler(answer(requests));
    const { app, fake } = await startPlugin({ 'Logs/log.md': fixtureLog('log.md') });
    const items = [...(await preview(fake)).contentEl.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items.find((t) => t.includes('Plenoptic'))).toContain('The Plenoptic Function and the Elements of Early Vision — arXiv 2599.00001 (exact title match) — new');
    expect(items.find((t) => t.startsWith('Contrastive'))).toMatch(/— no arXiv ID \(not sure: 2 close titles, 2599\.0000[23], 2599\.0000[23]\) — new/);
    expect(papers(app)).toEqual([]);
    // The paced search runs before the preview opens: the reader was told it is under way.
    expect(noticeMessages()).toContainEqual(expect.stringMatching(/^Paper Distill: looking up \d+ papers without a link on arXiv by title…$/));

    button('Create 5 notes')?.click();
    const summary = await settle(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    expect(summary).toContain('Contrastive Representation Learning: not sure which arXiv paper this is: ');
    const plenoptic = await read(app, papers(app).find((p) => p.includes('Plenoptic'))!);
    expect(readFrontmatter(plenoptic)).toMatchObject({ arxiv: '2599.00001', title: 'The Plenoptic Function and the Elements of Early Vision' });
    expect(plenoptic).toContain('What The Plenoptic Function and the Elements of Early Vision is about.');
    expect(readFrontmatter(await read(app, papers(app).find((p) => p.includes('Contrastive'))!))?.arxiv).toBeUndefined();
  });

  it('offline: every note written from the log, the titles queued for the automatic completion', async () => {
    const served = answer(requests);
    setRequestUrlHandler((req: RequestUrlParam) => {
      if (new URL(req.url).searchParams.has('search_query')) throw new Error('net::ERR_INTERNET_DISCONNECTED');
      return served(req);
    });
    const { app, fake, plugin } = await startPlugin({ 'Logs/log.md': fixtureLog('log.md') });
    const items = [...(await preview(fake)).contentEl.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items.filter((t) => t.includes('(arXiv could not be searched'))).toHaveLength(2);
    button('Create 5 notes')?.click();
    const summary = await settle(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    expect(summary).toContain('2 not yet searched on arXiv (title search queued)');
    expect(papers(app)).toHaveLength(5);
    const stored = (plugin as unknown as { storedData: Record<string, unknown> }).storedData;
    expect(stored.pendingTitles).toHaveLength(2);
  }, 30_000);
});
