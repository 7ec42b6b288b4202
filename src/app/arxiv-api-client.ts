import { parseAtomFeed, type AtomFeed } from '../core/arxiv/atom';
import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { ok, type PdError, type Result } from '../core/result';
import type { ArxivBatch, ArxivClient, Clock, HttpTransport } from './ports';
import type { PoliteQueue } from './polite-queue';

export interface ArxivApiOptions {
  readonly apiUrl: string;
  /** The longest one request may take. */
  readonly timeoutMs: number;
  /**
   * The longest one batch may take in all, every attempt and back-off included, counted from its
   * first request: then the lookup gives up (and the notes become stubs) however many retries are left.
   */
  readonly totalTimeoutMs: number;
  /** Attempts after the first one for transient failures (429, 5xx, network, "Rate exceeded."). */
  readonly retries: number;
  /**
   * Attempts after the first one when a whole batch comes back with no entry (HTTP 200,
   * totalResults 0), as arXiv answers under load; fewer than `retries`, since it is also the
   * honest answer for a batch of ids that do not exist.
   */
  readonly emptyPageRetries: number;
  /** First backoff delay; doubles on each retry. */
  readonly backoffMs: number;
  /** Ids per request: GET URLs stay short, and the API allows far more. */
  readonly batchSize: number;
}

export const DEFAULT_ARXIV_OPTIONS: ArxivApiOptions = {
  apiUrl: 'https://export.arxiv.org/api/query',
  timeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  retries: 3,
  emptyPageRetries: 2,
  backoffMs: 3_000,
  batchSize: 100,
};

/** The request and batch limits for a budget of `seconds` per batch (the CLI's --timeout, the setting). */
export function arxivTimeouts(seconds: number): Pick<ArxivApiOptions, 'timeoutMs' | 'totalTimeoutMs'> {
  const total = Math.round(seconds * 1000);
  return { timeoutMs: Math.min(DEFAULT_ARXIV_OPTIONS.timeoutMs, total), totalTimeoutMs: total };
}

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
      const feed = await this.fetchWithRetry(`id_list=${chunk.map(encodeURIComponent).join(',')}&max_results=${chunk.length}`, this.options.emptyPageRetries);
      if (!feed.ok) return feed;
      // The API answers in relevance order, not id order: match entries back by id.
      const wanted = new Set(chunk);
      for (const entry of feed.value.entries) if (wanted.has(entry.arxiv)) found.set(entry.arxiv, entry);
    }
    return ok({ found, missing: unique.filter((id) => !found.has(id)) });
  }

  /**
   * Runs a `search_query` (arXiv's syntax, unencoded) and returns the feed's papers, at most
   * `maxResults`. Paced and retried like id lookups; a query too long for a URL is POSTed. An
   * empty answer is not asked again: for a search it is the usual "nothing has this title".
   */
  async search(searchQuery: string, maxResults: number, signal?: AbortSignal): Promise<Result<readonly PaperMetadata[]>> {
    const feed = await this.fetchWithRetry(`search_query=${encodeURIComponent(searchQuery)}&start=0&max_results=${maxResults}`, 0, signal);
    return feed.ok ? ok(feed.value.entries) : feed;
  }

  /** Whether a search of this length can be sent at all (as a GET, or through POST when the transport has it). */
  canSend(searchQuery: string): boolean {
    return this.http.post !== undefined || this.queryUrl(`search_query=${encodeURIComponent(searchQuery)}&start=0&max_results=2000`).length <= MAX_GET_URL_LENGTH;
  }

  private queryUrl(params: ApiParams): string {
    return `${this.options.apiUrl}${this.options.apiUrl.includes('?') ? '&' : '?'}${params}`;
  }

  private send(params: ApiParams, timeoutMs: number) {
    const url = this.queryUrl(params);
    if (url.length > MAX_GET_URL_LENGTH && this.http.post) return this.http.post(this.options.apiUrl, params, timeoutMs);
    return this.http.get(url, timeoutMs);
  }

  private async fetchWithRetry(params: ApiParams, emptyPageRetries: number, signal?: AbortSignal): Promise<Result<AtomFeed>> {
    const { retries, backoffMs, timeoutMs, totalTimeoutMs } = this.options;
    let deadline = Number.POSITIVE_INFINITY;
    const left = () => deadline - this.clock.now().getTime();
    let last: PdError = { code: 'NETWORK', message: 'arXiv could not be reached.' };
    let empty: AtomFeed | null = null;
    let emptyPages = 0;
    let attempts = 0;
    let outOfTime = false;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        const pause = backoffMs * 2 ** (attempt - 1);
        if (pause >= left()) {
          outOfTime = true;
          break;
        }
        await this.clock.sleep(pause);
      }
      // Every attempt, retries included, waits its turn: arXiv's 3 s rule counts each request.
      const outcome = await this.queue.run(() => {
        if (signal?.aborted) return Promise.resolve(CANCELLED);
        if (attempts === 0) deadline = this.clock.now().getTime() + totalTimeoutMs;
        const budget = Math.min(timeoutMs, left());
        if (budget <= 0) return Promise.resolve(null);
        if (budget < timeoutMs) outOfTime = true;
        attempts++;
        return this.fetchOnce(params, budget);
      }, signal);
      if (outcome === null) {
        outOfTime = true;
        break;
      }
      if (outcome.ok) {
        // A page with no entry at all for a whole batch is what arXiv sends under load for papers
        // that exist: ask again before saying that none of them exists.
        if (outcome.value.entries.length > 0 || ++emptyPages > emptyPageRetries || attempt === retries) return ok(outcome.value);
        empty = outcome.value;
        continue;
      }
      if (!outcome.retry) return { ok: false, error: outcome.error };
      empty = null;
      last = outcome.error;
    }
    if (empty !== null) return ok(empty);
    const limit = outOfTime ? ` within the ${formatSeconds(totalTimeoutMs)} limit` : '';
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    return { ok: false, error: { code: last.code, message: `${last.message} Gave up after ${tries}${limit}.` } };
  }

  private async fetchOnce(
    params: ApiParams,
    timeoutMs: number,
  ): Promise<{ ok: true; value: AtomFeed } | { ok: false; error: PdError; retry: boolean }> {
    this.requests++;
    const res = await this.send(params, timeoutMs);
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


function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}
