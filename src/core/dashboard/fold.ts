import { isCollapsed } from '../text/whitespace';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const SPECIAL_CHARS = /[łøđßæœı]/g;

/**
 * Text as search compares it: lower case, accents dropped ("Schölkopf" matches "scholkopf"),
 * runs of whitespace collapsed. Scripts without case or accents (CJK, Cyrillic) pass through.
 */
export function foldText(text: string): string {
  let t = text.toLowerCase();
  // Most titles are plain ASCII with single spaces: skip the costly steps for them.
  if (!isAscii(t)) t = foldLatin(t) ?? foldFully(t);
  else if (isSpacedOnce(t)) return t;
  return isCollapsed(t) ? t : t.replace(/\s+/g, ' ').trim();
}

function foldFully(lower: string): string {
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '').replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c);
}

const LATIN_END = 0x250;
/**
 * foldFully of each character from U+0080 to U+024F (Latin-1 and Latin Extended), worked out once.
 * None of them decomposes into a leading combining mark, so for a text made of these and ASCII the
 * decomposition of the whole is the decompositions side by side: folding character by character
 * gives exactly foldFully's result (names like "Müller" and "Schölkopf" in every search haystack)
 * without normalizing whole strings. The tests hold the two to the same results.
 */
const LATIN_FOLD: readonly string[] = Array.from({ length: LATIN_END - 0x80 }, (_, i) => foldFully(String.fromCharCode(0x80 + i)));

/** foldFully of `lower`, character by character; null when a character lies beyond Latin Extended. */
function foldLatin(lower: string): string | null {
  // Into one reused buffer: a text folds to at most 4 characters per character (ǆ → dž is 2).
  if (lower.length * 4 > FOLD_BUFFER.length) return null;
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) {
      FOLD_BUFFER[n++] = c;
      continue;
    }
    if (c >= LATIN_END) return null;
    const folded = LATIN_FOLD[c - 0x80];
    for (let j = 0; j < folded.length; j++) FOLD_BUFFER[n++] = folded.charCodeAt(j);
  }
  return String.fromCharCode.apply(null, FOLD_BUFFER.subarray(0, n) as unknown as number[]);
}

const FOLD_BUFFER = new Uint16Array(8192);

/** The full folding, for the tests to hold the quick one to. */
export function foldTextFully(text: string): string {
  return foldFully(text.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** No whitespace but single spaces between words (nothing for the collapse and trim to do). */
function isSpacedOnce(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c <= 0x20 || c === 0x7f) return false;
  }
  return true;
}

/** Search words: folded, split on spaces; each must occur somewhere (order does not matter). */
export function searchTerms(query: string): string[] {
  return foldText(query).split(' ').filter((w) => w !== '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
