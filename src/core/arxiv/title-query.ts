/**
 * arXiv `search_query` clauses for titles. arXiv's search is token-based, so the title is cut
 * into plain ASCII words first: punctuation splits words as arXiv's index does (`Block-wise` →
 * `block wise`), and what the index cannot match the same way on both sides (TeX, Greek letters,
 * words with apostrophes) ends the phrase instead of breaking it.
 */

/** Words too common to narrow a words-only query; they stay inside phrases. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

/** Query syntax words: quoted inside a phrase they are words, bare they would be operators. */
const OPERATORS = new Set(['and', 'or', 'andnot']);

const NON_ASCII_WORD = /\S*(?:(?![a-zA-Z])\p{L}|(?![0-9])\p{N})\S*/gu;

/** `\"{u}` → `u`, `\'e` → `e`: TeX accents keep their letter. */
export function texAccentsToLetters(text: string): string {
  return text.replace(/\\[`'"^~=.]\{?([a-zA-Z])\}?/g, '$1');
}

/** Runs of searchable words, in title order, split wherever a word had to be left out. */
export function titleSearchPhrases(title: string): string[][] {
  const phrases: string[][] = [];
  let current: string[] = [];
  const cut = (): void => {
    if (current.length > 0) phrases.push(current);
    current = [];
  };
  // TeX math, commands and words glued to an apostrophe are searched around, not through:
  // a private-use character marks where they were.
  const pieces = texAccentsToLetters(title)
    .replace(/\$[^$]*\$/g, ' \uE000 ')
    .replace(/\\[a-zA-Z]+/g, ' \uE000 ')
    .replace(/\S*['’‘ʼ`]\S*/g, ' \uE000 ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // `π0`, `GR00Τ` with a Greek letter, CJK: arXiv may spell these otherwise, so leave them out.
    .replace(NON_ASCII_WORD, ' \uE000 ')
    .toLowerCase()
    .split(/([^a-z0-9\uE000]+)/);
  for (const piece of pieces) {
    if (piece === '' || /^[^a-z0-9\uE000]+$/.test(piece)) {
      // Punctuation and spaces separate words; non-ASCII letters (Greek, CJK) end the phrase.
      if (/[^\s\p{P}\p{S}]/u.test(piece)) cut();
      continue;
    }
    for (const word of piece.split('\uE000')) {
      if (word === '') cut();
      else current.push(word);
    }
    if (piece.endsWith('\uE000')) cut();
  }
  cut();
  return phrases.filter((p) => !(p.length === 1 && STOP_WORDS.has(p[0] ?? '')));
}

/** `(ti:"block wise quantization" AND ti:"vision")`: every phrase of the title, in its title. */
export function titlePhraseClause(title: string): string | null {
  const phrases = titleSearchPhrases(title);
  if (phrases.length === 0) return null;
  return group(phrases.map((p) => `ti:"${p.join(' ')}"`));
}

/**
 * The looser second try: every distinctive word anywhere in the title, in any order, for titles
 * whose phrase found nothing (a word added or moved, a different spelling of a symbol).
 */
export function titleWordsClause(title: string): string | null {
  const words = [...new Set(titleSearchPhrases(title).flat())].filter((w) => !STOP_WORDS.has(w) && !OPERATORS.has(w));
  if (words.length === 0) return null;
  return group(words.map((w) => `ti:${w}`));
}

/** Several titles' clauses in one query: a paper matching any of them comes back. */
export function anyOf(clauses: readonly string[]): string {
  return clauses.length === 1 ? (clauses[0] ?? '') : clauses.join(' OR ');
}

function group(terms: readonly string[]): string {
  return terms.length === 1 ? (terms[0] ?? '') : `(${terms.join(' AND ')})`;
}
