import { anyOf, titlePhraseClause, titleSearchPhrases, titleWordsClause } from '../core/arxiv/title-query';
import { resolveTitle } from '../core/arxiv/title-score';
import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import type { PdError } from '../core/result';
import { ArxivApiClient, DEFAULT_ARXIV_OPTIONS, type ArxivApiOptions } from './arxiv-api-client';
import type { Clock, HttpTransport } from './ports';
import type { PoliteQueue } from './polite-queue';

/** What searching arXiv for one title learnt. `query` is the title exactly as the caller gave it. */
export type TitleMatch =
  /** One arXiv paper has this title (normalised tokens equal): use it. */
  | { readonly kind: 'matched'; readonly query: string; readonly id: ArxivIdString; readonly entry: PaperMetadata }
  /** Close titles, best first, none confident: the reader chooses. */
  | { readonly kind: 'ambiguous'; readonly query: string; readonly candidates: readonly PaperMetadata[] }
  /** arXiv answered and nothing is close. */
  | { readonly kind: 'none'; readonly query: string }
  /** arXiv could not be asked (offline, rate limited after retries): keep the title and retry later. */
  | { readonly kind: 'unreachable'; readonly query: string; readonly error: PdError };

export interface TitleSearchOptions {
  /** Stops waiting for the answer (a search-as-you-type that was superseded). */
  readonly signal?: AbortSignal;
}

/** Resolves titles against arXiv. */
export interface TitleSearch {
  /**
   * One answer per title, in the order given (duplicates answered alike), in as few requests
   * as the API allows: several titles OR'ed into one query, paced through the shared queue.
   */
  findTitles(titles: readonly string[], options?: TitleSearchOptions): Promise<TitleMatch[]>;
}

export interface TitleSearchApiOptions extends ArxivApiOptions {
  /** Titles OR'ed into one query. */
  readonly titlesPerRequest: number;
  /** Results asked for per title in a query (decoys and namesakes come back too). */
  readonly resultsPerTitle: number;
}

const DEFAULTS: Omit<TitleSearchApiOptions, keyof ArxivApiOptions> = { titlesPerRequest: 10, resultsPerTitle: 10 };

/**
 * The options with defaults filled in, read through on every use: the plugin passes getters (the
 * endpoint and timeouts follow its settings), which spreading would freeze.
 */
function liveDefaults(options: Partial<TitleSearchApiOptions>): TitleSearchApiOptions {
  const defaults: TitleSearchApiOptions = { ...DEFAULT_ARXIV_OPTIONS, ...DEFAULTS };
  const live = {} as TitleSearchApiOptions;
  for (const key of Object.keys(defaults) as (keyof TitleSearchApiOptions)[]) {
    Object.defineProperty(live, key, { enumerable: true, get: () => options[key] ?? defaults[key] });
  }
  return live;
}

type Answer = Exclude<TitleMatch, { kind: 'unreachable' }> | { kind: 'unreachable'; query: string; error: PdError };

/**
 * Title search over arXiv's `search_query`: first every title as phrases, many titles per request;
 * then, for titles that found nothing at all, their distinctive words in any order. Candidates are
 * scored here, never trusted from arXiv's relevance order.
 */
export class ArxivTitleSearch implements TitleSearch {
  private readonly api: ArxivApiClient;
  private readonly settings: TitleSearchApiOptions;

  constructor(
    readonly http: HttpTransport,
    readonly queue: PoliteQueue,
    readonly clock: Clock,
    readonly options?: Partial<TitleSearchApiOptions>,
  ) {
    this.settings = liveDefaults(options ?? {});
    this.api = new ArxivApiClient(http, queue, clock, this.settings);
  }

  /** Requests sent so far, retries included. */
  get requestCount(): number {
    return this.api.requestCount;
  }

  async findTitles(titles: readonly string[], options: TitleSearchOptions = {}): Promise<TitleMatch[]> {
    const unique = [...new Set(titles.map((t) => t.trim()))].filter((t) => t !== '');
    const answers = new Map<string, Answer>();
    await this.round(unique, titlePhraseClause, answers, options.signal);
    // Words in any order only differ from the phrases when some phrase has two words or more.
    const retry = unique.filter((t) => answers.get(t)?.kind === 'none' && titleSearchPhrases(t).some((p) => p.length > 1));
    await this.round(retry, titleWordsClause, answers, options.signal);
    return titles.map((query) => {
      const answer = answers.get(query.trim()) ?? { kind: 'none', query };
      return { ...answer, query };
    });
  }

  private async round(
    titles: readonly string[],
    clauseOf: (title: string) => string | null,
    answers: Map<string, Answer>,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const searchable: { title: string; clause: string }[] = [];
    for (const title of titles) {
      const clause = clauseOf(title);
      if (clause === null) answers.set(title, answers.get(title) ?? { kind: 'none', query: title });
      else searchable.push({ title, clause });
    }
    for (const batch of this.batches(searchable)) {
      const found = await this.api.search(
        anyOf(batch.map((b) => b.clause)),
        Math.min(2_000, this.settings.resultsPerTitle * batch.length),
        signal,
      );
      for (const { title } of batch) {
        answers.set(title, found.ok ? this.answer(title, found.value) : { kind: 'unreachable', query: title, error: found.error });
      }
    }
  }

  private answer(title: string, papers: readonly PaperMetadata[]): Answer {
    const resolution = resolveTitle(title, papers);
    if (resolution.kind === 'matched') return { kind: 'matched', query: title, id: resolution.paper.arxiv, entry: resolution.paper };
    if (resolution.kind === 'ambiguous') return { kind: 'ambiguous', query: title, candidates: resolution.candidates };
    return { kind: 'none', query: title };
  }

  /** Groups of titles for one query each: at most `titlesPerRequest`, and short enough to send. */
  private batches<T extends { clause: string }>(items: readonly T[]): T[][] {
    const out: T[][] = [];
    let current: T[] = [];
    for (const item of items) {
      const next = [...current, item];
      if (current.length > 0 && (next.length > this.settings.titlesPerRequest || !this.api.canSend(anyOf(next.map((b) => b.clause))))) {
        out.push(current);
        current = [item];
      } else {
        current = next;
      }
    }
    if (current.length > 0) out.push(current);
    return out;
  }
}
