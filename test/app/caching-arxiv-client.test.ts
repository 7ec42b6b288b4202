import { CachingArxivClient } from '../../src/app/caching-arxiv-client';
import type { ArxivBatch, ArxivClient } from '../../src/app/ports';
import type { ArxivIdString } from '../../src/core/arxiv/types';
import { ok, type Result } from '../../src/core/result';
import { samplePaper } from '../builders/atom';

class CountingArxiv implements ArxivClient {
  readonly calls: ArxivIdString[][] = [];
  version = 1;
  fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> {
    this.calls.push([...ids]);
    return Promise.resolve(ok({ found: new Map(ids.map((id) => [id, samplePaper({ arxiv: id, version: this.version })])), missing: [] }));
  }
}

describe('CachingArxivClient', () => {
  it('answers a paper fetched once from memory', async () => {
    const inner = new CountingArxiv();
    const client = new CachingArxivClient(inner);
    await client.fetchPapers(['2406.10454']);
    await client.fetchPapers(['2406.10454', '2409.05864']);
    expect(inner.calls).toEqual([['2406.10454'], ['2409.05864']]);
  });

  it('asks arXiv again through `fresh` (refresh) and keeps what it learns', async () => {
    const inner = new CountingArxiv();
    const client = new CachingArxivClient(inner);
    await client.fetchPapers(['2406.10454']);
    inner.version = 3;
    const refreshed = await client.fresh.fetchPapers(['2406.10454']);
    expect(refreshed.ok && refreshed.value.found.get('2406.10454')?.version).toBe(3);
    const cached = await client.fetchPapers(['2406.10454']);
    expect(cached.ok && cached.value.found.get('2406.10454')?.version).toBe(3);
    expect(inner.calls).toHaveLength(2);
  });
});
