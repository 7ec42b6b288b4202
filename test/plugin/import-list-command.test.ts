/** @jest-environment jsdom */
import type { RequestUrlParam } from 'obsidian';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
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
import { matchesQuery, parseSearchQuery } from '../support/arxiv-search-query';
import { startPlugin } from '../support/start-plugin';

const paper = (arxiv: string, title: string) => samplePaper({ arxiv, title, abstract: `Abstract of ${title}.`, categories: ['cs.RO'] });
const CARP = paper('2412.06782', 'CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction');
const DEXGEN = paper('2502.04307', 'DexterityGen: Foundation Controller for Unprecedented Dexterity');
const DECOY = paper('2501.00001', 'CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction for Quadrupeds');
const HOVER = paper('2410.21229', 'HOVER: Versatile Neural Whole-Body Controller for Humanoid Robots');
const ARXIV = [CARP, DEXGEN, DECOY, HOVER];

const LIST = [
  '- 🌟(BP of CoRL 2024)CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction [arxiv][website]. Coarse-to-fine action prediction.',
  '- DexterityGen: Foundation Controller for Unprecedented Dexterity [arxiv](https://arxiv.org/abs/2502.04307)[dataset✅]. A controller for dexterous hands.',
  '- Teaching Robots To Juggle Invisible Teacups [website]. Nobody wrote this one.',
].join('\n');

/** The daily_papers answer of Hugging Face for 2025-01-31, as its API shapes it. */
const DAILY = [HOVER, CARP].map((p, i) => ({ paper: { id: p.arxiv, title: p.title, summary: p.abstract, upvotes: [42, 7][i] }, title: p.title }));

/** OpenAlex's work for CARP: published at CoRL. */
const CARP_WORK = {
  id: 'https://openalex.org/W4405',
  doi: 'https://doi.org/10.48550/arxiv.2412.06782',
  cited_by_count: 37,
  primary_location: { source: { display_name: 'Conference on Robot Learning', type: 'conference' } },
};

/** arXiv (ids and `search_query`, GET or POST) and Hugging Face's daily list, answered in process. */
function answer(requests: string[]) {
  return (req: RequestUrlParam) => {
    const url = new URL(req.url);
    requests.push(`${req.method ?? 'GET'} ${url.origin}${url.pathname}`);
    if (url.pathname === '/api/daily_papers') {
      return { status: 200, text: JSON.stringify(url.searchParams.get('date') === '2025-01-31' ? DAILY : []) };
    }
    if (url.hostname === 'huggingface.co') return { status: 404, text: '{"error":"Not found"}' };
    if (url.hostname === 'api.openalex.org') return { status: 200, text: JSON.stringify({ results: url.searchParams.get('filter')?.includes('arxiv.2412.06782') ? [CARP_WORK] : [] }) };
    const query = url.searchParams.get('search_query') ?? new URLSearchParams(typeof req.body === 'string' ? req.body : '').get('search_query');
    if (query === null) return arxivAnswer(req.url, ARXIV);
    const tree = parseSearchQuery(query);
    const hits = ARXIV.filter((p: PaperMetadata) => matchesQuery(tree, p));
    return { status: 200, text: atomFeedXml(hits.map((p) => atomEntryXml(p)), { totalResults: hits.length }) };
  };
}

/** Lets fake time run (the polite queue keeps arXiv requests 3 s apart) until `probe` holds. */
async function settle<T>(probe: () => T | undefined | null | false, what: string): Promise<T> {
  for (let i = 0; i < 240; i++) {
    const value = probe();
    if (value) return value;
    await jest.advanceTimersByTimeAsync(500);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const modalTitled = (title: string) => openModals().find((m) => m.titleEl.textContent === title && m.contentEl.querySelector('ol'));
const lastModal = () => openModals().at(-1);
const button = (label: string) => [...(lastModal()?.contentEl.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
const papers = (app: App) => app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('Papers/')).sort();
const read = async (app: App, path: string) => readFrontmatter(await app.vault.read(app.vault.getFileByPath(path)!));

describe('commands: Import paper list… and Import Hugging Face daily papers…', () => {
  let requests: string[];

  beforeEach(() => {
    requests = [];
    clearNotices();
    setRequestUrlHandler(answer(requests));
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    resetRequestUrlHandler();
  });

  async function pasteList(fake: Awaited<ReturnType<typeof startPlugin>>['fake'], text: string) {
    fake.commands.get('import-paper-list')?.callback?.();
    const chooser = lastModal()!;
    await settle(() => suggestionTexts(chooser).length > 0, 'suggestions');
    expect(suggestionTexts(chooser)[0]).toBe('Paste the list instead…');
    chooseSuggestion(chooser, 'Paste the list instead…');
    const area = lastModal()?.contentEl.querySelector('textarea');
    if (!area) throw new Error('no paste box');
    area.value = text;
    area.dispatchEvent(new Event('input'));
    button('Preview import')?.click();
    return settle(() => modalTitled('Import paper list'), 'the preview');
  }

  it('previews a pasted list with how each paper was found, then writes to-read notes that keep what the list says', async () => {
    const { app, fake } = await startPlugin({});
    expect(fake.commands.get('import-paper-list')?.name).toBe('Import paper list…');
    const preview = await pasteList(fake, LIST);
    const items = [...preview.contentEl.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-found'))).toEqual(['title', 'id', 'none']);
    expect(items[0]?.textContent).toContain('CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction 🌟 — arXiv 2412.06782 (exact title match) — new');
    expect(items[0]?.textContent).toContain('tldr: Coarse-to-fine action prediction. · rating: recommended (🌟) · resources: arxiv, website · remarks: BP of CoRL 2024');
    expect(items[1]?.textContent).toContain('— arXiv 2502.04307 — new');
    expect(items[2]?.textContent).toContain('Teaching Robots To Juggle Invisible Teacups — no arXiv ID (not found on arXiv) — new');
    // Only the search was sent so far; nothing is written before the reader confirms.
    expect(requests.every((r) => r.startsWith('GET https://export.arxiv.org') || r.startsWith('POST https://export.arxiv.org'))).toBe(true);
    expect(papers(app)).toEqual([]);

    const searches = requests.length;
    button('Create 3 notes')?.click();
    await settle(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    expect(noticeMessages().find((m) => m.startsWith('Paper Distill: Import'))).toContain('Import: 3 notes created');
    // The title match brought CARP's metadata: only DexterityGen is fetched, in one request.
    expect(requests.slice(searches).filter((r) => r.includes('export.arxiv.org'))).toHaveLength(1);
    // And one OpenAlex request for both papers with an id, the one found by title included.
    expect(requests.slice(searches).filter((r) => r.includes('api.openalex.org'))).toEqual(['GET https://api.openalex.org/works']);
    expect(papers(app)).toHaveLength(3);

    const carp = await read(app, papers(app).find((p) => p.startsWith('Papers/CARP'))!);
    expect(carp).toMatchObject({
      arxiv: '2412.06782',
      title: CARP.title,
      status: 'to-read',
      rating: 5,
      tldr: 'Coarse-to-fine action prediction.',
      resources: ['arxiv', 'website'],
      remarks: ['BP of CoRL 2024'],
      venue: 'Conference on Robot Learning',
      venue_type: 'conference',
      citations: 37,
      openalex: 'W4405',
    });
    const dex = await read(app, papers(app).find((p) => p.startsWith('Papers/DexterityGen'))!);
    expect(dex).toMatchObject({ arxiv: '2502.04307', title: DEXGEN.title, status: 'to-read', tldr: 'A controller for dexterous hands.', resources: ['arxiv', 'dataset✅'] });
    expect(dex?.rating).toBeUndefined();
    expect(dex?.citations).toBeUndefined(); // OpenAlex does not know it
    const ghostPath = papers(app).find((p) => p.includes('Juggle'))!;
    const ghost = await read(app, ghostPath);
    expect(ghost).toMatchObject({ title: 'Teaching Robots To Juggle Invisible Teacups', tags: ['paper'], status: 'to-read', tldr: 'Nobody wrote this one.' });
    expect(ghost?.arxiv).toBeUndefined();

    // Again: every paper is already there (the one without an id by its title); nothing is written.
    const before = await Promise.all(papers(app).map((p) => app.vault.read(app.vault.getFileByPath(p)!)));
    const again = await pasteList(fake, LIST);
    expect([...again.contentEl.querySelectorAll('li')].map((li) => li.getAttribute('data-action'))).toEqual(['exists', 'exists', 'exists']);
    expect(button('Create 0 notes')?.disabled).toBe(true);
    button('Cancel')?.click();
    expect(await Promise.all(papers(app).map((p) => app.vault.read(app.vault.getFileByPath(p)!)))).toEqual(before);
   }, 30_000);

  it('offline, writes every paper of the list as a note, queues the titles, and the automatic completion finds them on arXiv', async () => {
    let online = false;
    const served = answer(requests);
    setRequestUrlHandler((req: RequestUrlParam) => {
      if (!online && new URL(req.url).hostname === 'export.arxiv.org') throw new Error('net::ERR_INTERNET_DISCONNECTED');
      return served(req);
    });
    const { app, fake, plugin } = await startPlugin({});
    const preview = await pasteList(fake, LIST);
    expect([...preview.contentEl.querySelectorAll('li')].map((li) => li.getAttribute('data-found'))).toEqual(['unreachable', 'id', 'unreachable']);
    button('Create 3 notes')?.click();
    const summary = await settle(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    expect(summary).toContain('Import: 3 notes created, 1 without arXiv metadata yet (metadata queued), 2 not yet searched on arXiv (title search queued).');
    expect(papers(app)).toHaveLength(3);
    const stored = () => (plugin as unknown as { storedData: Record<string, unknown> }).storedData;
    expect(stored().pendingTitles).toHaveLength(2);

    online = true;
    await jest.advanceTimersByTimeAsync(10 * 60_000 + 1_000);
    await settle(() => (stored().pendingTitles as unknown[]).length === 0, 'the title queue to empty');
    expect(papers(app)).toHaveLength(3);
    const carp = await read(app, papers(app).find((p) => p.startsWith('Papers/CARP'))!);
    expect(carp).toMatchObject({ arxiv: CARP.arxiv, title: CARP.title, rating: 5, tldr: 'Coarse-to-fine action prediction.', remarks: ['BP of CoRL 2024'] });
    const ghost = await app.vault.read(app.vault.getFileByPath(papers(app).find((p) => p.includes('Juggle'))!)!);
    expect(readFrontmatter(ghost)?.arxiv).toBeUndefined();
    expect(ghost).not.toContain('Title search pending');
  }, 30_000);

  it('keeps a digest post\'s commentary under "Notes from <note name>" when the list is a note of the vault', async () => {
    const digest = ['Teaching Robots To Juggle Invisible Teacups', 'Очень смелая работа про жонглирование.', 'Стоит прочитать.', '👀LINK', '👍5 2'].join('\n');
    const { app, fake } = await startPlugin({ 'Lists/Robot channel.md': digest });
    fake.commands.get('import-paper-list')?.callback?.();
    const chooser = lastModal()!;
    await settle(() => suggestionTexts(chooser).length > 0, 'suggestions');
    chooseSuggestion(chooser, 'Lists/Robot channel.md');
    const preview = await settle(() => modalTitled('Import paper list'), 'the preview');
    expect(preview.contentEl.querySelector('li')?.textContent).toContain('## Notes from Robot channel (2 lines)');
    button('Create 1 note')?.click();
    await settle(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    const text = await app.vault.read(app.vault.getFileByPath(papers(app)[0])!);
    expect(text).toContain('## Notes from Robot channel\nОчень смелая работа про жонглирование.\nСтоит прочитать.\n');
    expect(text).not.toContain('👍');
  });

  it('shows the day\'s Hugging Face papers with upvotes, nothing ticked; one ticked paper makes one note, and a re-run writes nothing', async () => {
    const { app, fake } = await startPlugin({});
    expect(fake.commands.get('import-hf-daily')?.name).toBe('Import Hugging Face daily papers…');
    const openDay = async () => {
      fake.commands.get('import-hf-daily')?.callback?.();
      const input = lastModal()?.contentEl.querySelector('input');
      if (!input) throw new Error('no day field');
      input.value = '2025-01-31';
      input.dispatchEvent(new Event('input'));
      button('Show papers')?.click();
      return settle(() => modalTitled('Hugging Face daily papers, 2025-01-31'), 'the preview');
    };
    const preview = await openDay();
    expect(requests).toEqual(['GET https://huggingface.co/api/daily_papers']);
    const items = [...preview.contentEl.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining(`${HOVER.title} (42 upvotes) — arXiv 2410.21229 — new`),
      expect.stringContaining(`${CARP.title} (7 upvotes) — arXiv 2412.06782 — new`),
    ]);
    const boxes = [...preview.contentEl.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual([false, false]);
    expect(button('Create 0 notes')?.disabled).toBe(true);

    boxes[1].checked = true;
    boxes[1].dispatchEvent(new Event('change'));
    button('Create 1 note')?.click();
    await settle(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Import')), 'the summary');
    expect(noticeMessages().find((m) => m.startsWith('Paper Distill: Import'))).toContain('Import: 1 note created');
    expect(papers(app)).toHaveLength(1);
    expect(await read(app, papers(app)[0])).toMatchObject({ arxiv: '2412.06782', title: CARP.title, status: 'to-read' });
    expect(requests.filter((r) => r.includes('export.arxiv.org'))).toHaveLength(1);

    const before = await app.vault.read(app.vault.getFileByPath(papers(app)[0])!);
    const again = await openDay();
    expect([...again.contentEl.querySelectorAll('li')].map((li) => li.getAttribute('data-action'))).toEqual(['create', 'exists']);
    expect(again.contentEl.querySelectorAll('input[type=checkbox]')).toHaveLength(1);
    expect(button('Create 0 notes')?.disabled).toBe(true);
    button('Cancel')?.click();
    expect(papers(app)).toHaveLength(1);
    expect(await app.vault.read(app.vault.getFileByPath(papers(app)[0])!)).toBe(before);
  });

  it('says so when Hugging Face lists no papers for the day, and writes nothing', async () => {
    const { app, fake } = await startPlugin({});
    fake.commands.get('import-hf-daily')?.callback?.();
    const input = lastModal()?.contentEl.querySelector('input');
    input!.value = '2025-02-01';
    input!.dispatchEvent(new Event('input'));
    button('Show papers')?.click();
    const notice = await settle(() => noticeMessages().find((m) => m.includes('no daily papers')), 'the notice');
    expect(notice).toBe('Paper Distill: Hugging Face lists no daily papers for 2025-02-01.');
    expect(papers(app)).toEqual([]);
  });
});
