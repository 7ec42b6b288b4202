import { previewLines, summarizeImport } from '../../src/app/import-messages';
import { executeImport, planImport, type ImportDeps } from '../../src/app/import-reading-log';
import type { ArxivBatch, ArxivClient } from '../../src/app/ports';
import type { ArxivIdString, PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { renderPaperNote } from '../../src/core/note/render';
import { validateNote } from '../../src/core/note/validate';
import { err, ok, type Result } from '../../src/core/result';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';
import { MemoryNoteStore } from '../support/memory-note-store';
import { fixtureLog } from '../support/reading-log-checks';

const HUMANPLUS = samplePaper({
  arxiv: '2406.10454',
  version: 2,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  abstract: 'Humanoids learn from people.',
  categories: ['cs.RO'],
});

class ScriptedArxiv implements ArxivClient {
  readonly calls: ArxivIdString[][] = [];
  constructor(private readonly answer: (ids: readonly ArxivIdString[]) => Result<ArxivBatch>) {}
  fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> {
    this.calls.push([...ids]);
    return Promise.resolve(this.answer(ids));
  }
}

const knows = (...papers: PaperMetadata[]) => (ids: readonly ArxivIdString[]): Result<ArxivBatch> =>
  ok({
    found: new Map(papers.filter((p) => ids.includes(p.arxiv)).map((p) => [p.arxiv, p])),
    missing: ids.filter((id) => !papers.some((p) => p.arxiv === id)),
  });

function deps(store: MemoryNoteStore, arxiv: ArxivClient, settings: Partial<Settings> = {}): ImportDeps {
  return { store, arxiv, clock: new FakeClock(), settings: () => ({ ...DEFAULT_SETTINGS, ...settings }) };
}

async function importLog(text: string, d: ImportDeps) {
  const plan = await planImport(text, d);
  const result = await executeImport(plan, d);
  return { plan, result, summary: summarizeImport(plan, result) };
}

describe('importing a reading log into the vault', () => {
  const log = fixtureLog('log.md');

  it('previews entries, ids and section mappings before writing anything', async () => {
    const store = new MemoryNoteStore();
    const plan = await planImport(log, deps(store, new ScriptedArxiv(knows())));
    expect(store.files.size).toBe(0);
    const lines = previewLines(plan);
    expect(lines[0]).toBe('5 entries: 3 with an arXiv ID, 2 without. 5 new notes. arXiv metadata for 3 papers in one request.');
    expect(lines).toContain('1. HumanPlus: Humanoid Shadowing and Imitation from Humans 🌟 — arXiv 2406.10454 — new');
    expect(lines).toContain('   General Idea ← Main Question · General Idea ← Main Idea · Limitations ← Limitation · Utilities ← Utility · kept: My thoughts · kept: TODO · tags: topic/manipulation');
  });

  it('fetches metadata in one request and writes one note per entry', async () => {
    const store = new MemoryNoteStore();
    const arxiv = new ScriptedArxiv(knows(HUMANPLUS));
    const { summary } = await importLog(log, deps(store, arxiv));
    expect(arxiv.calls).toEqual([['2406.10454', '2410.04640', '2210.02747']]);
    expect([...store.files.keys()].sort()).toEqual([
      'Papers/Contrastive Representation Learning.md',
      'Papers/Flow Matching for Generative Modeling.md',
      'Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md',
      'Papers/The Plenoptic Function and the Elements of Early Vision.md',
      'Papers/Unpacking Failure Modes of Generative Policies Runtime Monitoring of Consistency and Progress.md',
    ]);
    const human = store.files.get('Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md') ?? '';
    expect(readFrontmatter(human)).toMatchObject({
      title: HUMANPLUS.title,
      authors: HUMANPLUS.authors,
      arxiv: '2406.10454',
      arxiv_version: 2,
      tags: ['paper', 'arxiv/cs-RO', 'topic/manipulation'],
      rating: 5,
      status: 'read',
      added: '2026-11-21',
      resources: ['arxiv', 'website', 'dataset✅', 'model✅'],
      remarks: ['BP of CoRL 2024'],
    });
    expect(human).toContain('\n> Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. _arXiv preprint arXiv:2406.10454_.\n\n> [!abstract]- Abstract\n> Humanoids learn from people.\n');
    expect(summary.headline).toBe('Import: 5 notes created, 2 not found on arXiv.');
    expect(summary.problems).toBe(true);
  });

  it('offline, still writes every note from the log, with its arXiv ID, and says metadata is queued', async () => {
    const store = new MemoryNoteStore();
    const { summary } = await importLog(log, deps(store, new ScriptedArxiv(() => err('NETWORK', 'Could not reach export.arxiv.org.'))));
    expect(store.files.size).toBe(5);
    const fm = readFrontmatter(store.files.get('Papers/Flow Matching for Generative Modeling.md') ?? '');
    expect(fm).toMatchObject({ title: 'Flow Matching for Generative Modeling', arxiv: '2210.02747', year: 2022 });
    expect(fm?.arxiv_version).toBeUndefined();
    expect(summary.headline).toBe('Import: 5 notes created, 3 without arXiv metadata yet (metadata queued).');
    expect(summary.details[0]).toMatch(/^arXiv could not be reached \(Could not reach export.arxiv.org.\)/);
    expect(summary.problems).toBe(false);
  });

  it('re-running creates nothing, asks arXiv nothing, and reports a note the reader edited instead of overwriting it', async () => {
    const store = new MemoryNoteStore();
    await importLog(log, deps(store, new ScriptedArxiv(knows(HUMANPLUS))));
    const before = new Map(store.files);
    const edited = 'Papers/Contrastive Representation Learning.md';
    const mine = (store.files.get(edited) ?? '').replace('Hard negatives matter.', 'Hard negatives matter a lot, I now think.');
    store.files.set(edited, mine);
    // Metadata filled in later (properties only) does not make a note "edited".
    const flow = 'Papers/Flow Matching for Generative Modeling.md';
    store.files.set(flow, (store.files.get(flow) ?? '').replace('year: 2022\n', 'year: 2022\narxiv_version: 3\n'));

    const arxiv = new ScriptedArxiv(knows(HUMANPLUS));
    const again = await importLog(log, deps(store, arxiv));
    expect(arxiv.calls).toEqual([]);
    expect(store.files.size).toBe(5);
    expect(store.files.get(edited)).toBe(mine);
    expect(store.files.get('Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md')).toBe(before.get('Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md'));
    expect(previewLines(again.plan)[0]).toBe('5 entries: 3 with an arXiv ID, 2 without. 0 new notes, 4 already imported, 1 changed since import (left as is).');
    expect(again.summary.headline).toBe('Import: 0 notes created, 4 already imported, 1 left as is (changed since import).');
    expect(again.summary.details).toEqual([`${edited} was not overwritten: it differs from the log entry "Contrastive Representation Learning".`]);
  });

  it('finds a paper already in the vault by arXiv ID (any shape) and one without an ID by title', async () => {
    const store = new MemoryNoteStore({
      'Reading/humanplus.md': '---\narxiv: 2406.10454v1\n---\nMine.\n',
      'Reading/plenoptic.md': '---\ntitle: "The plenoptic function and the elements of early vision"\ntags: [paper]\n---\nMine.\n',
    });
    const { plan } = await importLog(log, deps(store, new ScriptedArxiv(knows())));
    expect(plan.entries.map((e) => e.action)).toEqual([
      { kind: 'differs', path: 'Reading/humanplus.md' },
      { kind: 'create' },
      { kind: 'create' },
      { kind: 'differs', path: 'Reading/plenoptic.md' },
      { kind: 'create' },
    ]);
    expect(store.files.get('Reading/humanplus.md')).toBe('---\narxiv: 2406.10454v1\n---\nMine.\n');
  });

  it('fills in a note that still holds the empty template, keeping its citation, abstract and properties', async () => {
    const path = 'Papers/HumanPlus.md';
    const empty = renderPaperNote(HUMANPLUS, { citation: 'Fu, Z. … (2024). HumanPlus.', tags: ['paper', 'Robotics'], status: 'to-read', added: '2026-11-01' });
    const store = new MemoryNoteStore({ [path]: empty });
    const arxiv = new ScriptedArxiv(knows());
    const { plan, summary } = await importLog(log, deps(store, arxiv));
    expect(plan.entries[0]?.action).toEqual({ kind: 'fill', path });
    expect(previewLines(plan)[1]).toContain(`fills in ${path} (still the empty template)`);
    expect(arxiv.calls.flat()).not.toContain('2406.10454');
    const filled = store.files.get(path) ?? '';
    const body = splitFrontmatter(filled).body;
    expect(body.startsWith('\n> Fu, Z. … (2024). HumanPlus.\n\n> [!abstract]- Abstract\n> Humanoids learn from people.\n\n')).toBe(true);
    expect(validateNote(filled).complete).toBe(true);
    const props = readFrontmatter(filled);
    expect(props).toMatchObject({ arxiv: '2406.10454', added: '2026-11-01', rating: 5, status: 'read' });
    expect(props?.tags).toEqual(['paper', 'Robotics', 'topic/manipulation']);
    expect(summary.headline).toContain('1 empty note filled in');

    const again = await importLog(log, deps(store, arxiv));
    expect(again.plan.entries[0]?.action).toEqual({ kind: 'imported', path });
    expect(store.files.get(path)).toBe(filled);
  });

  it('makes one note per paper when two imports of the log run at once', async () => {
    const store = new MemoryNoteStore();
    const [a, b] = await Promise.all([importLog(log, deps(store, new ScriptedArxiv(knows(HUMANPLUS)))), importLog(log, deps(store, new ScriptedArxiv(knows(HUMANPLUS))))]);
    expect(store.files.size).toBe(a.plan.entries.length);
    const created = [a, b].flatMap((r) => r.result.outcomes.filter((o) => o.kind === 'created')).length;
    expect(created).toBe(a.plan.entries.length);
  });

  it('never fills a template note the reader has written in', async () => {
    const path = 'Papers/HumanPlus.md';
    const started = renderPaperNote(HUMANPLUS, { citation: 'C.', tags: ['paper'], status: 'to-read', added: '2026-11-01' }).replace('## Limitations\n- \n', '## Limitations\n- \n\nA thought of mine.\n');
    const store = new MemoryNoteStore({ [path]: started });
    const { plan } = await importLog(log, deps(store, new ScriptedArxiv(knows())));
    expect(plan.entries[0]?.action).toEqual({ kind: 'differs', path });
    expect(store.files.get(path)).toBe(started);
  });

  it('makes one note for a paper the log lists twice, and never takes another note\'s file name', async () => {
    const twice = `${log}\n### Contrastive Representation Learning\n\n- Key points\n  1. Again.\n`;
    const store = new MemoryNoteStore({ 'Papers/Flow Matching for Generative Modeling.md': 'A note that is not a paper.\n' });
    const { plan, summary } = await importLog(twice, deps(store, new ScriptedArxiv(knows())));
    expect(plan.entries.at(-1)?.action).toEqual({ kind: 'duplicate', of: 5 });
    expect(store.files.get('Papers/Flow Matching for Generative Modeling.md')).toBe('A note that is not a paper.\n');
    expect(store.files.has('Papers/Flow Matching for Generative Modeling (2210.02747).md')).toBe(true);
    expect(summary.headline).toContain('1 repeated in the log');
  });

  it('uses the reader settings: folder, paper tag, topic prefix, rating of 🌟, no read gate', async () => {
    const store = new MemoryNoteStore();
    await importLog(log, deps(store, new ScriptedArxiv(knows()), {
      folder: 'Lit', paperTag: 'lit', importTopicTagPrefix: '', importRecommendedRating: 4, gateReadOnTemplate: false,
    }));
    const fm = readFrontmatter(store.files.get('Lit/HumanPlus Humanoid Shadowing and Imitation from Humans.md') ?? '');
    expect(fm).toMatchObject({ tags: ['lit', 'manipulation'], rating: 4 });
    expect(readFrontmatter(store.files.get('Lit/Contrastive Representation Learning.md') ?? '')?.status).toBe('read');
  });
});
