import type { CslItem, CslName } from './csl-item';

/**
 * citeproc-js treats field values as light markup: it renders `<i>`, `<b>`, `<sup>` and
 * `<span class="nocase">` (dropping the tags from text output), makes straight quotes curly and
 * flips nested ones, turns `'` into `’`, and puts a narrow no-break space before `!`, `?`, `:`, `;`.
 * An arXiv title is plain text to be shown as written, so before formatting the characters
 * citeproc reacts to are swapped for Unicode noncharacters (U+FDD0…, reserved for internal use,
 * never in real text, and passed through by citeproc, which silently drops private-use characters),
 * and swapped back afterwards.
 *
 * - `markup`: `<`, `>` and quotes, so a title never turns into formatting and its quotes stay as
 *   written. Used for APA, Vancouver and Harvard.
 * - `verbatim`: also quotes, apostrophes and (in titles) spaces. Used for the Scholar line, whose
 *   contract is byte for byte, ASCII as Google Scholar prints it.
 *
 * The number ("arXiv:hep-th/9711200") loses its hyphens at every level: APA capitalises the first
 * letter after each hyphen of a number ("arXiv:hep-Th/9711200").
 */
export type ShieldLevel = 'markup' | 'verbatim';

const SENTINELS: readonly (readonly [string, string])[] = [
  ['<', '\uFDD0'],
  ['>', '\uFDD1'],
  ["'", '\uFDD2'],
  ['"', '\uFDD3'],
  [' ', '\uFDD4'],
  ['-', '\uFDD5'],
  ['\u201C', '\uFDD6'],
  ['\u201D', '\uFDD7'],
  ['\u2018', '\uFDD8'],
  ['\u2019', '\uFDD9'],
];

const NONCHARACTERS = /[\uFDD0-\uFDEF]/g;

function shieldText(text: string, chars: ReadonlySet<string>): string {
  let out = text.replace(NONCHARACTERS, '');
  for (const [plain, sentinel] of SENTINELS) {
    if (chars.has(plain)) out = out.split(plain).join(sentinel);
  }
  return out;
}

// Quotes of every kind are shielded at both levels: a title or name is cited as written (a title
// ending in a curly quote would otherwise get citeproc's period moved inside it, and APA would make
// straight quotes curly), so titles and authors round-trip exactly through every style.
const TYPOGRAPHIC = ['\u201C', '\u201D', '\u2018', '\u2019'];
const QUOTES = new Set(['<', '>', "'", '"', ...TYPOGRAPHIC]);
const MARKUP = QUOTES;
const VERBATIM = new Set([...QUOTES, ' ']);
const HYPHEN = new Set(['-']);

export function shieldItem(item: CslItem, level: ShieldLevel): CslItem {
  // Names keep their spaces: citeproc needs them to initialise given names.
  const nameChars = level === 'verbatim' ? QUOTES : MARKUP;
  const titleChars = level === 'verbatim' ? VERBATIM : MARKUP;
  return {
    ...item,
    title: shieldText(item.title, titleChars),
    number: shieldText(item.number, HYPHEN),
    author: item.author.map((name) => shieldName(name, nameChars)),
  };
}

function shieldName(name: CslName, chars: ReadonlySet<string>): CslName {
  return {
    ...name,
    family: shieldText(name.family, chars),
    ...(name.given === undefined ? {} : { given: shieldText(name.given, chars) }),
  };
}

export function unshield(text: string): string {
  let out = text;
  for (const [plain, sentinel] of SENTINELS) out = out.split(sentinel).join(plain);
  return out;
}
