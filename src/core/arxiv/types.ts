/** A canonical arXiv identifier: `2406.10454` or `hep-th/9901001`, never with a version. */
export type ArxivIdString = string;

/** What the reader asked for: the canonical id plus the version, when one was given. */
export interface ArxivRef {
  readonly id: ArxivIdString;
  readonly version?: number;
}

/** One paper as arXiv describes it, normalised (whitespace collapsed, dates as YYYY-MM-DD). */
export interface PaperMetadata {
  readonly arxiv: ArxivIdString;
  /** Version of the entry returned (the newest when the request was unversioned). */
  readonly version: number;
  readonly title: string;
  /** "Given Family" strings, in arXiv's order. */
  readonly authors: readonly string[];
  readonly abstract: string;
  /** v1 date, YYYY-MM-DD. */
  readonly published: string;
  /** Date of the returned version, YYYY-MM-DD. */
  readonly updated: string;
  /** Primary category first, no repeats. */
  readonly categories: readonly string[];
  /** Journal DOI given by the authors, if any. */
  readonly doi?: string;
  readonly journalRef?: string;
  readonly comment?: string;
  /** Code and project links found in the abstract or comment, or given by another source. */
  readonly code?: string;
  readonly projectPage?: string;
  /** From OpenAlex, when it knows the paper: cited-by count, published venue, work id. */
  readonly citations?: number;
  readonly venue?: string;
  /** OpenAlex's kind of venue (`conference`, `journal`, …), with `venue` only. */
  readonly venueType?: string;
  readonly openalex?: string;
}

export const absUrl = (id: ArxivIdString): string => `https://arxiv.org/abs/${id}`;
export const pdfUrl = (id: ArxivIdString): string => `https://arxiv.org/pdf/${id}`;
export const arxivDoi = (id: ArxivIdString): string => `10.48550/arXiv.${id}`;
