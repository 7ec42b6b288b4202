import type { PaperMetadata } from '../../src/core/arxiv/types';
import { atomEntryXml, atomFeedXml } from '../builders/atom';

/** The arXiv ids a request to arXiv's API asks for (its id_list), in order. */
export function requestedIds(url: string): string[] {
  return new URL(url).searchParams.get('id_list')?.split(',') ?? [];
}

/** arXiv's 200 answer to a request for `url`: a feed of those of `papers` whose id it asks for. */
export function arxivAnswer(url: string, papers: readonly (Partial<PaperMetadata> & { arxiv: string })[]): { status: number; text: string } {
  const ids = requestedIds(url);
  const entries = papers.filter((p) => ids.includes(p.arxiv)).map((p) => atomEntryXml(p));
  return { status: 200, text: atomFeedXml(entries, { totalResults: entries.length }) };
}
