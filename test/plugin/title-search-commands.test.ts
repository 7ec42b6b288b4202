/** @jest-environment jsdom */
import type { RequestUrlParam } from 'obsidian';
import { parseAtomFeed } from '../../src/core/arxiv/atom';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { atomFeedXml } from '../builders/atom';
import { titleCorpusXml } from '../builders/title-corpus';
import { clearNotices, noticeMessages, openModals, resetRequestUrlHandler, setRequestUrlHandler, type App } from '../fakes/obsidian';
import type { SuggestModal } from '../fakes/obsidian-suggest';
import { arxivSearchAnswer } from '../support/arxiv-search-answer';
import { startPlugin } from '../support/start-plugin';
import { waitFor } from '../support/wait-for';

const feed = parseAtomFeed(atomFeedXml(titleCorpusXml()));
const PAPERS: readonly PaperMetadata[] = feed.ok ? feed.value.entries : [];

function paperNotes(app: App): string[] {
  return app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.endsWith('.md'));
}

describe('titles in Obsidian', () => {
  let requests: RequestUrlParam[];
  beforeEach(() => {
    requests = [];
    for (const m of openModals()) m.close();
    clearNotices();
    setRequestUrlHandler((req) => {
      requests.push(req);
      return arxivSearchAnswer(req, PAPERS);
    });
  });
  afterEach(() => resetRequestUrlHandler());

  async function submit(text: string) {
    const started = await startPlugin();
    started.fake.commands.get('new-paper-note-from-arxiv-link')?.callback?.();
    const modal = openModals().at(-1);
    const area = modal?.contentEl.querySelector('textarea');
    if (!modal || !area) throw new Error('the link modal did not open');
    area.value = text;
    area.dispatchEvent(new Event('input'));
    [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Create notes')?.click();
    return started;
  }

  it('the link modal takes titles, one per line, beside links: confident matches become notes in one search', async () => {
    const { app } = await submit('8-bit optimizers via block-wise quantization.\nπ0: A Vision-Language-Action Flow Model for General Robot Control\nA Treatise on Teapots Nobody Wrote');
    // The words query waits its 3 s turn after the phrase query.
    await waitFor(() => paperNotes(app).length === 2 || undefined, 'two notes', 3_000);
    const searches = requests.filter((r) => r.url.includes('search_query') || (typeof r.body === 'string' && r.body.includes('search_query')));
    // One phrase query for all three titles, one words query for the title that found nothing.
    expect(searches).toHaveLength(2);
    await waitFor(() => noticeMessages().some((m) => m.includes('No arXiv paper has a title like "A Treatise on Teapots Nobody Wrote"')) || undefined, 'the not-found notice');
    expect(requests.filter((r) => r.url.includes('id_list'))).toHaveLength(0);
  }, 20_000);

  it('searches only the title lines of a submission; a link elsewhere and a lone word stay "not recognised"', async () => {
    const { app } = await submit('https://github.com/foo/bar\nabc\n- 8-bit optimizers via block-wise quantization.');
    await waitFor(() => paperNotes(app).length === 1 || undefined, 'the note');
    expect(await app.vault.read(app.vault.getMarkdownFiles()[0])).toContain('arxiv: "2110.02861"');
    const message = await waitFor(() => noticeMessages().find((m) => m.includes('not recognised')), 'the notice');
    expect(message).toContain('1 created, 2 not recognised.');
    expect(message).toMatch(/Not an arXiv link: "https:\/\/github.com\/foo\/bar"/);
    const searched = requests.map((r) => decodeURIComponent(`${r.url} ${typeof r.body === 'string' ? r.body : ''}`)).filter((u) => u.includes('search_query'));
    expect(searched).toHaveLength(1);
    expect(searched[0]).toContain('ti:"8 bit optimizers via block wise quantization"');
    expect(searched[0]).not.toMatch(/github|abc/);
  });

  it('an ambiguous title opens a chooser with title, authors, year and id; the choice becomes the note', async () => {
    const { app } = await submit('Diffusion Policy');
    await waitFor(() => openModals().some((m) => m.modalEl.querySelector('.paper-distill-title-candidate') !== null) || undefined, 'the chooser');
    const chooser = openModals().at(-1) as unknown as SuggestModal<PaperMetadata>;
    const item = chooser.resultContainerEl.querySelector('.suggestion-item');
    expect(item?.textContent).toContain('Diffusion Policy: Visuomotor Policy Learning via Action Diffusion');
    expect(item?.textContent).toContain('Cheng Chi, Shuran Song · 2023 · 2303.04137');
    (item as HTMLElement).click();
    await waitFor(() => paperNotes(app).length === 1 || undefined, 'the note');
    expect(await app.vault.read(app.vault.getMarkdownFiles()[0])).toContain('arxiv: "2303.04137"');
  });

  it('"Find paper on arXiv…" searches as you type, once per pause, and creates the chosen paper', async () => {
    const { app, fake } = await startPlugin();
    fake.commands.get('find-paper-on-arxiv')?.callback?.();
    const modal = openModals().at(-1) as unknown as SuggestModal<PaperMetadata>;
    for (const text of ['Atten', 'Attention is', 'Attention is all you need']) {
      modal.inputEl.value = text;
      modal.inputEl.dispatchEvent(new Event('input'));
    }
    await modal.settled();
    await waitFor(() => modal.suggestions().length > 0 || undefined, 'suggestions');
    // The keystrokes before the pause were cancelled before they reached arXiv.
    const searched = requests.filter((r) => r.url.includes('search_query')).map((r) => decodeURIComponent(r.url));
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((u) => u.includes('ti:"attention is all you need"'))).toBe(true);
    expect(modal.suggestions().map((p) => p.arxiv)).toEqual(['1706.03762']);
    (modal.resultContainerEl.querySelector('.suggestion-item') as HTMLElement).click();
    await waitFor(() => paperNotes(app).length === 1 || undefined, 'the note');
    // The note needs no id lookup: the search brought the metadata.
    expect(requests.filter((r) => r.url.includes('id_list'))).toHaveLength(0);
  });

  it('a title typed while arXiv is unreachable is kept as a queued note, and the automatic completion makes it the full note', async () => {
    let online = false;
    setRequestUrlHandler((req) => {
      requests.push(req);
      if (!online) throw new Error('net::ERR_INTERNET_DISCONNECTED');
      return arxivSearchAnswer(req, PAPERS);
    });
    jest.useFakeTimers();
    try {
      const { app, plugin } = await submit('Attention Is All You Need');
      await jest.advanceTimersByTimeAsync(90_000);
      expect(paperNotes(app)).toEqual(['Papers/Attention Is All You Need.md']);
      const file = () => app.vault.getMarkdownFiles()[0];
      expect(await app.vault.read(file())).toContain('> Title search pending: "Attention Is All You Need".');
      const stored = () => (plugin as unknown as { storedData: Record<string, unknown> }).storedData;
      expect(stored().pendingTitles).toEqual([{ id: 'Papers/Attention Is All You Need.md', path: 'Papers/Attention Is All You Need.md', queuedAt: expect.any(String) as unknown }]);
      expect(noticeMessages().join('\n')).toContain('Queued for later: Papers/Attention Is All You Need.md ("Attention Is All You Need")');
      // The reader writes in the note before arXiv comes back.
      await app.vault.process(file(), (t) => t.replace('## General Idea\n- \n', '## General Idea\n- Attention only.\n'));
      online = true;
      await jest.advanceTimersByTimeAsync(10 * 60_000 + 1_000);
      const text = await app.vault.read(file());
      expect(text).toContain('arxiv: "1706.03762"');
      expect(text).toContain('- Attention only.\n');
      expect(text).not.toContain('Title search pending');
      expect(paperNotes(app)).toEqual(['Papers/Attention Is All You Need.md']);
      expect(stored().pendingTitles).toEqual([]);
      expect(noticeMessages().join('\n')).toContain('filled in 1 paper note created while arXiv was unreachable');
    } finally {
      jest.useRealTimers();
    }
  });
});
