import type { HeadingParts } from './heading-parts';

/** One paper of a list (a daily list, a channel digest, a bullet list), as the list gives it. */
export interface ListedPaper {
  /** 1-based line where the paper starts in the list. */
  readonly line: number;
  readonly heading: HeadingParts;
  /** An arXiv id the list gives for the paper (a link or an id in its text), or null. */
  readonly arxivId: string | null;
  /** The list's abstract of the paper (a daily list copies it). */
  readonly abstract: string | null;
  /** The one-line summary (`tldr`). */
  readonly summary: string | null;
  /** What the list says about the paper in its own words (a digest's commentary), lines as written. */
  readonly commentary: readonly string[];
  /** Upvotes on a daily list, when shown. */
  readonly upvotes: number | null;
}

export type ListFormat = 'hf-daily' | 'channel-digest' | 'bullet-list' | 'arxiv-ids';

export interface PaperList {
  readonly format: ListFormat;
  readonly papers: readonly ListedPaper[];
}

export const FORMAT_NAMES: Readonly<Record<ListFormat, string>> = {
  'hf-daily': 'a Hugging Face daily papers list',
  'channel-digest': 'a channel digest',
  'bullet-list': 'a list of papers, one per line',
  'arxiv-ids': 'text with arXiv links',
};

export function plainHeading(title: string, extra: Partial<HeadingParts> = {}): HeadingParts {
  return { title, recommended: false, resources: [], remarks: [], links: [], ...extra };
}

/** A title as a list copies it: markup left over from bold text and the trailing period dropped. */
export function cleanTitle(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,]+$/, '')
    .trim();
}
