import { createCitationEngine } from '../../src/app/citation-engine';
import { completePendingTitles, type TitleCompleteDeps } from '../../src/app/complete-titles';
import { summarizeImport } from '../../src/app/import-messages';
import { planListImport } from '../../src/app/import-paper-list';
import { executeImport, type ImportDeps } from '../../src/app/import-reading-log';
import { MemoryPendingStore, PendingQueue } from '../../src/app/pending-queue';
import type { ArxivBatch, ArxivClient } from '../../src/app/ports';
import { writeTitleStubs } from '../../src/app/title-stubs';
import type { ArxivIdString } from '../../src/core/arxiv/types';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { ok, type Result } from '../../src/core/result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';
import { FakeTitleSearch } from '../support/fake-title-search';
import { MemoryNoteStore } from '../support/memory-note-store';

const paper = (arxiv: string, title: string) => samplePaper({ arxiv, title, abstract: `Abstract of ${title}.`, categories: ['cs.RO'] });
const CARP = paper('2412.06782', 'CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction');
const DEXGEN = paper('2502.04307', 'DexterityGen: Foundation Controller for Unprecedented Dexterity');
const LIST = [
  `- 🌟${CARP.title} [arxiv][website]. Coarse then fine.`,
  `- ${DEXGEN.title} [arxiv]. A dexterity controller.`,
  '- A Paper Nobody Put On arXiv [blog]. Only a blog.',
].join('\n');

const noArxiv: ArxivClient = { fetchPapers: (ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> => Promise.resolve(ok({ found: new Map(), missing: [...ids] })) };
const citations = createCitationEngine();

function world(offline: boolean) {
  const store = new MemoryNoteStore();
  const titles = new FakeTitleSearch([CARP, DEXGEN]);
  titles.offline = offline;
  const queue = new PendingQueue(new MemoryPendingStore());
  const clock = new FakeClock();
  const imports: ImportDeps = { store, arxiv: noArxiv, titles, clock, settings: () => DEFAULT_SETTINGS, citations, pendingTitles: queue };
  const completes: TitleCompleteDeps = { store, titles, queue, citations, settings: () => DEFAULT_SETTINGS };
  return { store, titles, queue, imports, completes, clock };
}

async function importList(d: ImportDeps) {
  const plan = await planListImport(LIST, 'the list', d);
  return summarizeImport(plan, await executeImport(plan, d));
}

jest.setTimeout(30_000);

describe('titles kept while arXiv cannot be searched, completed when it answers', () => {
  it('an offline import, once completed, holds the notes an online import writes (same body, same properties)', async () => {
    const online = world(false);
    await importList(online.imports);
    const offline = world(true);
    expect((await importList(offline.imports)).headline).toBe('Import: 3 notes created, 3 not yet searched on arXiv (title search queued).');
    expect(await offline.queue.list()).toHaveLength(3);
    offline.titles.offline = false;
    const report = await completePendingTitles(offline.completes);
    expect(report.completed.map((c) => c.id).sort()).toEqual([CARP.arxiv, DEXGEN.arxiv].sort());
    expect(report.notFound.map((n) => n.title)).toEqual(['A Paper Nobody Put On arXiv']);
    expect(await offline.queue.list()).toEqual([]);
    expect([...offline.store.files.keys()].sort()).toEqual([...online.store.files.keys()].sort());
    for (const [path, text] of online.store.files) {
      const upgraded = offline.store.files.get(path) ?? '';
      expect(splitFrontmatter(upgraded).body).toBe(splitFrontmatter(text).body);
      const want = readFrontmatter(text) ?? {};
      const got = readFrontmatter(upgraded) ?? {};
      expect({ ...got, tags: [...(got.tags as string[])].sort() }).toEqual({ ...want, tags: [...(want.tags as string[])].sort() });
    }
  });

  it('keeps everything while arXiv stays away, and never asks again for a note settled meanwhile', async () => {
    const w = world(true);
    await importList(w.imports);
    const before = new Map(w.store.files);
    const still = await completePendingTitles(w.completes);
    expect(still.waiting).toHaveLength(3);
    expect(still.error).toBe('arXiv could not be reached.');
    expect(w.store.files).toEqual(before);
    // The reader deletes one note and gives another its id by hand: both leave the queue unasked.
    const [first, second] = [...w.store.files.keys()].sort();
    w.store.files.delete(first);
    w.store.files.set(second, (w.store.files.get(second) ?? '').replace('---\n', `---\narxiv: "${DEXGEN.arxiv}"\n`));
    w.titles.offline = false;
    w.titles.calls.length = 0;
    await completePendingTitles(w.completes);
    expect(w.titles.calls).toEqual([[DEXGEN.title]]);
    expect(await w.queue.list()).toEqual([]);
  });

  it('a title whose paper has its own note by now leaves the title stub without an id: one paper is never two notes with its id', async () => {
    const w = world(true);
    const [kept] = await writeTitleStubs({ store: w.store, clock: w.clock, settings: () => DEFAULT_SETTINGS, pendingTitles: w.queue }, [CARP.title]);
    expect(kept.kind).toBe('queued');
    await w.store.create('Papers/CARP by id.md', `---\narxiv: "${CARP.arxiv}"\narxiv_version: 1\ntitle: CARP\n---\n`);
    const stubText = w.store.files.get(kept.kind === 'queued' ? kept.path : '');
    w.titles.offline = false;
    const report = await completePendingTitles(w.completes);
    expect(report.elsewhere).toEqual([expect.objectContaining({ id: CARP.arxiv, other: 'Papers/CARP by id.md' })]);
    const after = w.store.files.get(kept.kind === 'queued' ? kept.path : '') ?? '';
    expect(readFrontmatter(after)).toEqual(readFrontmatter(stubText ?? ''));
    expect(after).not.toContain('Title search pending');
    expect(await w.queue.list()).toEqual([]);
  });

  it('a close title only: the placeholders go, the note stays without an id, and the candidates are named', async () => {
    const w = world(true);
    await writeTitleStubs({ store: w.store, clock: w.clock, settings: () => DEFAULT_SETTINGS, pendingTitles: w.queue }, ['Learning to Walk']);
    w.titles.offline = false;
    w.titles.close.set('learning to walk', [CARP, DEXGEN]);
    const report = await completePendingTitles(w.completes);
    expect(report.ambiguous).toEqual([expect.objectContaining({ title: 'Learning to Walk', candidates: [CARP.arxiv, DEXGEN.arxiv] })]);
    const text = [...w.store.files.values()][0];
    expect(text).not.toContain('Title search pending');
    expect(readFrontmatter(text)?.arxiv).toBeUndefined();
  });
});
