import { CachingArxivClient } from '../../src/app/caching-arxiv-client';
import { completePendingStubs } from '../../src/app/complete-pending';
import type { CitationEngine } from '../../src/app/citation-engine';
import { PaperNoteCreator } from '../../src/app/create-paper-notes';
import { HuggingFaceLinkSource, parseHfPaper, type PaperLinkSource } from '../../src/app/hf-links';
import { LinkEnricher } from '../../src/app/link-enricher';
import { indexPaperNotes } from '../../src/app/paper-lookup';
import { MemoryPendingStore, PendingQueue, normalizePending } from '../../src/app/pending-queue';
import { PoliteQueue } from '../../src/app/polite-queue';
import type { ArxivBatch, ArxivClient, HttpTransport } from '../../src/app/ports';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { err, ok, type Result } from '../../src/core/result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';
import { MemoryNoteStore } from '../support/memory-note-store';

const citations: CitationEngine = { format: (m: PaperMetadata) => Promise.resolve(`Cite ${m.arxiv}.`) };
const PLAIN = samplePaper({ arxiv: '2409.05864', title: 'Plain', abstract: 'x', comment: undefined, code: undefined, projectPage: undefined });

/** An arXiv that knows `papers`, counts calls, and can be switched off. */
class ScriptedArxiv implements ArxivClient {
  calls: string[][] = [];
  down = false;
  constructor(private readonly papers: PaperMetadata[]) {}
  fetchPapers(ids: readonly string[]): Promise<Result<ArxivBatch>> {
    this.calls.push([...ids]);
    if (this.down) return Promise.resolve(err('NETWORK', 'Could not reach arXiv.'));
    const found = new Map(this.papers.filter((p) => ids.includes(p.arxiv)).map((p) => [p.arxiv, p]));
    return Promise.resolve(ok({ found, missing: ids.filter((id) => !found.has(id)) }));
  }
}

describe('PendingQueue', () => {
  it('adds, replaces by id and removes, saving each change; concurrent adds all survive', async () => {
    const store = new MemoryPendingStore();
    const queue = new PendingQueue(store);
    await Promise.all([
      queue.add([{ id: 'a', path: 'A.md', queuedAt: 't1' }]),
      queue.add([{ id: 'b', path: 'B.md', queuedAt: 't2' }]),
      queue.add([{ id: 'a', path: 'A2.md', queuedAt: 't3' }]),
    ]);
    expect(store.saved.map((e) => `${e.id}:${e.path}`)).toEqual(['b:B.md', 'a:A2.md']);
    await queue.remove(['b', 'zzz']);
    expect(store.saved.map((e) => e.id)).toEqual(['a']);
  });

  it.each([[undefined], ['x'], [[null, 1, { id: 'a' }, { id: '', path: 'p' }]]])('drops malformed data %j', (raw) => {
    expect(normalizePending(raw)).toEqual([]);
  });
});

describe('CachingArxivClient', () => {
  it('asks only for papers it has not fetched this session, and never caches "not found"', async () => {
    const inner = new ScriptedArxiv([PLAIN]);
    const client = new CachingArxivClient(inner);
    await client.fetchPapers(['2409.05864', '2401.00001']);
    const again = await client.fetchPapers(['2409.05864']);
    expect(again.ok && again.value.found.get('2409.05864')?.title).toBe('Plain');
    await client.fetchPapers(['2409.05864', '2401.00001']);
    expect(inner.calls).toEqual([['2409.05864', '2401.00001'], ['2401.00001']]);
  });
});

describe('Hugging Face links', () => {
  it.each([
    ['{"githubRepo":"https://github.com/a/b","projectPage":"https://a.io"}', { code: 'https://github.com/a/b', projectPage: 'https://a.io' }],
    ['{"githubRepo":null,"projectPage":""}', {}],
    ['{"githubRepo":"javascript:alert(1)"}', {}],
    ['not json', {}],
    ['[1]', {}],
  ])('parseHfPaper(%s)', (json, expected) => {
    expect(parseHfPaper(json)).toEqual(expected);
  });

  it('asks once per new-style id, never for old-style ids, and treats 404 as "no links"', async () => {
    const urls: string[] = [];
    const http: HttpTransport = {
      get: (url) => {
        urls.push(url);
        return Promise.resolve(ok({ status: 404, text: '{}' }));
      },
    };
    const source = new HuggingFaceLinkSource(http, new PoliteQueue(new FakeClock(), 1000));
    expect(await source.linksFor('2409.05864')).toEqual({});
    expect(await source.linksFor('2409.05864')).toEqual({});
    expect(await source.linksFor('hep-th/9901001')).toEqual({});
    expect(urls).toEqual(['https://huggingface.co/api/papers/2409.05864']);
  });

  it('never holds a note back beyond the budget: late links are written afterwards into empty keys', async () => {
    let answer: (links: { code: string }) => void = () => undefined;
    const slow: PaperLinkSource = { linksFor: () => new Promise((resolve) => (answer = resolve)) };
    const store = new MemoryNoteStore();
    const creator = new PaperNoteCreator({
      store,
      arxiv: new ScriptedArxiv([PLAIN]),
      citations,
      clock: new FakeClock(),
      settings: () => DEFAULT_SETTINGS,
      links: new LinkEnricher(slow, new FakeClock(), 1_500),
    });
    const [outcome] = await creator.createFromInputs(['2409.05864']);
    expect(outcome?.kind).toBe('created');
    expect(readFrontmatter(store.files.get('Papers/Plain.md') ?? '')?.code).toBeUndefined();
    answer({ code: 'https://github.com/late/repo' });
    await creator.settled();
    expect(readFrontmatter(store.files.get('Papers/Plain.md') ?? '')?.code).toBe('https://github.com/late/repo');
  });
});

describe('completePendingStubs', () => {
  it('does nothing and asks nothing when there are no stubs', async () => {
    const arxiv = new ScriptedArxiv([PLAIN]);
    const report = await completePendingStubs({ store: new MemoryNoteStore(), arxiv, citations, settings: () => DEFAULT_SETTINGS });
    expect(report.completed).toEqual([]);
    expect(arxiv.calls).toEqual([]);
  });

  it('keeps stubs queued while arXiv is down and reports unknown papers', async () => {
    const arxiv = new ScriptedArxiv([PLAIN]);
    arxiv.down = true;
    const store = new MemoryNoteStore();
    const pending = new PendingQueue(new MemoryPendingStore());
    const creator = new PaperNoteCreator({ store, arxiv, citations, clock: new FakeClock(), settings: () => DEFAULT_SETTINGS, pending });
    const outcomes = await creator.createFromInputs(['2409.05864', '2401.00001']);
    expect(outcomes.map((o) => o.kind)).toEqual(['queued', 'queued']);
    const deps = { store, arxiv, citations, settings: () => DEFAULT_SETTINGS, pending };
    const down = await completePendingStubs(deps);
    expect(down.waiting).toHaveLength(2);
    expect(down.error).toBe('Could not reach arXiv.');
    arxiv.down = false;
    const up = await completePendingStubs(deps);
    expect(up.completed).toEqual([{ id: '2409.05864', path: 'Papers/2409.05864.md' }]);
    expect(up.notFound).toEqual([{ id: '2401.00001', path: 'Papers/2401.00001.md' }]);
    expect(await pending.list()).toEqual([]);
    expect(readFrontmatter(store.files.get('Papers/2409.05864.md') ?? '')).toMatchObject({ title: 'Plain', arxiv_version: PLAIN.version });
  });
});

describe('completePendingStubs and a stub whose properties broke', () => {
  it('keeps its queue entry, names it with the line, and asks arXiv about nothing for it', async () => {
    const arxiv = new ScriptedArxiv([PLAIN]);
    arxiv.down = true;
    const store = new MemoryNoteStore();
    const pending = new PendingQueue(new MemoryPendingStore());
    const creator = new PaperNoteCreator({ store, arxiv, citations, clock: new FakeClock(), settings: () => DEFAULT_SETTINGS, pending });
    await creator.createFromInputs(['2409.05864']);
    const path = 'Papers/2409.05864.md';
    const broken = (store.files.get(path) ?? '').replace('arxiv: "2409.05864"', 'arxiv: "2409.05864\ntitle: [oops');
    store.files.set(path, broken);
    arxiv.down = false;
    arxiv.calls.length = 0;
    const report = await completePendingStubs({ store, arxiv, citations, settings: () => DEFAULT_SETTINGS, pending });
    expect(report.unreadable).toEqual([
      expect.stringMatching(/^Papers\/2409\.05864\.md's properties cannot be read \(line \d+\): fix the YAML there, then it will be filled in; it is still a stub\.$/),
    ]);
    expect(report.completed).toEqual([]);
    expect(arxiv.calls).toEqual([]);
    expect((await pending.list()).map((e) => e.id)).toEqual(['2409.05864']);
    expect(store.files.get(path)).toBe(broken);
  });
});

describe('one paper, one note, at scale', () => {
  it('indexes 10,000 notes by canonical id quickly and finds any version or URL shape', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) {
      const id = `2401.${String(10_000 + i)}`;
      files[`Papers/Paper ${i}.md`] = `---\narxiv: "${id}"\narxiv_version: 1\n---\nBody ${i}\n`;
    }
    const store = new MemoryNoteStore(files);
    const started = performance.now();
    const index = await indexPaperNotes(store);
    const ms = performance.now() - started;
    expect(index.size).toBe(10_000);
    // A guard against quadratic indexing (which would take minutes), not a speed figure: bench has those.
    expect(ms).toBeLessThan(20_000);
    const arxiv = new ScriptedArxiv([]);
    const creator = new PaperNoteCreator({ store, arxiv, citations, clock: new FakeClock(), settings: () => DEFAULT_SETTINGS });
    const outcomes = await creator.createFromInputs(['https://arxiv.org/pdf/2401.19999v3', 'arXiv:2401.10000V1']);
    expect(outcomes).toEqual([
      { kind: 'existing', id: '2401.19999', path: 'Papers/Paper 9999.md' },
      { kind: 'existing', id: '2401.10000', path: 'Papers/Paper 0.md' },
    ]);
    expect(arxiv.calls).toEqual([]);
  });
});
