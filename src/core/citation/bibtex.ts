import { absUrl, type PaperMetadata } from '../arxiv/types';
import { splitAuthorName } from './names';
import { escapeTexField } from './tex-escape';
import { venueKind } from './venue-kind';

/**
 * arXiv's own BibTeX entry, the one researchers paste into LaTeX:
 * `@misc{fu2024humanplus, title={…}, author={Zipeng Fu and …}, year={2024}, eprint={2406.10454},
 * archivePrefix={arXiv}, primaryClass={cs.RO}, url={https://arxiv.org/abs/2406.10454}}`,
 * plus `doi` when the authors gave a journal DOI. Fields without a value are left out.
 * A paper published at a venue (OpenAlex's) is cited there: `@inproceedings` with `booktitle` for a
 * conference, `@article` with `journal` for a journal, `@misc` with `howpublished` for anything else;
 * the eprint fields stay, so biblatex still links the arXiv version.
 */
export function formatBibtex(meta: PaperMetadata, key: string = bibtexKey(meta)): string {
  const year = yearOf(meta.published);
  const venue = meta.venue?.trim() ?? '';
  const kind = venue === '' ? null : venueKind(venue, meta.venueType);
  const type = kind === 'conference' ? 'inproceedings' : kind === 'journal' ? 'article' : 'misc';
  const venueField = kind === 'conference' ? 'booktitle' : kind === 'journal' ? 'journal' : 'howpublished';
  const fields: [string, string | undefined][] = [
    ['title', escapeTexField(meta.title)],
    ['author', meta.authors.map(bibtexAuthor).join(' and ')],
    [venueField, venue === '' ? undefined : escapeTexField(venue)],
    ['year', year === '' ? undefined : year],
    ['eprint', meta.arxiv],
    ['archivePrefix', 'arXiv'],
    ['primaryClass', meta.categories[0]],
    ['url', absUrl(meta.arxiv)],
    ['doi', meta.doi],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name}={${value}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/**
 * Several entries for one .bib file. Keys must be unique in a file, so a key already used gets
 * "b", "c", … in input order; the first paper keeps the key it has on its own.
 */
export function formatBibtexEntries(metas: readonly PaperMetadata[]): string {
  const used = new Set<string>();
  return metas
    .map((meta) => {
      const key = uniqueKey(bibtexKey(meta), used);
      used.add(key);
      return formatBibtex(meta, key);
    })
    .join('\n\n');
}

function uniqueKey(key: string, used: ReadonlySet<string>): string {
  if (!used.has(key)) return key;
  for (let n = 1; ; n += 1) {
    const candidate = key + suffixLetters(n);
    if (!used.has(candidate)) return candidate;
  }
}

/** 1 → "b", 24 → "z", 25 → "ba": the unsuffixed key plays the part of "a". */
function suffixLetters(n: number): string {
  let rest = n;
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return letters;
}

/** Words a key skips to reach the first one that says something. */
const KEY_STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'at', 'by', 'from', 'is']);

/**
 * `<first author's family name><year><first significant title word>`, lowercase ASCII:
 * "fu2024humanplus", "vandermaaten2008visualizing", "black2024pi0". The same metadata always
 * gives the same key. A family name with no Latin letters (e.g. CJK) falls back to "arxiv".
 */
export function bibtexKey(meta: PaperMetadata): string {
  const first = meta.authors.length > 0 ? splitAuthorName(meta.authors[0]).family : '';
  const family = keyPart(first) || 'arxiv';
  const word =
    meta.title
      .split(/\s+/)
      .map(keyPart)
      .find((w) => w !== '' && !KEY_STOPWORDS.has(w)) ?? '';
  return `${family}${yearOf(meta.published)}${word}`;
}

function yearOf(date: string): string {
  return /^\d{4}/.exec(date)?.[0] ?? '';
}

/** Letters NFKD cannot split into base + accent, and Greek letters by name ("$π_0$" → "pi0"). */
const FOLD_SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i',
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

function keyPart(text: string): string {
  return [...text.normalize('NFKD').toLowerCase()]
    .map((ch) => FOLD_SPECIAL[ch] ?? ch)
    .join('')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * "Given Family" as arXiv writes it, which BibTeX reads right for one-word family names and
 * lowercase particles. A family name of several words ("Van Gool") or a suffix would be misread,
 * so those use BibTeX's "Family, Given" / "Family, Suffix, Given"; a group author is braced whole.
 */
function bibtexAuthor(author: string): string {
  const { given, family, suffix } = splitAuthorName(author);
  const [g, f] = [escapeTexField(given), escapeTexField(family)];
  if (given === '') return family.includes(' ') ? `{${f}}` : f;
  if (suffix !== undefined) return `${f}, ${escapeTexField(suffix)}, ${g}`;
  // BibTeX takes lowercase words as the "von" part, so only a capitalised one needs the comma.
  if (family.includes(' ') && !/^\p{Ll}/u.test(family)) return `${f}, ${g}`;
  return `${g} ${f}`;
}
