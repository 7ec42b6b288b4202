const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const SPECIAL_CHARS = /[łøđßæœı]/g;

/**
 * Text as search compares it: lower case, accents dropped ("Schölkopf" matches "scholkopf"),
 * runs of whitespace collapsed. Scripts without case or accents (CJK, Cyrillic) pass through.
 */
export function foldText(text: string): string {
  let t = text.toLowerCase();
  // Most titles are plain ASCII: skip the costly normalisation for them.
  if (!isAscii(t)) t = t.normalize('NFKD').replace(COMBINING_MARKS, '').replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c);
  return t.replace(/\s+/g, ' ').trim();
}

/** Search words: folded, split on spaces; each must occur somewhere (order does not matter). */
export function searchTerms(query: string): string[] {
  return foldText(query).split(' ').filter((w) => w !== '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
