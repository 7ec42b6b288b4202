import type { ArxivIdString } from '../core/arxiv/types';
import { factsFor, paperDois, parseWorks, worksUrl, type ScholarlyFacts, type WorkFacts } from '../core/openalex/works';
import { err, ok, type Result } from '../core/result';
import type { HttpTransport } from './ports';
import type { PoliteQueue } from './polite-queue';

export const OPENALEX_WORKS_API = 'https://api.openalex.org/works';
/** OpenAlex allows ten requests a second; the queue keeps us at that pace or slower. */
export const OPENALEX_MIN_INTERVAL_MS = 100;
/** DOIs per request: one page (`per-page=50`) holds every work they can match. */
export const OPENALEX_DOIS_PER_REQUEST = 50;

/** A paper as OpenAlex is asked about it: its arXiv id and the journal DOI arXiv gave, if any. */
export interface ScholarlyQuery {
  readonly arxiv: ArxivIdString;
  readonly doi?: string;
}

export interface ScholarlySource {
  /** Facts for the papers OpenAlex knows; papers it does not know are absent. Fails only as a value. */
  lookup(papers: readonly ScholarlyQuery[]): Promise<Result<Map<ArxivIdString, ScholarlyFacts>>>;
}

/**
 * `--openalex-api` and the setting may name the API root or its `/works` list; both mean the list.
 */
export function worksEndpoint(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  return /\/works$/i.test(trimmed) ? trimmed : `${trimmed}/works`;
}

/**
 * OpenAlex's works list, asked by DOI in batches (`filter=doi:a|b|…`), so a whole import costs a
 * request per 25 papers or so. Requests go through their own queue at OpenAlex's pace.
 */
export class OpenAlexClient implements ScholarlySource {
  private requests = 0;

  constructor(
    private readonly http: HttpTransport,
    private readonly queue: PoliteQueue,
    private readonly endpoint: () => string = () => OPENALEX_WORKS_API,
    private readonly mailto: () => string = () => '',
    private readonly timeoutMs = 5_000,
  ) {}

  get requestCount(): number {
    return this.requests;
  }

  async lookup(papers: readonly ScholarlyQuery[]): Promise<Result<Map<ArxivIdString, ScholarlyFacts>>> {
    const byDoi = new Map<string, WorkFacts>();
    for (const dois of doiBatches(papers)) {
      const page = await this.queue.run(() => this.fetchPage(dois));
      if (!page.ok) return page;
      for (const work of page.value) if (!byDoi.has(work.doi)) byDoi.set(work.doi, work);
    }
    const facts = new Map<ArxivIdString, ScholarlyFacts>();
    for (const paper of papers) {
      const found = factsFor(paper, byDoi);
      if (found !== null) facts.set(paper.arxiv, found);
    }
    return ok(facts);
  }

  private async fetchPage(dois: readonly string[]): Promise<Result<WorkFacts[]>> {
    this.requests++;
    const url = worksUrl(worksEndpoint(this.endpoint()), dois, this.mailto());
    const res = await this.http.get(url, this.timeoutMs);
    if (!res.ok) return res;
    if (res.value.status !== 200) return err('HTTP', `OpenAlex answered HTTP ${res.value.status}.`);
    const works = parseWorks(res.value.text);
    return works === null ? err('PARSE', 'OpenAlex sent something that is not a list of works.') : ok(works);
  }
}

/** The papers' DOIs, once each, in groups of at most 50; a paper's DOIs stay in one group. */
export function doiBatches(papers: readonly ScholarlyQuery[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  const seen = new Set<string>();
  for (const paper of papers) {
    const dois = paperDois(paper).filter((d) => !seen.has(d));
    if (dois.length === 0) continue;
    if (current.length + dois.length > OPENALEX_DOIS_PER_REQUEST) {
      batches.push(current);
      current = [];
    }
    for (const d of dois) seen.add(d);
    current.push(...dois);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
