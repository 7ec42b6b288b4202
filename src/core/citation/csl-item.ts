import { absUrl, arxivDoi, type PaperMetadata } from '../arxiv/types';
import { splitAuthorName } from './names';

export interface CslName {
  readonly family: string;
  readonly given?: string;
  readonly suffix?: string;
}

export type CslDateParts = readonly [number] | readonly [number, number] | readonly [number, number, number];

/**
 * The CSL-JSON item for an arXiv paper. It is the only input the citation engine gets: citation-js
 * fetches over the network for string inputs such as a DOI, never for a CSL-JSON object.
 */
export interface CslItem {
  readonly id: string;
  /** CSL 1.0.2 has no preprint type; "article" is what its specification recommends for one. */
  readonly type: 'article';
  readonly title: string;
  readonly author: readonly CslName[];
  readonly issued?: { readonly 'date-parts': readonly [CslDateParts] };
  readonly publisher: 'arXiv';
  /**
   * "arXiv:<id>", not the bare id: APA 7 prints the number in parentheses, "(arXiv:2406.10454)",
   * and the Scholar line reads "arXiv preprint arXiv:2406.10454". No container-title and no
   * archive_location, which APA and Vancouver would print a second time.
   */
  readonly number: string;
  readonly DOI: string;
  readonly URL: string;
  readonly abstract?: string;
}

export function toCslItem(meta: PaperMetadata): CslItem {
  const issued = dateParts(meta.published);
  return {
    id: meta.arxiv,
    type: 'article',
    title: meta.title,
    author: meta.authors.map(toCslName).filter((n) => n.family !== ''),
    ...(issued === undefined ? {} : { issued: { 'date-parts': [issued] } }),
    publisher: 'arXiv',
    number: `arXiv:${meta.arxiv}`,
    DOI: meta.doi ?? arxivDoi(meta.arxiv),
    URL: absUrl(meta.arxiv),
    ...(meta.abstract === '' ? {} : { abstract: meta.abstract }),
  };
}

function toCslName(author: string): CslName {
  const { given, family, suffix } = splitAuthorName(author);
  return {
    family,
    ...(given === '' ? {} : { given }),
    ...(suffix === undefined ? {} : { suffix }),
  };
}

/** `YYYY-MM-DD` (or a shorter prefix) to CSL date parts; anything else means no date. */
export function dateParts(date: string): CslDateParts | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map((p) => (p === undefined ? undefined : Number(p)));
  if (year === undefined) return undefined;
  if (month === undefined || month < 1 || month > 12) return [year];
  if (day === undefined || day < 1 || day > 31) return [year, month];
  return [year, month, day];
}
