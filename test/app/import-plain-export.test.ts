import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeImport } from '../../src/app/import-messages';
import { executeImport, planImport, type ImportDeps } from '../../src/app/import-reading-log';
import type { ArxivBatch, ArxivClient } from '../../src/app/ports';
import type { ArxivIdString, PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { ok, type Result } from '../../src/core/result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';
import { FakeTitleSearch } from '../support/fake-title-search';
import { MemoryNoteStore } from '../support/memory-note-store';
import { fixtureLog, rawEntries } from '../support/reading-log-checks';

const markdown = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', 'reading-log.md'), 'utf8');
/** The sample log as a plain-text export leaves it (written for these tests from the Markdown sample). */
const plain = fixtureLog('sample-plain-export.txt');

class KnownArxiv implements ArxivClient {
  constructor(private readonly papers: readonly PaperMetadata[]) {}
  fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> {
    const found = new Map(this.papers.filter((p) => ids.includes(p.arxiv)).map((p) => [p.arxiv, p]));
    return Promise.resolve(ok({ found, missing: ids.filter((id) => !found.has(id)) }));
  }
}

/** arXiv as the tests know it: the sample's papers with their arXiv ids and titles. */
const ARXIV = [
  ['2406.10454', 'HumanPlus: Humanoid Shadowing and Imitation from Humans'],
  ['2210.03370', 'GNM: A General Navigation Model to Drive Any Robot'],
  ['2409.05864', 'Neural MP: A Generalist Neural Motion Planner'],
  ['2406.09246', 'OpenVLA: An Open-Source Vision-Language-Action Model'],
  ['2410.04640', 'Unpacking Failure Modes of Generative Policies: Runtime Monitoring of Consistency and Progress'],
  ['2410.24164', 'π0: A Vision-Language-Action Flow Model for General Robot Control'],
  ['2410.01201', 'Were RNNs All We Needed?'],
].map(([arxiv, title]) => samplePaper({ arxiv, title, categories: ['cs.RO'], abstract: `About ${title}.` }));

function deps(store: MemoryNoteStore, titles = new FakeTitleSearch(ARXIV)): ImportDeps {
  return { store, arxiv: new KnownArxiv(ARXIV), titles, clock: new FakeClock(), settings: () => DEFAULT_SETTINGS };
}

async function importText(text: string, d: ImportDeps) {
  const plan = await planImport(text, d);
  return { plan, summary: summarizeImport(plan, await executeImport(plan, d)) };
}

const notesOf = (store: MemoryNoteStore) => [...store.files.values()].map((text) => ({ text, fm: readFrontmatter(text) ?? {} }));

jest.setTimeout(30_000);

describe('the plain-text export of the sample reading log', () => {
  it('imports every paper of the log, each once, with its topic and never topic/utilities', async () => {
    const store = new MemoryNoteStore();
    const { plan, summary } = await importText(plain, deps(store));
    expect(plan.mode).toBe('plain');
    expect(summary.headline).toMatch(new RegExp(`^Import: ${rawEntries(markdown).length} notes created`));
    const notes = notesOf(store);
    expect(notes).toHaveLength(26);
    const tags = notes.flatMap((n) => (Array.isArray(n.fm.tags) ? (n.fm.tags as unknown[]) : []));
    expect(tags).not.toContain('topic/utilities');
    expect(notes.filter((n) => (n.fm.tags as string[]).includes('topic/robotics'))).toHaveLength(22);
    expect(notes.filter((n) => (n.fm.tags as string[]).includes('topic/fundamental-research-of-ai'))).toHaveLength(4);
  });

  it('maps the labels standing on their own lines to the template sections', async () => {
    const store = new MemoryNoteStore();
    await importText(plain, deps(store));
    const human = notesOf(store).find((n) => n.fm.arxiv === '2406.10454');
    expect(human?.text).toMatch(/## General Idea\n- X-embodiment Shadow policy/);
    expect(human?.text).toMatch(/## Limitations\n- Fixed mapping/);
    expect(human?.text).toMatch(/## Utilities\n- Human pose paramatrization model: SMPL-X/);
    expect(human?.text).toMatch(/## Some technical points\n- During shadow policy training/);
    expect(human?.text).not.toMatch(/^-$/m);
  });

  it('takes 🌟, the award, the flags and the summary of the one-line entries at the top', async () => {
    const store = new MemoryNoteStore();
    await importText(plain, deps(store));
    const notes = notesOf(store);
    expect(notes.find((n) => n.fm.arxiv === '2406.10454')?.fm).toMatchObject({
      rating: 5,
      remarks: ['BP of CoRL 2024'],
      resources: ['arxiv', 'website', 'dataset✅'],
      tldr: 'A humanoid learns whole-body skills by shadowing a person.',
    });
    expect(notes.find((n) => n.fm.arxiv === '2410.24164')?.fm).toMatchObject({ rating: 5, tldr: 'A VLM with a flow-matching action expert, pre-trained on many robots.' });
    expect(notes.find((n) => n.fm.arxiv === '2306.14447')?.fm).toMatchObject({ remarks: ['Best Systems Paper, CoRL 2023'] });
  });

  it("uses arXiv's title for a paper found by its citation's title, and never cuts a title at (Vol. 2).", async () => {
    const store = new MemoryNoteStore();
    await importText(plain, deps(store));
    const notes = notesOf(store);
    expect(notes.find((n) => n.fm.arxiv === '2210.03370')?.fm.title).toBe('GNM: A General Navigation Model to Drive Any Robot');
    expect(notes.map((n) => n.fm.title)).toContain('The Plenoptic Function and the Elements of Early Vision');
  });

  it('over the Markdown import of the same log, creates nothing and reports no false "changed since import"', async () => {
    const store = new MemoryNoteStore();
    const d = deps(store);
    const first = await importText(markdown, d);
    expect(first.summary.headline).toMatch(/^Import: 26 notes created/);
    const before = new Map(store.files);
    const { summary } = await importText(plain, d);
    expect(summary.headline).toBe('Import: 0 notes created, 26 already imported.');
    expect(store.files).toEqual(before);
  });

  it('offline, over the Markdown import, still matches the papers whose links the export lost by title', async () => {
    const store = new MemoryNoteStore();
    await importText(markdown, deps(store));
    const offline = new FakeTitleSearch(ARXIV);
    offline.offline = true;
    const { summary } = await importText(plain, deps(store, offline));
    expect(summary.headline).toBe('Import: 0 notes created, 26 already imported.');
  });
});
