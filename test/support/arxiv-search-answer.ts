import type { RequestUrlParam } from 'obsidian';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { atomEntryXml, atomFeedXml } from '../builders/atom';
import { arxivAnswer } from './arxiv-feed';
import { matchesQuery, parseSearchQuery } from './arxiv-search-query';

/** arXiv's answer to a fake-Obsidian request: `search_query` (GET or POST body) or `id_list`. */
export function arxivSearchAnswer(req: RequestUrlParam, papers: readonly PaperMetadata[]): { status: number; text: string } {
  const url = new URL(req.url);
  const body = typeof req.body === 'string' ? new URLSearchParams(req.body) : new URLSearchParams();
  const query = url.searchParams.get('search_query') ?? body.get('search_query');
  if (query === null) return arxivAnswer(req.url, papers);
  const tree = parseSearchQuery(query);
  const hits = papers.filter((p) => matchesQuery(tree, p)).reverse();
  return { status: 200, text: atomFeedXml(hits.map((p) => atomEntryXml(p)), { totalResults: hits.length }) };
}
