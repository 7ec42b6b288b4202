import type { ReadingStatus } from '../settings';
import { didYouMean } from '../text/suggest';
import { venueKey } from './record';
import { DEFAULT_SORT, EMPTY_QUERY, SORT_COLUMNS, type PaperQuery, type Range, type SortColumn } from './query';

/**
 * The filter language of the `paper-distill` code block and the CLI's --filter:
 *
 *   tags: robotics -survey        include / exclude tags (nested; `#` optional)
 *   rating: >=4                    >=n, >n, <=n, <n, n, 3-5, and/or `unrated`
 *   status: to-read reading        any of to-read, reading, read
 *   distilled: no                  yes / no (alias `complete`)
 *   category: cs.RO cs.LG          any of these arXiv categories
 *   year: 2020-2024                also >=2020, <2020, 2023
 *   citations: >=100               OpenAlex's count: >=n, >n, <=n, <n, n, 10-100
 *   venue: CoRL ICRA               any of these words starts a word of the venue
 *   search: humanoid fu            words in title, authors or tldr, any order
 *   sort: added desc               title, author, year, rating, citations, status, added, distilled, arxiv
 *   limit: 20
 *
 * Clauses go one per line or are separated by `;`. Blank lines and `//` comments are ignored.
 */

export interface FilterError {
  /** The clause as written ("rating: >=six"), or the whole line when it has no name. */
  readonly clause: string;
  /** Offset of the clause in the filter text. */
  readonly offset: number;
  /** 1-based line of the clause. */
  readonly line: number;
  readonly message: string;
}

export type FilterParse = { readonly ok: true; readonly query: PaperQuery } | { readonly ok: false; readonly errors: readonly FilterError[] };

type Draft = { -readonly [K in keyof PaperQuery]: PaperQuery[K] } & {
  includeTags: string[];
  excludeTags: string[];
  statuses: ReadingStatus[];
  categories: string[];
  venues: string[];
};
type ClauseParser = (value: string, draft: Draft) => string | null;

const STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'read'];
const YES = new Set(['yes', 'true', 'y', '1']);
const NO = new Set(['no', 'false', 'n', '0']);

// A Map, not an object: a clause name is the reader's text, and "__proto__" or "constructor" must
// be an unknown name like any other, not a property every object has.
const CLAUSES: ReadonlyMap<string, ClauseParser> = new Map<string, ClauseParser>([
  ['tags', parseTags],
  ['tag', parseTags],
  ['rating', parseRating],
  ['status', parseStatus],
  ['distilled', parseDistilled],
  ['complete', parseDistilled],
  ['category', parseCategory],
  ['categories', parseCategory],
  ['year', parseYear],
  ['citations', parseCitations],
  ['cited', parseCitations],
  ['venue', parseVenue],
  ['venues', parseVenue],
  ['search', (v, d) => ((d.search = [d.search, v].filter((s) => s !== '').join(' ')), null)],
  ['text', (v, d) => ((d.search = [d.search, v].filter((s) => s !== '').join(' ')), null)],
  ['sort', parseSort],
  ['limit', parseLimit],
]);
const CLAUSE_NAMES = ['tags', 'rating', 'status', 'distilled', 'category', 'year', 'citations', 'venue', 'search', 'sort', 'limit'];

export function parseFilter(text: string): FilterParse {
  const draft: Draft = { ...EMPTY_QUERY, includeTags: [], excludeTags: [], statuses: [], categories: [], venues: [] };
  const errors: FilterError[] = [];
  for (const clause of splitClauses(text)) {
    const colon = clause.text.indexOf(':');
    const fail = (message: string) => errors.push({ clause: clause.text, offset: clause.offset, line: clause.line, message });
    if (colon < 0) {
      fail(`"${clause.text}" has no name: write it as name: value, e.g. "tags: ${clause.text}".`);
      continue;
    }
    const name = clause.text.slice(0, colon).trim().toLowerCase();
    const parser = CLAUSES.get(name);
    if (parser === undefined) {
      fail(`Unknown filter "${name}".${didYouMean(name, CLAUSE_NAMES)} Use one of: ${CLAUSE_NAMES.join(', ')}.`);
      continue;
    }
    const value = clause.text.slice(colon + 1).trim();
    if (value === '') {
      fail(`"${name}" needs a value.`);
      continue;
    }
    const problem = parser(value, draft);
    if (problem !== null) fail(problem);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, query: draft };
}

/** One line per error, naming the line and clause: `Line 2, "rating: >=six": …`. */
export function describeFilterErrors(errors: readonly FilterError[]): string[] {
  return errors.map((e) => `Line ${e.line}, "${e.clause}": ${e.message}`);
}

interface Clause {
  readonly text: string;
  readonly offset: number;
  readonly line: number;
}

function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let offset = 0;
  text.split('\n').forEach((rawLine, lineIndex) => {
    let at = 0;
    for (const part of rawLine.split(';')) {
      const comment = part.indexOf('//');
      const body = comment >= 0 && !/https?:$/.test(part.slice(0, comment)) ? part.slice(0, comment) : part;
      const lead = body.length - body.trimStart().length;
      const trimmed = body.trim();
      if (trimmed !== '') clauses.push({ text: trimmed, offset: offset + at + lead, line: lineIndex + 1 });
      at += part.length + 1;
    }
    offset += rawLine.length + 1;
  });
  return clauses;
}

function words(value: string): string[] {
  return value.split(/[\s,]+/).filter((w) => w !== '');
}

function parseTags(value: string, d: Draft): string | null {
  for (const word of words(value)) {
    const exclude = word.startsWith('-') || word.startsWith('!');
    const tag = (exclude ? word.slice(1) : word).replace(/^#/, '');
    if (tag === '' || /[.]/.test(tag)) return `"${word}" is not a tag (tags have no dots or spaces; use - before a tag to exclude it).`;
    (exclude ? d.excludeTags : d.includeTags).push(tag);
  }
  return null;
}

function parseRating(value: string, d: Draft): string | null {
  for (const word of words(value.toLowerCase())) {
    if (word === 'unrated' || word === 'none') {
      d.unrated = true;
      continue;
    }
    if (word === 'or' || word === 'any') continue;
    const range = parseRange(word, 1, 5);
    if (range === null) return `"${word}" is not a rating: use 1–5 with >=, >, <=, < or a range like 3-5, or "unrated".`;
    d.rating = range;
  }
  return null;
}

function parseYear(value: string, d: Draft): string | null {
  const range = parseRange(value.replace(/\s+/g, ''), 1000, 2999);
  if (range === null) return `"${value}" is not a year: write 2023, >=2020, <2020 or 2020-2024.`;
  d.year = range;
  return null;
}

/** Larger than any count OpenAlex gives. */
const MAX_CITATIONS = 2_000_000_000;

function parseCitations(value: string, d: Draft): string | null {
  const range = parseRange(value.replace(/[\s,_]+/g, ''), 0, MAX_CITATIONS);
  if (range === null || (range.max !== null && range.max < 0)) {
    return `"${value}" is not a citation count: write >=100, >10, <=5, <50, 0 or a range like 10-100.`;
  }
  d.citations = range;
  return null;
}

function parseVenue(value: string, d: Draft): string | null {
  for (const word of words(value)) {
    if (/^[-!]/.test(word)) return `"${word}": venue words cannot exclude; name the venues to keep (venue: CoRL ICRA).`;
    if (venueKey(word) === '') return `"${word}" has no letters or digits to look for in a venue (write venue: CoRL ICRA).`;
    if (!d.venues.includes(word)) d.venues.push(word);
  }
  return null;
}

/** `>=4`, `>3`, `<=2`, `<3`, `4`, `3-5` within [low, high]; null when malformed. */
function parseRange(word: string, low: number, high: number): Range | null {
  const span = /^(\d+)(?:-|\.\.)(\d+)$/.exec(word);
  if (span) {
    const [a, b] = [Number(span[1]), Number(span[2])];
    return a <= b && a >= low && b <= high ? { min: a, max: b } : null;
  }
  const m = /^(>=|=>|<=|=<|>|<|=)?(\d+)$/.exec(word);
  if (m === null) return null;
  const n = Number(m[2]);
  if (n < low || n > high) return null;
  switch (m[1]) {
    case '>=':
    case '=>':
      return { min: n, max: null };
    case '>':
      return { min: n + 1, max: null };
    case '<=':
    case '=<':
      return { min: null, max: n };
    case '<':
      return { min: null, max: n - 1 };
    default:
      return { min: n, max: n };
  }
}

function parseStatus(value: string, d: Draft): string | null {
  for (const word of words(value.toLowerCase())) {
    const status = word === 'toread' || word === 'to_read' || word === 'unread' ? 'to-read' : word;
    if (!STATUSES.includes(status as ReadingStatus)) return `"${word}" is not a status: use to-read, reading or read.`;
    if (!d.statuses.includes(status as ReadingStatus)) d.statuses.push(status as ReadingStatus);
  }
  return null;
}

function parseDistilled(value: string, d: Draft): string | null {
  const v = value.toLowerCase();
  if (YES.has(v)) d.distilled = true;
  else if (NO.has(v)) d.distilled = false;
  else return `"${value}" should be yes or no.`;
  return null;
}

function parseCategory(value: string, d: Draft): string | null {
  for (const word of words(value)) d.categories.push(word);
  return null;
}

const SORT_ALIASES: ReadonlyMap<string, SortColumn> = new Map<string, SortColumn>([
  ['authors', 'author'],
  ['date', 'added'],
  ['complete', 'distilled'],
  ['id', 'arxiv'],
]);

function parseSort(value: string, d: Draft): string | null {
  const [rawColumn = '', rawDirection, ...rest] = words(value.toLowerCase());
  const wanted = SORT_ALIASES.get(rawColumn) ?? rawColumn;
  const column = SORT_COLUMNS.find((c) => c === wanted);
  if (column === undefined) return `Cannot sort by "${rawColumn}".${didYouMean(rawColumn, SORT_COLUMNS)} Use ${SORT_COLUMNS.join(', ')}.`;
  if (rest.length > 0 || (rawDirection !== undefined && !/^(asc|desc|ascending|descending)$/.test(rawDirection))) {
    return `The sort direction is asc or desc, not "${[rawDirection, ...rest].join(' ')}".`;
  }
  const direction = rawDirection === undefined ? defaultDirection(column) : rawDirection.startsWith('desc') ? 'desc' : 'asc';
  d.sort = { column: column, direction };
  return null;
}

/** Numbers and dates read best newest/highest first; names A to Z. */
function defaultDirection(column: SortColumn): 'asc' | 'desc' {
  return column === 'year' || column === 'rating' || column === 'citations' || column === 'added' ? 'desc' : 'asc';
}

function parseLimit(value: string, d: Draft): string | null {
  if (!/^\d+$/.test(value) || Number(value) < 1) return `The limit is a whole number of papers (1 or more), not "${value}".`;
  d.limit = Number(value);
  return null;
}

/** The filter text for a query (what the dashboard saves and can copy into a code block). */
export function formatFilter(q: PaperQuery): string {
  const lines: string[] = [];
  const tags = [...q.includeTags, ...q.excludeTags.map((t) => `-${t}`)];
  if (tags.length > 0) lines.push(`tags: ${tags.join(' ')}`);
  const rating = q.rating === null ? [] : [formatRange(q.rating)];
  if (q.unrated) rating.push('unrated');
  if (rating.length > 0) lines.push(`rating: ${rating.join(' ')}`);
  if (q.statuses.length > 0) lines.push(`status: ${q.statuses.join(' ')}`);
  if (q.distilled !== null) lines.push(`distilled: ${q.distilled ? 'yes' : 'no'}`);
  if (q.categories.length > 0) lines.push(`category: ${q.categories.join(' ')}`);
  if (q.year !== null) lines.push(`year: ${formatRange(q.year)}`);
  if (q.citations !== null) lines.push(`citations: ${formatRange(q.citations)}`);
  if (q.venues.length > 0) lines.push(`venue: ${q.venues.join(' ')}`);
  if (q.search.trim() !== '') lines.push(`search: ${q.search.replace(/[;\n]/g, ' ').trim()}`);
  if (q.sort.column !== DEFAULT_SORT.column || q.sort.direction !== DEFAULT_SORT.direction) {
    lines.push(`sort: ${q.sort.column} ${q.sort.direction}`);
  }
  if (q.limit !== null) lines.push(`limit: ${q.limit}`);
  return lines.join('\n');
}

function formatRange(r: Range): string {
  if (r.min !== null && r.max !== null) return r.min === r.max ? String(r.min) : `${r.min}-${r.max}`;
  if (r.min !== null) return `>=${r.min}`;
  if (r.max !== null) return `<=${r.max}`;
  return '';
}
