import { parseAtomFeed, type AtomFeed } from '../core/arxiv/atom';
import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { ok, type PdError, type Result } from '../core/result';
import type { ArxivBatch, ArxivClient, Clock, HttpTransport } from './ports';
import type { PoliteQueue } from './polite-queue';

export interface ArxivApiOptions {
  readonly apiUrl: string;
  readonly timeoutMs: number;
  /** Attempts after the first one for transient failures (429, 5xx, network, "Rate exceeded."). */
  readonly retries: number;
  /** First backoff delay; doubles on each retry. */
  readonly backoffMs: number;
  /** Ids per request: GET URLs stay short, and the API allows far more. */
  readonly batchSize: number;
}

export const DEFAULT_ARXIV_OPTIONS: ArxivApiOptions = {
  apiUrl: 'https://export.arxiv.org/api/query',
  timeoutMs: 20_000,
  retries: 3,
  backoffMs: 3_000,
  batchSize: 100,
};

/** Longest GET URL sent; longer queries go as a POST body (arXiv accepts both). */
export const MAX_GET_URL_LENGTH = 2_000;

/** One API call: the form parameters, sent in the URL or, when too long, as a POST body. */
type ApiParams = string;

const CANCELLED = { ok: false, error: { code: 'NETWORK', message: 'The search was cancelled.' }, retry: false } as const;

const TRANSIENT_STATUS = new Set([429, 500, 502, 503, 504]);

/** The arXiv export API, batched, paced through a shared queue, with retries. */
export class ArxivApiClient implements ArxivClient {
  private requests = 0;

  constructor(
    private readonly http: HttpTransport,
    private readonly queue: PoliteQueue,
    private readonly clock: Clock,
    private readonly options: ArxivApiOptions = DEFAULT_ARXIV_OPTIONS,
  ) {}

  /** Requests sent so far, retries included. */
  get requestCount(): number {
    return this.requests;
  }

  async fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>> {
    const unique = [...new Set(ids)];
    const found = new Map<ArxivIdString, PaperMetadata>();
    for (let i = 0; i < unique.length; i += this.options.batchSize) {
      const chunk = unique.slice(i, i + this.options.batchSize);
      const feed = await this.fetchWithRetry(`id_list=${chunk.map(encodeURIComponent).join(',')}&max_results=${chunk.length}`);
      if (!feed.ok) return feed;
      // The API answers in relevance order, not id order: match entries back by id.
      const wanted = new Set(chunk);
      for (const entry of feed.value.entries) if (wanted.has(entry.arxiv)) found.set(entry.arxiv, entry);
    }
    return ok({ found, missing: unique.filter((id) => !found.has(id)) });
  }

  /**
   * Runs a `search_query` (arXiv's syntax, unencoded) and returns the feed's papers, at most
   * `maxResults`. Paced and retried like id lookups; a query too long for a URL is POSTed.
   */
  async search(searchQuery: string, maxResults: number, signal?: AbortSignal): Promise<Result<readonly PaperMetadata[]>> {
    const feed = await this.fetchWithRetry(`search_query=${encodeURIComponent(searchQuery)}&start=0&max_results=${maxResults}`, signal);
    return feed.ok ? ok(feed.value.entries) : feed;
  }

  /** Whether a search of this length can be sent at all (as a GET, or through POST when the transport has it). */
  canSend(searchQuery: string): boolean {
    return this.http.post !== undefined || this.queryUrl(`search_query=${encodeURIComponent(searchQuery)}&start=0&max_results=2000`).length <= MAX_GET_URL_LENGTH;
  }

  private queryUrl(params: ApiParams): string {
    return `${this.options.apiUrl}${this.options.apiUrl.includes('?') ? '&' : '?'}${params}`;
  }

  private send(params: ApiParams) {
    const url = this.queryUrl(params);
    if (url.length > MAX_GET_URL_LENGTH && this.http.post) return this.http.post(this.options.apiUrl, params, this.options.timeoutMs);
    return this.http.get(url, this.options.timeoutMs);
  }

  private async fetchWithRetry(params: ApiParams, signal?: AbortSignal): Promise<Result<AtomFeed>> {
    let last: PdError = { code: 'NETWORK', message: 'arXiv could not be reached.' };
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) await this.clock.sleep(this.options.backoffMs * 2 ** (attempt - 1));
      // Every attempt, retries included, waits its turn: arXiv's 3 s rule counts each request.
      const outcome = await this.queue.run(() => (signal?.aborted ? Promise.resolve(CANCELLED) : this.fetchOnce(params)), signal);
      if (outcome.ok) return ok(outcome.value);
      if (!outcome.retry) return { ok: false, error: outcome.error };
      last = outcome.error;
    }
    return { ok: false, error: { code: last.code, message: `${last.message} Gave up after ${this.options.retries + 1} attempts.` } };
  }

  private async fetchOnce(
    params: ApiParams,
  ): Promise<{ ok: true; value: AtomFeed } | { ok: false; error: PdError; retry: boolean }> {
    this.requests++;
    const res = await this.send(params);
    if (!res.ok) return { ok: false, error: res.error, retry: true };
    const { status, text } = res.value;
    if (TRANSIENT_STATUS.has(status)) {
      const code = status === 429 || status === 503 ? 'RATE_LIMITED' : 'HTTP';
      return { ok: false, error: { code, message: `arXiv is busy (HTTP ${status}).` }, retry: true };
    }
    const feed = parseAtomFeed(text);
    if (!feed.ok) {
      const retry = feed.error.code === 'RATE_LIMITED';
      const message = status >= 400 ? `arXiv answered HTTP ${status}: ${feed.error.message}` : feed.error.message;
      return { ok: false, error: { code: feed.error.code, message }, retry };
    }
    if (feed.value.errors.length > 0) {
      const detail = feed.value.errors.map((e) => e.message).join('; ');
      return { ok: false, error: { code: 'INVALID_ID', message: `arXiv rejected the request: ${detail}.` }, retry: false };
    }
    if (status >= 400) {
      return { ok: false, error: { code: 'HTTP', message: `arXiv answered HTTP ${status}.` }, retry: false };
    }
    // Under load arXiv sometimes sends a page that claims results but holds none.
    if (feed.value.entries.length === 0 && (feed.value.totalResults ?? 0) > 0) {
      return { ok: false, error: { code: 'RATE_LIMITED', message: 'arXiv sent an empty page.' }, retry: true };
    }
    return { ok: true, value: feed.value };
  }
}

