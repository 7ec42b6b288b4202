/**
 * The citation line a reader pastes under each paper in a reading log, as Google Scholar and APA
 * write it: `Family, I., Family, I. I., ... & Family, I. (Year). Title. Venue.` (the year may carry
 * a month: `(2023, May)`, `(May 2021)`). Recognising it matters twice: it is where an entry starts
 * in a log that lost its Markdown, and it is the only metadata of papers that are not on arXiv.
 */

export interface ParsedCitation {
  /** "Given Family" strings as the contract writes authors: `Z. Fu`, `Lilian Weng`. */
  readonly authors: readonly string[];
  /** True when the line elides authors (`...` or `et al.`): the list is not complete. */
  readonly authorsElided: boolean;
  readonly year: number;
  /** The title as the citation writes it (Scholar lower-cases it), emphasis removed. */
  readonly title: string;
  /** The first http(s) link in the line, if any (a blog post's address). */
  readonly url?: string;
}

/** `Authors (Year[, Month]). Rest` — the year group may be `(May 2021)` or `(2024a)`. */
const CITATION = /^(.+?)\s*\(((?:[A-Za-z]{3,9}\.?,?\s+)?(\d{4})[a-z]?(?:,?\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?)\)\s*[.,]?\s+(\S.*)$/;
/** An initial (`Z.`, `M. J.`), `et al`, or CJK/Cyrillic names separated by commas. */
const AUTHOR_EVIDENCE = /(?:^|[\s,])\p{Lu}\.|et al|&|[\p{Script=Han}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** `Weng, Lilian.`: one author written with the full given name. */
const SINGLE_AUTHOR = /^[\p{L}' -]+,\s*\p{Lu}[\p{L}-]+\.?$/u;
const BOOK_NOTE = /\s*\((?:Vol|Vols|No|Nos|pp|p|Ed|Eds|ed|eds|Chap|Ch|Part|Pt|Rev|Suppl)\.?\s*[^()]{0,40}\)\s*[.,]/;
const URL = /https?:\/\/[^\s)\]>]+/;

/** The line without a blockquote marker (`> `), or null when it is not a citation. */
export function citationText(line: string): string | null {
  const text = line.replace(/^\s{0,3}>\s?/, '').trim();
  if (text === '' || /^[-*+#|]|^\d+[.)]\s/.test(text)) return null;
  const m = CITATION.exec(text);
  if (!m) return null;
  const authors = m[1] ?? '';
  if (authors.length > 600 || !/[,，、&]/.test(authors)) return null;
  if (!AUTHOR_EVIDENCE.test(authors) && !SINGLE_AUTHOR.test(authors)) return null;
  // A sentence that merely contains a year in parentheses has no "Family, I." look: its part
  // before the parenthesis is prose, with many words between commas.
  if (authors.split(/[,，、&]/).some((chunk) => chunk.trim().split(/\s+/).length > 5)) return null;
  return text;
}

export function isCitationLine(line: string): boolean {
  return citationText(line) !== null;
}

export function parseCitation(line: string): ParsedCitation | null {
  const text = citationText(line);
  if (text === null) return null;
  const m = CITATION.exec(text);
  if (!m) return null;
  const rawAuthors = m[1] ?? '';
  const rest = m[4] ?? '';
  const url = URL.exec(text)?.[0];
  return {
    ...parseAuthors(rawAuthors),
    year: Number(m[3]),
    title: citedTitle(rest),
    ...(url === undefined ? {} : { url: url.replace(/[.,;]+$/, '') }),
  };
}

/**
 * `Fu, Z., Zhao, Q., & Finn, C.` → `Z. Fu`, `Q. Zhao`, `C. Finn`. Chunks alternate family name
 * and initials; a chunk of initials only (`M. J.`) completes the family name before it.
 */
function parseAuthors(raw: string): { authors: string[]; authorsElided: boolean } {
  // `Weng, Lilian.` ends its list with a period; `Finn, C.` keeps the initial's.
  let text = raw.trim().replace(/(\p{Ll}{2}|\p{Lo})\.$/u, '$1');
  const authorsElided = /\.\.\.|…|et al/.test(text);
  text = text.replace(/,?\s*(?:\.\.\.|…)\s*/g, ', ').replace(/,?\s*et al\.?/g, '');
  const chunks = text
    .split(/\s*[,，、]\s*|\s+&\s+|\s+and\s+/)
    .map((c) => c.replace(/^&\s*/, '').trim())
    .filter((c) => c !== '');
  const authors: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const family = chunks[i] ?? '';
    const next = chunks[i + 1];
    if (next !== undefined && isGivenPart(next)) {
      authors.push(`${next.replace(/\.$/, '.').trim()} ${family}`);
      i++;
    } else {
      authors.push(family);
    }
  }
  return { authors, authorsElided };
}

/** `Z.`, `M. J.`, `Lilian` (a single given name after a family name). */
function isGivenPart(chunk: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}]*\.?[\s-]*)+$/u.test(chunk) && (chunk.includes('.') || !/\s/.test(chunk));
}

/**
 * The title is the first sentence after the year: up to a period (or `?`/`!` kept as part of the
 * title) that is followed by the venue. Emphasis marks (`_Title_`) are dropped.
 */
function citedTitle(rest: string): string {
  // A book or report italicises its title: `_The plenoptic function_ (Vol. 2). Publisher.`
  const book = /^_([^_]+)_/.exec(rest);
  if (book) return (book[1] ?? '').trim();
  const plain = rest.replace(/(^|\s)_([^_]+)_(?=[\s.,(]|$)/g, '$1$2').trim();
  // A volume, edition or page note after a book title (`(Vol. 2).`) ends the title; its period
  // is an abbreviation's, not the title's end.
  const note = BOOK_NOTE.exec(plain);
  const end = /([?!])?\.(?:\s|$)|([?!])\s/.exec(plain);
  if (note && (!end || note.index <= end.index + 4)) return plain.slice(0, note.index).trim();
  if (!end) return plain.replace(/\.$/, '');
  const mark = end[1] ?? end[2] ?? '';
  return (plain.slice(0, end.index) + mark).trim();
}
