import type { TitleMatch, TitleSearch } from '../../src/app/title-search';
import { normalizeTitleKey } from '../../src/core/arxiv/title-key';
import type { PaperMetadata } from '../../src/core/arxiv/types';

/**
 * A title search over known papers, for use-case tests: exact normalised titles match; a title
 * listed in `close` answers ambiguous with those candidates; `offline` makes every title
 * unreachable. Every call is recorded (one call = the titles of one import).
 */
export class FakeTitleSearch implements TitleSearch {
  readonly calls: string[][] = [];
  offline = false;
  readonly close = new Map<string, PaperMetadata[]>();

  constructor(private readonly papers: readonly PaperMetadata[]) {}

  findTitles(titles: readonly string[]): Promise<TitleMatch[]> {
    this.calls.push([...titles]);
    return Promise.resolve(
      titles.map((query): TitleMatch => {
        if (this.offline) return { kind: 'unreachable', query, error: { code: 'NETWORK', message: 'arXiv could not be reached.' } };
        const key = normalizeTitleKey(query);
        const hit = this.papers.find((p) => normalizeTitleKey(p.title) === key);
        if (hit) return { kind: 'matched', query, id: hit.arxiv, entry: hit };
        const close = this.close.get(key);
        if (close) return { kind: 'ambiguous', query, candidates: close };
        return { kind: 'none', query };
      }),
    );
  }
}
