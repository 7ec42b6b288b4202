import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCitationEngine } from '../../src/app/citation-engine';
import { completePendingTitles } from '../../src/app/complete-titles';
import { summarizeImport } from '../../src/app/import-messages';
import { MemoryPendingStore, PendingQueue } from '../../src/app/pending-queue';
import { executeImport, planImport, titleKey, type ImportDeps } from '../../src/app/import-reading-log';
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

/** Reshapes of the export that plain-text copies produce; every one holds the same 26 papers. */
const lines = plain.split('\n');
const at = (text: string) => {
  const i = lines.indexOf(text);
  if (i < 0) throw new Error(`the fixture has no line ${text}`);
  return i;
};
const ONE_LINERS = [1, at('Robotics')] as const;
const oneLiners = lines.slice(...ONE_LINERS);
const withoutOneLiners = [lines[0], ...lines.slice(ONE_LINERS[1])];
const insertAfter = (list: readonly string[], line: string, added: readonly string[]) => {
  const i = list.indexOf(line);
  return [...list.slice(0, i + 1), ...added, ...list.slice(i + 1)];
};
/** The HOVER entry (no citation) moved to be the first entry of the log. */
function hoverFirst(): string[] {
  const from = at('HOVER: Versatile Neural Whole-Body Controller for Humanoid Robots');
  const to = lines.indexOf('Utilities', from) + 1;
  const rest = [...lines.slice(0, from), ...lines.slice(to)];
  return insertAfter(rest, 'Robotics', lines.slice(from, to));
}
const VARIANTS: [string, () => string][] = [
  ['as exported', () => plain],
  ['without the log title line', () => lines.slice(1).join('\n')],
  ['with the first entry losing its citation line', () => plain.replace(/^Fu, Z\..*\n/m, '')],
  ['with an entry without a citation first', () => hoverFirst().join('\n')],
  ['with the one-line list under the second topic', () => insertAfter(withoutOneLiners, 'Fundamental Research of AI', oneLiners).join('\n')],
  ['with the one-line list at the end', () => [...withoutOneLiners, ...oneLiners].join('\n')],
  ['with Windows line ends', () => plain.replace(/\n/g, '\r\n')],
  ['double-spaced (a blank line after every line)', () => plain.split('\n').join('\n\n')],
];

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

  it.each(VARIANTS)('%s: every paper present once, with its topic, 🌟 rated, sections mapped', async (_name, text) => {
    const store = new MemoryNoteStore();
    const { summary } = await importText(text(), deps(store));
    expect(summary.headline).toMatch(/^Import: 26 notes created/);
    const notes = notesOf(store);
    const titles = notes.map((n) => n.fm.title as string);
    expect(new Set(titles).size).toBe(26);
    // Each entry of the Markdown log is a note: by the arXiv id it cites, or by its title.
    const missing = rawEntries(markdown).filter((entry) => {
      const cited = /arXiv:(\d{4}\.\d{4,5})|arxiv\.org\/pdf\/(\d{4}\.\d{4,5})/.exec([entry.title, ...entry.lines].join('\n'));
      const id = cited === null ? null : (cited[1] ?? cited[2]);
      const title = titleKey(entry.title.replace(/^\[(.*)\]\(.*\)$/, '$1'));
      return !notes.some((n) => (id !== null && n.fm.arxiv === id) || titleKey(String(n.fm.title)) === title);
    });
    expect(missing.map((e) => e.title)).toEqual([]);
    const tagged = (tag: string) => notes.filter((n) => (n.fm.tags as string[]).includes(tag)).length;
    expect([tagged('topic/robotics'), tagged('topic/fundamental-research-of-ai'), tagged('topic/utilities')]).toEqual([22, 4, 0]);
    const byId = (id: string) => notes.find((n) => n.fm.arxiv === id);
    expect(byId('2406.10454')?.fm).toMatchObject({ rating: 5, tldr: 'A humanoid learns whole-body skills by shadowing a person.' });
    expect(byId('2410.24164')?.fm).toMatchObject({ rating: 5, tldr: 'A VLM with a flow-matching action expert, pre-trained on many robots.' });
    expect(byId('2406.10454')?.text).toMatch(/## Limitations\n- Fixed mapping/);
    const hover = notes.find((n) => n.fm.title === 'HOVER: Versatile Neural Whole-Body Controller for Humanoid Robots');
    expect(hover?.text).toMatch(/## General Idea\n- Unify the command space/);
  });

  it.each(VARIANTS)('%s, over the Markdown import: nothing created, nothing "changed since import"', async (_name, text) => {
    const store = new MemoryNoteStore();
    const d = deps(store);
    await importText(markdown, d);
    const before = new Map(store.files);
    const { summary } = await importText(text(), d);
    expect(summary.headline).toBe('Import: 0 notes created, 26 already imported.');
    expect(store.files).toEqual(before);
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
    const searched = (d.titles as FakeTitleSearch).calls.length;
    const { summary } = await importText(plain, d);
    expect(summary.headline).toBe('Import: 0 notes created, 26 already imported.');
    expect(store.files).toEqual(before);
    // The vault is read first: every title already has its note, so none is searched.
    expect((d.titles as FakeTitleSearch).calls).toHaveLength(searched);
  });

  it('offline, over the Markdown import, still matches the papers whose links the export lost by title', async () => {
    const store = new MemoryNoteStore();
    await importText(markdown, deps(store));
    const offline = new FakeTitleSearch(ARXIV);
    offline.offline = true;
    const pendingTitles = new PendingQueue(new MemoryPendingStore());
    const { summary } = await importText(plain, { ...deps(store, offline), pendingTitles });
    expect(summary.headline).toBe('Import: 0 notes created, 26 already imported.');
    // Every paper is in the vault already: no title waits for arXiv.
    expect(await pendingTitles.list()).toEqual([]);
  });

  it('offline into an empty vault: every paper written, titles queued; once arXiv answers, a cited paper gets its id and the reader\'s citation stays', async () => {
    const store = new MemoryNoteStore();
    const titles = new FakeTitleSearch(ARXIV);
    titles.offline = true;
    const queue = new PendingQueue(new MemoryPendingStore());
    const { summary } = await importText(plain, { ...deps(store, titles), pendingTitles: queue });
    expect(summary.headline).toMatch(/^Import: 26 notes created, .*not yet searched on arXiv \(title search queued\)/);
    expect(store.files.size).toBe(26);
    titles.offline = false;
    const report = await completePendingTitles({ store, titles, queue, citations: createCitationEngine(), settings: () => DEFAULT_SETTINGS });
    expect(report.completed.map((c) => c.id)).toContain('2210.03370');
    expect(store.files.size).toBe(26);
    const gnm = notesOf(store).find((n) => n.fm.arxiv === '2210.03370');
    expect(gnm?.fm.title).toBe('GNM: A General Navigation Model to Drive Any Robot');
    expect(gnm?.text).toContain('> Shah, D., Sridhar, A., Bhorkar, A., Hirose, N., & Levine, S. (2023, May). Gnm: A general navigation model to drive any robot.');
    expect(notesOf(store).some((n) => n.text.includes('Title search pending'))).toBe(false);
    expect(await queue.list()).toEqual([]);
  });
});
