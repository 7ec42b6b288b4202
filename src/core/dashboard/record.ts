import { noteArxivId } from '../note/arxiv-property';
import { absUrl, pdfUrl } from '../arxiv/types';
import type { RequiredSection } from '../note/template-settings';
import { validateNote } from '../note/validate';
import type { ReadingStatus } from '../settings';
import { foldText } from './fold';

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
  const fm = frontmatter;
  const arxiv = noteArxivId(fm, text);
  const title = str(fm.title) || basename(path);
  const authors = strList(fm.authors);
  const tags = tagList(fm.tags);
  const tldr = str(fm.tldr);
  const report = validateNote(text, opts.requiredSections);
  const titleKey = foldText(title);
  const venue = str(fm.venue) || null;
  const missing = report.sections.filter((s) => !s.present || !s.filled).map((s) => s.name);
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
    completeness: { complete: report.complete, filled: report.filledCount, required: report.requiredCount, missing },
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

/**
 * The venue's words, folded, each after a space: a `venue:` word matches when ` word` occurs,
 * i.e. at the start of a venue word ("icra" matches "(ICRA)" and "ICRA2024", not "Africa").
 */
export function venueKey(venue: string): string {
  const words = foldText(venue).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}

/** Family names sort authors, the way a bibliography does. */
function familyKey(name: string): string {
  const parts = name.trim().toLowerCase().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`, lower-cased, once each. */
export function tagKeys(tags: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    // Each ancestor is a prefix ending before a `/`.
    for (let at = lower.indexOf('/'); at >= 0; at = lower.indexOf('/', at + 1)) keys.add(lower.slice(0, at));
    keys.add(lower);
  }
  return [...keys];
}

/** Tags from YAML: a list or a comma/space separated string, `#` dropped, once each. */
export function tagList(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/) : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const tag = item.trim().replace(/^#/, '');
    if (tag === '' || seen.has(tag)) continue;
    seen.add(tag);
    out.push(tag);
  }
  return out;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : '';
}

function strList(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() === '' ? [] : [v.trim()];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
}

function url(v: unknown): string | undefined {
  return typeof v === 'string' && /^https?:\/\//i.test(v.trim()) ? v.trim() : undefined;
}

function intOf(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v.replace(/^v/i, '')) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** A count may be 0 (a paper nobody cites yet); YAML or a hand edit may give it as text. */
function countOf(v: unknown): number | null {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

function ratingOf(v: unknown): number | null {
  const n = intOf(v);
  return n !== null && n <= 5 ? n : null;
}

/** YAML may hand a date over as a Date (unquoted 2024-06-14 under the core schema) or a string. */
function dateOf(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

function yearOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v > 1000 && v < 3000) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getUTCFullYear();
  const m = typeof v === 'string' ? /^(\d{4})/.exec(v) : null;
  return m ? Number(m[1]) : null;
}

function basename(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

