import { noteArxivId } from '../note/arxiv-property';
import { absUrl, pdfUrl } from '../arxiv/types';
import type { RequiredSection } from '../note/template-settings';
import { completenessFromCache, type CachedStructure } from '../note/cached-completeness';
import { sectionStates, type SectionState } from '../note/validate';
import type { ReadingStatus } from '../settings';
import { foldText } from './fold';
import { countOf, dateOf, familyKey, intOf, ratingOf, str, strList, tagKeys, tagList, url, yearOf } from './record-fields';

/** How far a note is distilled, as the template validator sees it. */
export interface Completeness {
  readonly complete: boolean;
  readonly filled: number;
  readonly required: number;
  /** Names of required sections that are missing or empty. */
  readonly missing: readonly string[];
}

export interface PaperLinks {
  readonly arxiv?: string;
  readonly pdf?: string;
  readonly code?: string;
  readonly projectPage?: string;
}

/** One paper note as the dashboard sees it: plain data, derived once per change of the note. */
export interface PaperRecord {
  readonly path: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly year: number | null;
  readonly arxiv: string | null;
  readonly categories: readonly string[];
  /** As written, without `#`, in note order, once each. */
  readonly tags: readonly string[];
  readonly rating: number | null;
  readonly status: ReadingStatus | null;
  readonly completeness: Completeness;
  /** `YYYY-MM-DD` or null. */
  readonly added: string | null;
  readonly tldr: string;
  readonly links: PaperLinks;
  /** OpenAlex's cited-by count; null when OpenAlex was not asked or does not know the paper. */
  readonly citations: number | null;
  /** Where the paper was published (OpenAlex), as written; null when it is only a preprint. */
  readonly venue: string | null;
  /** OpenAlex's kind of venue (`conference`, `journal`, …); null when unknown. */
  readonly venueType: string | null;
  /** Newest arXiv version known, and the version the reader read. */
  readonly versions: { readonly arxiv: number | null; readonly read: number | null };
  /** Lower-cased tags with every ancestor (`a/b` → `a`, `a/b`), for nested tag matching and facets. */
  readonly tagKeys: readonly string[];
  /** Folded title + authors + tldr, for forgiving text search. */
  readonly haystack: string;
  /** The folded venue with a space before each word (` corl 2023`), for `venue:` word matching; '' without one. */
  readonly venueKey: string;
  /** Folded title, the sort key of the title column. */
  readonly titleKey: string;
  /** The first author's family name, lower-cased (the author column's sort key); null without authors. */
  readonly authorKey: string | null;
}

export interface RecordOptions {
  readonly paperTag: string;
  readonly requiredSections: readonly RequiredSection[];
}

const STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'read'];

/** A paper note has an `arxiv` key or the paper tag (notes imported without an arXiv id). */
export function isPaperNote(frontmatter: Readonly<Record<string, unknown>> | null, paperTag: string): boolean {
  if (frontmatter === null) return false;
  if (frontmatter.arxiv !== undefined && frontmatter.arxiv !== null && frontmatter.arxiv !== '') return true;
  const tag = paperTag.toLowerCase();
  return tagList(frontmatter.tags).some((t) => t.toLowerCase() === tag);
}

/**
 * The record of a note, or null when it is not a paper note. `body` is the whole note text (the
 * frontmatter is skipped by the validator), used for completeness.
 */
export function paperRecord(
  path: string,
  frontmatter: Readonly<Record<string, unknown>> | null,
  text: string,
  opts: RecordOptions,
): PaperRecord | null {
  if (frontmatter === null || !isPaperNote(frontmatter, opts.paperTag)) return null;
  return recordOf(path, frontmatter, text, sectionStates(text, opts.requiredSections));
}

/**
 * The record from Obsidian's metadata cache, without reading the note: null when it is not a
 * paper note, undefined when only the text can tell how far it is distilled (see
 * completenessFromCache). Every other field comes from the properties alone (an unquoted
 * numeric arxiv id is restored from its number, which gives the same id as the line as typed).
 */
export function paperRecordFromCache(
  path: string,
  frontmatter: Readonly<Record<string, unknown>> | null,
  cache: CachedStructure,
  opts: RecordOptions,
): PaperRecord | null | undefined {
  if (frontmatter === null || !isPaperNote(frontmatter, opts.paperTag)) return null;
  const report = completenessFromCache(cache, opts.requiredSections);
  return report === null ? undefined : recordOf(path, frontmatter, undefined, report.sections);
}

function recordOf(path: string, fm: Readonly<Record<string, unknown>>, text: string | undefined, sections: readonly SectionState[]): PaperRecord {
  const arxiv = noteArxivId(fm, text);
  const title = str(fm.title) || basename(path);
  const authors = strList(fm.authors);
  const tags = tagList(fm.tags);
  const tldr = str(fm.tldr);
  const titleKey = foldText(title);
  const venue = str(fm.venue) || null;
  const missing: string[] = [];
  let complete = true;
  for (const s of sections) {
    if (!s.present || !s.filled) missing.push(s.name);
    if (!s.present || !s.filled || s.duplicated || !s.inOrder) complete = false;
  }
  return {
    path,
    title,
    authors,
    year: yearOf(fm.published) ?? yearOf(fm.year) ?? yearOf(fm.date),
    arxiv,
    categories: strList(fm.categories),
    tags,
    rating: ratingOf(fm.rating),
    status: STATUSES.includes(fm.status as ReadingStatus) ? (fm.status as ReadingStatus) : null,
    completeness: { complete, filled: sections.length - missing.length, required: sections.length, missing },
    added: dateOf(fm.added),
    tldr,
    links: {
      arxiv: arxiv === null ? undefined : absUrl(arxiv),
      pdf: url(fm.pdf) ?? (arxiv === null ? undefined : pdfUrl(arxiv)),
      code: url(fm.code),
      projectPage: url(fm.project_page),
    },
    citations: countOf(fm.citations),
    venue,
    venueType: str(fm.venue_type).toLowerCase() || null,
    versions: { arxiv: intOf(fm.arxiv_version), read: intOf(fm.read_version) },
    tagKeys: tagKeys(tags),
    haystack: `${titleKey} ${foldText(`${authors.join(' ')} ${tldr}`)}`.trim(),
    venueKey: venue === null ? '' : venueKey(venue),
    titleKey,
    authorKey: authors.length > 0 ? familyKey(authors[0]) : null,
  };
}

export { tagKeys, tagList };

/**
 * The venue's words, folded, each after a space: a `venue:` word matches when ` word` occurs,
 * i.e. at the start of a venue word ("icra" matches "(ICRA)" and "ICRA2024", not "Africa").
 */
export function venueKey(venue: string): string {
  const words = foldText(venue).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}


function basename(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

