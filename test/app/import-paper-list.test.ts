import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewLines, summarizeImport } from '../../src/app/import-messages';
import { planListImport } from '../../src/app/import-paper-list';
import { executeImport, planImport, replan, type ImportDeps, type ImportPlan } from '../../src/app/import-reading-log';
import type { ArxivBatch, ArxivClient } from '../../src/app/ports';
import type { ArxivIdString, PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { ok, type Result } from '../../src/core/result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';
import { FakeTitleSearch } from '../support/fake-title-search';
import { MemoryNoteStore } from '../support/memory-note-store';

const sample = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', name), 'utf8');

class KnownArxiv implements ArxivClient {
  readonly calls: ArxivIdString[][] = [];
  constructor(private readonly papers: readonly PaperMetadata[]) {}
  fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> {
    this.calls.push([...ids]);
    const found = new Map(this.papers.filter((p) => ids.includes(p.arxiv)).map((p) => [p.arxiv, p]));
    return Promise.resolve(ok({ found, missing: ids.filter((id) => !found.has(id)) }));
  }
}

const paper = (arxiv: string, title: string) => samplePaper({ arxiv, title, abstract: `Abstract of ${title}.`, categories: ['cs.RO'] });
const CARP = paper('2412.06782', 'CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction');
const DEXGEN = paper('2502.04307', 'DexterityGen: Foundation Controller for Unprecedented Dexterity');

function deps(store: MemoryNoteStore, titles: FakeTitleSearch, arxiv: ArxivClient = new KnownArxiv([])): ImportDeps {
  return { store, arxiv, titles, clock: new FakeClock(), settings: () => DEFAULT_SETTINGS };
}

async function run(plan: ImportPlan, d: ImportDeps) {
  const result = await executeImport(plan, d);
  return summarizeImport(plan, result);
}

jest.setTimeout(30_000);

describe('importing a Hugging Face daily list copied as text', () => {
  it('makes one to-read note per paper, none lost, with every title asked in one search', async () => {
    const store = new MemoryNoteStore();
    const titles = new FakeTitleSearch([CARP, DEXGEN]);
    const d = deps(store, titles);
    const plan = await planListImport(sample('daily-papers.txt'), 'daily-papers', d);
    expect(plan.mode).toBe('hf-daily');
    expect(titles.calls).toHaveLength(1);
    expect(titles.calls[0]).toHaveLength(36);
    const summary = await run(plan, d);
    expect(summary.headline).toBe('Import: 36 notes created.');
    expect(store.files.size).toBe(36);
    const notes = [...store.files.values()].map((t) => ({ t, fm: readFrontmatter(t) ?? {} }));
    expect(notes.every((n) => n.fm.status === 'to-read' && Array.isArray(n.fm.tags) && n.fm.tags.includes('paper'))).toBe(true);
    const carp = notes.find((n) => n.fm.arxiv === CARP.arxiv);
    expect(carp?.fm).toMatchObject({ title: CARP.title, arxiv_version: CARP.version, categories: ['cs.RO'] });
    expect(carp?.t).toContain('> Abstract of CARP');
    const slim = notes.find((n) => n.fm.title === 'SLIM: Skill Learning with Multiple Critics');
    expect(slim?.fm.arxiv).toBeUndefined();
    expect(slim?.t).toContain('> [!abstract]- Abstract\n> Self-supervised skill learning aims');
    expect(slim?.t).toMatch(/## General Idea\n- \n/);
  });

  it('says how each paper was found in the preview', async () => {
    const store = new MemoryNoteStore();
    const titles = new FakeTitleSearch([CARP]);
    const lines = previewLines(await planListImport(sample('daily-papers.txt'), 'daily-papers', deps(store, titles)));
    expect(lines).toContain(`8. ${CARP.title} (2 upvotes) — arXiv ${CARP.arxiv} (exact title match) — new`);
    expect(lines).toContain('6. SLIM: Skill Learning with Multiple Critics — no arXiv ID (not found on arXiv) — new');
    expect(store.files.size).toBe(0);
  });

  it('writes nothing when run again: every paper is reported as already in the vault', async () => {
    const store = new MemoryNoteStore();
    const d = deps(store, new FakeTitleSearch([CARP]));
    await run(await planListImport(sample('daily-papers.txt'), 'daily-papers', d), d);
    const before = new Map(store.files);
    const again = await run(await planListImport(sample('daily-papers.txt'), 'daily-papers', d), d);
    expect(again.headline).toBe('Import: 0 notes created, 36 already in the vault.');
    expect(store.files).toEqual(before);
  });

  it('offline, keeps every paper as a note without an id and says why', async () => {
    const store = new MemoryNoteStore();
    const titles = new FakeTitleSearch([CARP]);
    titles.offline = true;
    const plan = await planListImport(sample('daily-papers.txt'), 'daily-papers', deps(store, titles));
    expect(previewLines(plan)).toContain(`8. ${CARP.title} (2 upvotes) — no arXiv ID (arXiv could not be searched: arXiv could not be reached.) — new`);
    await run(plan, deps(store, titles));
    expect(store.files.size).toBe(36);
  });
});

describe('importing a channel digest', () => {
  it('makes one note per post with the commentary once under "Notes from <source>"', async () => {
    const store = new MemoryNoteStore();
    const pi0 = paper('2410.24164', 'π0: A Vision-Language-Action Flow Model for General Robot Control');
    const d = deps(store, new FakeTitleSearch([pi0]));
    const summary = await run(await planListImport(sample('channel-digest.txt'), 'channel-digest', d), d);
    expect(summary.headline).toBe('Import: 2 notes created.');
    const notes = [...store.files.values()];
    const pi0Note = notes.find((t) => readFrontmatter(t)?.arxiv === '2410.24164') ?? '';
    expect(pi0Note).toContain('## Notes from channel-digest\nrobot foundational models go brrrr\nSequioa Capital');
    expect(pi0Note.split('robot foundational models go brrrr')).toHaveLength(2);
    const kinetix = notes.find((t) => t !== pi0Note) ?? '';
    expect(readFrontmatter(kinetix)).toMatchObject({ title: 'Kinetix: Investigating the Training of General Agents through Open-Ended Physics-Based Control Tasks', status: 'to-read' });
    expect(kinetix).not.toMatch(/👀|👍/);
  });
});

describe('importing a list of one-line entries', () => {
  const list = '- 🌟(BP of CoRL 2024)Robot Title Number One [arxiv][website][dataset✅]. Learns from people.\n- A Second Paper Title [arxiv]. Short summary.\n';

  it('keeps the summary as tldr, 🌟 as the rating, the flags and the award', async () => {
    const store = new MemoryNoteStore();
    const d = deps(store, new FakeTitleSearch([paper('2501.00001', 'Robot Title Number One')]));
    const plan = await planListImport(list, 'list', d);
    expect(previewLines(plan)[2]).toBe("   tldr: Learns from people. · rating: recommended (🌟) · resources: arxiv, website, dataset✅ · remarks: BP of CoRL 2024 · arXiv's metadata");
    await run(plan, d);
    const fm = [...store.files.values()].map((t) => readFrontmatter(t) ?? {});
    expect(fm.find((f) => f.arxiv === '2501.00001')).toMatchObject({
      tldr: 'Learns from people.',
      rating: 5,
      resources: ['arxiv', 'website', 'dataset✅'],
      remarks: ['BP of CoRL 2024'],
      status: 'to-read',
    });
    expect(fm.find((f) => f.title === 'A Second Paper Title')).toMatchObject({ tldr: 'Short summary.', tags: ['paper'] });
  });

  it('lets the reader choose among close titles', async () => {
    const store = new MemoryNoteStore();
    const titles = new FakeTitleSearch([]);
    const a = paper('2501.00002', 'A Second Paper Title Revisited');
    const b = paper('2501.00003', 'A Second Paper Title, Again');
    titles.close.set('a second paper title', [a, b]);
    const d = deps(store, titles);
    const plan = await planListImport(list, 'list', d);
    expect(previewLines(plan)).toContain('2. A Second Paper Title — no arXiv ID (not sure: 2 close titles, 2501.00002, 2501.00003) — new');
    const chosen = await replan(plan, new Map([[2, '2501.00003']]), d);
    expect(previewLines(chosen)).toContain('2. A Second Paper Title, Again — arXiv 2501.00003 (chosen) — new');
    await run(chosen, d);
    expect([...store.files.values()].some((t) => readFrontmatter(t)?.arxiv === '2501.00003')).toBe(true);
  });
});

describe('a reading log given to the list import', () => {
  it('imports as a reading log', async () => {
    const store = new MemoryNoteStore();
    const d = deps(store, new FakeTitleSearch([]));
    const plan = await planListImport(sample('reading-log.md'), 'reading-log', d);
    expect(plan.kind).toBe('log');
    expect(plan.entries).toHaveLength(26);
    void planImport;
  });
});
