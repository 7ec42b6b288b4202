/**
 * arXiv gives each author as one "Given Family" string; citation styles need the parts. Splitting
 * a name is guesswork, so the rules stay few and predictable:
 * - the last word is the family name, and particles (van, von, de, der, da, di, le, la, …) just
 *   before it join the family ("Laurens van der Maaten" → "van der Maaten"). The first word is
 *   always a given name, so "Le Song" and "Da Li" stay given + family. Particles match in any
 *   case, which keeps "Luc Van Gool" right at the cost of rare middle names such as "Van";
 * - a trailing Jr./Sr./II/III/IV is a suffix, with or without a comma before it;
 * - a comma means the name is already "Family, Given" (or "Family, Suffix, Given");
 * - one word (or a group such as "ATLAS Collaboration") is a family name with no given name.
 */
export interface PersonName {
  readonly given: string;
  readonly family: string;
  readonly suffix?: string;
}

const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'des', 'du', 'da', 'das', 'dos', 'di', 'le', 'la', 'ter', 'ten',
]);

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Last words that mark a group author, whose name must not be inverted or initialised. */
const GROUP_WORDS = new Set(['collaboration', 'consortium', 'team', 'group', 'collective', 'project', 'initiative']);

const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase());
const isSuffix = (word: string): boolean => SUFFIXES.has(word.toLowerCase());

export function splitAuthorName(raw: string): PersonName {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.includes(',')) return splitCommaName(name);
  return splitGivenFirst(name.split(' ').filter((w) => w !== ''));
}

function splitCommaName(name: string): PersonName {
  const parts = name.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return { given: '', family: '' };
  if (parts.length === 1) return splitGivenFirst(parts[0].split(' '));
  // "John Smith, Jr." is given-first with a suffix, not "Family, Given".
  if (parts.length === 2 && isSuffix(parts[1])) {
    return { ...splitGivenFirst(parts[0].split(' ')), suffix: parts[1] };
  }
  if (parts.length >= 3 && isSuffix(parts[1])) {
    return { family: parts[0], given: parts.slice(2).join(' '), suffix: parts[1] };
  }
  return { family: parts[0], given: parts.slice(1).join(' ') };
}

function splitGivenFirst(input: readonly string[]): PersonName {
  const words = [...input];
  let suffix: string | undefined;
  if (words.length > 2 && isSuffix(words[words.length - 1])) suffix = words.pop();
  if (words.length === 0) return { given: '', family: '' };
  const last = words[words.length - 1];
  if (words.length === 1 || GROUP_WORDS.has(last.toLowerCase())) {
    return withSuffix({ given: '', family: words.join(' ') }, suffix);
  }
  let familyStart = words.length - 1;
  while (familyStart > 1 && isParticle(words[familyStart - 1])) familyStart -= 1;
  return withSuffix(
    { given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' ') },
    suffix,
  );
}

function withSuffix(name: PersonName, suffix: string | undefined): PersonName {
  return suffix === undefined ? name : { ...name, suffix };
}
