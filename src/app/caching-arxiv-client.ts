import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { ok, type Result } from '../core/result';
import type { ArxivBatch, ArxivClient } from './ports';

/**
 * Remembers every paper fetched in this session (in memory, for as long as the plugin or CLI
 * process runs), so asking again for a paper (a deleted note re-created, a stub completed after
 * an import that already fetched it) costs no request. "Not found" is not cached: a paper
 * announced today may be served tomorrow.
 */
export class CachingArxivClient implements ArxivClient {
  private readonly cache = new Map<ArxivIdString, PaperMetadata>();

  constructor(
    private readonly inner: ArxivClient,
    private readonly maxEntries = 5_000,
  ) {}

  async fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> {
    const unique = [...new Set(ids)];
    const found = new Map<ArxivIdString, PaperMetadata>();
    const toFetch: ArxivIdString[] = [];
    for (const id of unique) {
      const hit = this.cache.get(id);
      if (hit) found.set(id, hit);
      else toFetch.push(id);
    }
    if (toFetch.length === 0) return ok({ found, missing: [] });
    const fetched = await this.inner.fetchPapers(toFetch);
    if (!fetched.ok) return fetched;
    for (const [id, meta] of fetched.value.found) {
      this.remember(id, meta);
      found.set(id, meta);
    }
    return ok({ found, missing: fetched.value.missing });
  }

  /**
   * The same client without the cache on the way in: "Refresh metadata" must ask arXiv again (a
   * new version may have appeared since), and what it learns replaces what the cache held.
   */
  readonly fresh: ArxivClient = {
    fetchPapers: async (ids) => {
      const fetched = await this.inner.fetchPapers(ids);
      if (fetched.ok) for (const [id, meta] of fetched.value.found) this.remember(id, meta);
      return fetched;
    },
  };

  /** Papers learnt elsewhere (a title search returns whole entries): creating their notes costs no request. */
  prime(papers: Iterable<PaperMetadata>): void {
    for (const paper of papers) this.remember(paper.arxiv, paper);
  }

  /** Papers held now (for diagnostics and tests). */
  get size(): number {
    return this.cache.size;
  }

  private remember(id: ArxivIdString, meta: PaperMetadata): void {
    this.cache.delete(id);
    if (this.cache.size >= this.maxEntries) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(id, meta);
  }
}
