import { ARXIV_NS, ATOM_NS, childrenNamed, collapseWhitespace, firstChild, type XmlElement } from './atom-xml';
import { extractLinks } from './links';
import type { PaperMetadata } from './types';

export interface AtomErrorEntry {
  /** The input arXiv complained about (e.g. "abc"), or '' when the error names none. */
  readonly id: string;
  readonly message: string;
}

export type ReadEntry =
  | { readonly kind: 'paper'; readonly paper: PaperMetadata }
  | { readonly kind: 'error'; readonly error: AtomErrorEntry }
  | { readonly kind: 'unknown' };

const ABS_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/abs\/(.+?)(?:v(\d+))?\/?$/i;
const NEW_STYLE_ID = /^\d{4}\.\d{4,5}$/;
// The canonical old-style id drops the subject class: math.GT/0309136 is math/0309136.
const OLD_STYLE_ID = /^([a-z-]+)(?:\.[a-z]{2})?\/(\d{7})$/i;
const ERROR_ID = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/api\/errors/i;
const BAD_ID_IN_SUMMARY = /^incorrect id format for (.+)$/i;
const BAD_ID_IN_FRAGMENT = /#incorrect_id_format_for_(.+)$/i;

/** Reads one Atom `<entry>`: a paper, one of arXiv's error entries, or neither. */
export function readEntry(entry: XmlElement): ReadEntry {
  const rawId = atomText(entry, 'id');
  const title = atomText(entry, 'title');
  const summary = atomText(entry, 'summary');
  const parsedId = parseEntryId(rawId);
  if (ERROR_ID.test(rawId) || (parsedId === null && title === 'Error')) {
    return { kind: 'error', error: { id: badInputOf(rawId, summary), message: summary || 'arXiv reported an error.' } };
  }
  // Not arXiv's error and not a paper we can name: callers match entries to the ids they asked
  // for, so such an entry could never be used, and the id it fails to answer is reported missing.
  if (parsedId === null) return { kind: 'unknown' };

  const updated = dateOf(atomText(entry, 'updated'));
  const published = dateOf(atomText(entry, 'published')) || updated;
  const comment = arxivText(entry, 'comment');
  const journalRef = arxivText(entry, 'journal_ref');
  // A DOI holds no spaces; when authors put several in this one field, keep the first.
  const doi = arxivText(entry, 'doi').split(' ')[0];
  const links = extractLinks(comment ? `${summary}\n${comment}` : summary);
  const paper: PaperMetadata = {
    arxiv: parsedId.id,
    version: parsedId.version,
    title,
    authors: childrenNamed(entry, ATOM_NS, 'author')
      .map((author) => atomText(author, 'name'))
      .filter((name) => name !== ''),
    abstract: summary,
    published,
    updated: updated || published,
    categories: categoriesOf(entry),
    ...(doi ? { doi } : {}),
    ...(journalRef ? { journalRef } : {}),
    ...(comment ? { comment } : {}),
    ...(links.code ? { code: links.code } : {}),
    ...(links.projectPage ? { projectPage: links.projectPage } : {}),
  };
  return { kind: 'paper', paper };
}

/** `http://arxiv.org/abs/hep-th/9901001v1` -> hep-th/9901001, version 1; null when not an arXiv abs URL. */
export function parseEntryId(raw: string): { id: string; version: number } | null {
  const match = ABS_URL.exec(raw);
  if (!match) return null;
  const [, idPart, versionPart] = match;
  // The API always answers with a versioned id; 1 is the only version an unversioned id can promise.
  const version = versionPart === undefined ? 1 : Number(versionPart);
  if (NEW_STYLE_ID.test(idPart)) return { id: idPart, version };
  const old = OLD_STYLE_ID.exec(idPart);
  return old ? { id: `${old[1].toLowerCase()}/${old[2]}`, version } : null;
}

function badInputOf(rawId: string, summary: string): string {
  const fromSummary = BAD_ID_IN_SUMMARY.exec(summary);
  if (fromSummary) return fromSummary[1].trim();
  const fromFragment = BAD_ID_IN_FRAGMENT.exec(rawId);
  if (!fromFragment) return '';
  try {
    return decodeURIComponent(fromFragment[1]);
  } catch {
    return fromFragment[1];
  }
}

/** Primary category first, then the others in feed order, each once. */
function categoriesOf(entry: XmlElement): string[] {
  const primary = firstChild(entry, ARXIV_NS, 'primary_category')?.attrs.term?.trim();
  const all = childrenNamed(entry, ATOM_NS, 'category').map((c) => (c.attrs.term ?? '').trim());
  return [...new Set([primary ?? '', ...all])].filter((term) => term !== '');
}

/** The UTC calendar date of an RFC 3339 timestamp, or '' when there is none. */
function dateOf(timestamp: string): string {
  // arXiv's entry timestamps are UTC (`Z`), whose date part needs no arithmetic.
  if (/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z)?$/i.test(timestamp)) return timestamp.slice(0, 10);
  const millis = Date.parse(timestamp);
  if (!Number.isNaN(millis)) return new Date(millis).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}/.test(timestamp) ? timestamp.slice(0, 10) : '';
}

function atomText(el: XmlElement, local: string): string {
  return collapseWhitespace(firstChild(el, ATOM_NS, local)?.text ?? '');
}

function arxivText(el: XmlElement, local: string): string {
  return collapseWhitespace(firstChild(el, ARXIV_NS, local)?.text ?? '');
}
