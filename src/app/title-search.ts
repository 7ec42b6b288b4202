import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import type { PdError } from '../core/result';
import type { ArxivApiOptions } from './arxiv-api-client';
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

/** Placeholder until the arXiv search lands: every title is reported unreachable, none dropped. */
export class ArxivTitleSearch implements TitleSearch {
  constructor(
    readonly http: HttpTransport,
    readonly queue: PoliteQueue,
    readonly clock: Clock,
    readonly options?: Partial<ArxivApiOptions>,
  ) {}

  findTitles(titles: readonly string[]): Promise<TitleMatch[]> {
    const error: PdError = { code: 'NETWORK', message: 'Title search is not available yet.' };
    return Promise.resolve(titles.map((query) => ({ kind: 'unreachable', query, error })));
  }
}
