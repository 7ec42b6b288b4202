import type { Result } from '../result';
import {
  NEW_STYLE_LOOSE_SOURCE,
  NEW_STYLE_TEXT_SOURCE,
  OLD_STYLE_LOOSE_SOURCE,
  OLD_STYLE_TEXT_SOURCE,
  parseBareId,
} from './id-grammar';
import { parseArxivDoi, parseArxivLink, SCHEMELESS_HOST_SOURCE, stripTrailing } from './id-links';
import type { ArxivRef } from './types';

/*
 * How ids are told apart from other numbers in prose (the choices a reader would notice):
 * - A link or DOI is read as one unit. An arXiv one yields its id; any other (a GitHub URL, the
 *   IEEE DOI 10.1109/ICRA48891.2023.10160295) yields nothing, whatever digits it holds.
 * - `arXiv:`/`arXiv ` followed by an id is taken; so is a bare old-style id of a known archive.
 * - A bare new-style id is taken only when it stands alone: not glued to letters, digits, `.`,
 *   `/`, `-`, `+` or a currency sign before it, nor to letters, digits, `%`, a path (`/x`) or
 *   more decimals (`.5`) after it. So version strings (1.2.1234.5678), IP-like runs,
 *   `$1203.4567` and `12.5%` are skipped.
 * - A number that has the exact shape of a valid id and stands alone is taken even when a unit
 *   follows ("1203.4567 USD"): the grammar (month 01-12, era-correct digit count, no number 0)
 *   already rules out most prices (1234.5678 has month 34), and the text cannot say more. The
 *   reader sees each found id before a note is created.
 */

/** Characters of a URL or DOI in prose; balanced parentheses are part of it, others end it. */
const LINK_CHAR = String.raw`[^\s<>()\[\]{}"'\x60|\\^]`;
const LINK_BODY = String.raw`(?:${LINK_CHAR}|\(${LINK_CHAR}*\))+`;

const SCANNER_SOURCE = [
  `(?<url>(?:https?:\\/\\/|www\\.)${LINK_BODY}|${SCHEMELESS_HOST_SOURCE}${LINK_BODY})`,
  `(?<doi>10\\.\\d{4,9}\\/${LINK_BODY})`,
  `arxiv(?::\\s*|\\s+)(?<prefixed>${NEW_STYLE_LOOSE_SOURCE}|${OLD_STYLE_LOOSE_SOURCE})`,
  `(?<old>${OLD_STYLE_TEXT_SOURCE})`,
  `(?<fresh>${NEW_STYLE_TEXT_SOURCE})`,
].join('|');

/** Prose punctuation and Markdown emphasis that end a sentence, not a link. */
const TRAILING_PUNCTUATION = `).,;:!?*_'"`;

/** All arXiv ids found in free text, in order of appearance, without repeats (same id+version once). */
export function findArxivRefs(text: string): ArxivRef[] {
  const found: ArxivRef[] = [];
  const seen = new Set<string>();
  for (const { ref } of findArxivSpans(text)) {
    const key = ref.version === undefined ? ref.id : `${ref.id}v${ref.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(ref);
  }
  return found;
}

/** One arXiv reference in text and where it stands: `text.slice(start, end)` is the link or id. */
export interface ArxivSpan {
  readonly ref: ArxivRef;
  readonly start: number;
  readonly end: number;
}

/** Every arXiv reference in text with its position, repeats included (to rewrite links in place). */
export function findArxivSpans(text: string): ArxivSpan[] {
  const spans: ArxivSpan[] = [];
  // A fresh regex per call: the scanner keeps state in lastIndex.
  const scanner = new RegExp(SCANNER_SOURCE, 'gi');
  let match: RegExpExecArray | null;
  while ((match = scanner.exec(text)) !== null) {
    const ref = refFromMatch(text, match, scanner.lastIndex);
    if (ref === null) continue;
    const groups = match.groups ?? {};
    const unit = groups.url ?? groups.doi;
    const end = unit === undefined ? scanner.lastIndex : match.index + stripTrailing(unit, TRAILING_PUNCTUATION).length;
    spans.push({ ref, start: match.index, end });
  }
  return spans;
}

function refFromMatch(text: string, match: RegExpExecArray, end: number): ArxivRef | null {
  const groups = match.groups ?? {};
  if (groups.url !== undefined) return valueOf(parseArxivLink(stripTrailing(groups.url, TRAILING_PUNCTUATION)));
  if (groups.doi !== undefined) return valueOf(parseArxivDoi(stripTrailing(groups.doi, TRAILING_PUNCTUATION)));
  if (!endsAlone(text, end)) return null;
  if (groups.prefixed !== undefined) return valueOf(parseBareId(groups.prefixed));
  const before = match.index > 0 ? text.charCodeAt(match.index - 1) : NaN;
  if (groups.old !== undefined) return gluedBeforeOldStyle(before) ? null : valueOf(parseBareId(groups.old));
  if (groups.fresh !== undefined) return gluedBeforeNewStyle(before) ? null : valueOf(parseBareId(groups.fresh));
  return null;
}

function valueOf(result: Result<ArxivRef>): ArxivRef | null {
  return result.ok ? result.value : null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isDigit(c) || isAsciiLetter(c);

const DOT = 46;
const SLASH = 47;
const HYPHEN = 45;
const PLUS = 43;
const PERCENT = 37;
const UNDERSCORE = 95;
const CURRENCY = new Set([36, 0xa2, 0xa3, 0xa5, 0x20ac]); // $ ¢ £ ¥ €

function endsAlone(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  const next = end + 1 < text.length ? text.charCodeAt(end + 1) : NaN;
  if (isAlnum(c) || c === PERCENT) return false;
  // A comma stays a separator ("2406.10454,2409.05864"); a dot and digit continue a number.
  if (c === DOT && isDigit(next)) return false;
  if (c === SLASH && isAlnum(next)) return false;
  return true;
}

function gluedBeforeNewStyle(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return isAlnum(c) || c === DOT || c === SLASH || c === HYPHEN || c === PLUS || CURRENCY.has(c);
}

function gluedBeforeOldStyle(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return isAlnum(c) || c === DOT || c === SLASH || c === HYPHEN || c === UNDERSCORE;
}
