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
  if (!isAscii(t)) t = t.normalize('NFKD').replace(COMBINING_MARKS, '').replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c);
  else if (isSpacedOnce(t)) return t;
  return t.replace(/\s+/g, ' ').trim();
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
