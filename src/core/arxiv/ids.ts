import { err, type Result } from '../result';
import { idShapeOf, notAnIdMessage, parseBareId, quote } from './id-grammar';
import { looksLikeDoi, looksLikeUrl, parseArxivDoi, parseArxivLink, stripTrailing } from './id-links';
import type { ArxivRef } from './types';

export { findArxivRefs, findArxivSpans, type ArxivSpan } from './id-text';

const ARXIV_PREFIX = /^arxiv(?::\s*|\s+)/i;
const DOI_PREFIX = /^doi:\s*/i;
const ENCLOSING_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['<', '>'],
  ['[', ']'],
  ['(', ')'],
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['“', '”'],
];
const TRAILING_PUNCTUATION = ').,;';
/** Real inputs are wrapped two or three layers deep; a cap keeps hostile input linear. */
const MAX_UNWRAP_ROUNDS = 8;

/** One input (bare id, arXiv: form, URL of any shape, DOI) -> canonical ref, or INVALID_ID with a reason. */
export function parseArxivInput(input: string): Result<ArxivRef> {
  const text = unwrap(input);
  if (text === '') {
    return err('INVALID_ID', 'The input is empty: paste an arXiv id or link such as 2406.10454.');
  }
  const prefixed = ARXIV_PREFIX.exec(text);
  if (prefixed !== null) {
    const rest = text.slice(prefixed[0].length);
    if (rest === '') return err('INVALID_ID', `${quote(text)} has no id after "arXiv"; write it like arXiv:2406.10454.`);
    // "arXiv preprint arXiv:…" is a citation, not an id: name the whole input, not its tail.
    if (idShapeOf(rest) === 'none') return err('INVALID_ID', notAnIdMessage(text));
    return parseBareId(rest);
  }
  const doi = text.replace(DOI_PREFIX, '');
  if (looksLikeDoi(doi)) return parseArxivDoi(doi);

  // `math.GT/0309136` also reads as a host and path, so known id shapes win over URLs.
  const shape = idShapeOf(text);
  if (shape === 'new' || shape === 'old-known-archive') return parseBareId(text);
  if (looksLikeUrl(text)) return parseArxivLink(text);
  if (shape === 'old-unknown-archive') return parseBareId(text);
  return err('INVALID_ID', notAnIdMessage(text));
}

/** `2406.10454` or `2406.10454v2` */
export function formatArxivRef(ref: ArxivRef): string {
  return ref.version === undefined ? ref.id : `${ref.id}v${ref.version}`;
}

/** true when the string is a canonical id (no version). */
export function isCanonicalArxivId(id: string): boolean {
  const parsed = parseBareId(id);
  return parsed.ok && parsed.value.version === undefined && parsed.value.id === id;
}

/**
 * Peels what surrounds a single pasted input: whitespace, Markdown link syntax, brackets, quotes,
 * and the sentence punctuation that clings to a link copied out of prose.
 */
function unwrap(input: string): string {
  let text = trimSpace(input);
  for (let round = 0; round < MAX_UNWRAP_ROUNDS; round++) {
    const before = text;
    text = markdownLinkTarget(text) ?? text;
    for (const [open, close] of ENCLOSING_PAIRS) {
      if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) text = text.slice(1, -1);
    }
    text = stripTrailing(text, TRAILING_PUNCTUATION);
    // "(2406.10454)." loses its closing parenthesis with the full stop; the opening one goes too.
    if (text.startsWith('(') && !text.includes(')')) text = text.slice(1);
    text = trimSpace(text);
    if (text === before) break;
  }
  return text;
}

/** trim(), plus the zero-width space that rides along with text copied from web pages. */
function trimSpace(text: string): string {
  const isBlank = (ch: string): boolean => ch === '\u200b' || ch.trim() === '';
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * `[title](url)`, `[title](<url>)` and `[title](url "tooltip")`: the target is what counts.
 * Found by position, not by a backtracking regex, so a long pasted line stays linear.
 */
function markdownLinkTarget(text: string): string | null {
  if (!(text.startsWith('[') || text.startsWith('![')) || !text.endsWith(')')) return null;
  const open = text.lastIndexOf('](');
  if (open < 0) return null;
  const target = text.slice(open + 2, -1).trim();
  if (!target.startsWith('<')) return target.split(/\s/, 1)[0];
  const close = target.indexOf('>');
  return close < 0 ? target.slice(1) : target.slice(1, close);
}
