import { isCollapsed } from '../text/whitespace';
import type { RequiredSection } from './template-settings';

/**
 * Where a note's sections start and end, found line by line without a Markdown parser (fast
 * enough for a vault of 10,000 notes, and exact about offsets so edits can keep every other byte).
 *
 * What counts as a section marker:
 * - an ATX heading of any level (`#` … `######`, at most three spaces of indent). Setext headings
 *   (`Title` over `===`) are not recognised: templates and the reader's log never use them.
 * - a top-level bullet (`- `, `* `, `+ ` at column 0) whose whole text is a section name, such as
 *   `- General Idea:` with the content nested below it. This is how the sample reading log is
 *   written. A labelled bullet with text after the label (`- Utility: check the Aria project`) is
 *   NOT a marker: in running notes such a line is as likely an ordinary point that happens to start
 *   with "Idea:" as a section, and guessing wrong would report duplicates that are not there.
 *
 * Never markers: anything in the YAML frontmatter, in fenced code (``` or ~~~, closed only by a
 * fence of the same character at least as long), in a blockquote or callout (`> ## x`), or in a
 * multi-line HTML (`<!-- -->`) or Obsidian (`%% %%`) comment. Fences are recognised at any indent
 * because readers nest code inside list items.
 *
 * Line endings: `\n` and `\r\n` (a lone `\r` is not a line break here).
 */

export interface NoteLine {
  /** Offset of the line's first character (after a byte-order mark on the first line). */
  readonly start: number;
  /** Offset just past the line's text, before its line ending. */
  readonly end: number;
  /** Offset of the next line's first character (the text length for the last line). */
  readonly next: number;
  /** Inside frontmatter, fenced code (after its opening line) or a multi-line comment. */
  readonly hidden: boolean;
}

export interface SectionMark {
  /** 0-based line index. */
  readonly line: number;
  /** Heading level 1–6; 0 for a top-level bullet. */
  readonly level: number;
  readonly title: string;
}

export interface ScannedNote {
  readonly text: string;
  readonly lines: readonly NoteLine[];
  /** The note's line ending (its first one), so inserted text matches the file. */
  readonly eol: '\n' | '\r\n';
  readonly headings: readonly SectionMark[];
  /** Top-level bullets with a single line of text: candidate section markers. */
  readonly bullets: readonly SectionMark[];
  /** The line that would close a fence or comment still open at the end of the note, else null. */
  readonly openBlockCloser: string | null;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const CLOSING_SEQUENCE = /(?:^|[ \t]+)#+[ \t]*$/;
const TOP_LEVEL_BULLET = /^[-*+][ \t]+(\S.*)$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const EMPHASIS = /^(\*\*|__|==|\*|_)(.+)\1$/;
const TRAILING_COLONS = /[:：]+$/;
/** First characters of the emphasis markers EMPHASIS strips (`*`, `_`, `=`). */
const EMPHASIS_START = new Set([0x2a, 0x5f, 0x3d]);

/**
 * The comparable form of a section title: case, surrounding emphasis (`**General Idea:**`,
 * `_Limitations_`), trailing colons and extra whitespace do not matter.
 */
export function sectionKey(title: string): string {
  // Most titles are plain words: nothing to strip, nothing to collapse.
  const end = title.charCodeAt(title.length - 1);
  const start = title.charCodeAt(0);
  if (end !== 0x3a && end !== 0xff1a && !EMPHASIS_START.has(start) && isCollapsed(title)) return title.toLowerCase();
  let t = title.trim();
  for (;;) {
    const before = t;
    t = t.replace(TRAILING_COLONS, '').trimEnd();
    const emphasized = EMPHASIS.exec(t);
    if (emphasized) t = (emphasized[2] ?? '').trim();
    if (t === before) break;
  }
  return t.replace(/\s+/g, ' ').toLowerCase();
}

export function scanNote(text: string): ScannedNote {
  const lines = splitLines(text);
  const headings: SectionMark[] = [];
  const bullets: SectionMark[] = [];
  let i = frontmatterEnd(text, lines);
  for (let k = 0; k < i; k++) lines[k].hidden = true;

  let closer: string | null = null;
  let fence: { char: string; length: number } | null = null;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (closer !== null) {
      l.hidden = true;
      const line = text.slice(l.start, l.end);
      if (fence === null ? line.includes(closer) : closesFence(line, fence)) fence = closer = null;
      continue;
    }
    // Most lines are prose: decide by their first non-blank character before running any regex.
    let at = l.start;
    while (at < l.end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
    const first = text.charAt(at);
    if (first === '#') {
      const h = HEADING.exec(text.slice(l.start, l.end));
      if (h) headings.push({ line: i, level: h[1].length, title: headingTitle(h[2] ?? '') });
    } else if ((first === '-' || first === '*' || first === '+') && at === l.start) {
      const bullet = TOP_LEVEL_BULLET.exec(text.slice(l.start, l.end));
      if (bullet) bullets.push({ line: i, level: 0, title: bullet[1] });
    } else if (first === '`' || first === '~') {
      const open = FENCE_OPEN.exec(text.slice(l.start, l.end));
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = { char: open[1][0], length: open[1].length };
        closer = open[1];
      }
    } else if (first === '<') {
      if (text.startsWith('<!--', at) && text.slice(at + 4, l.end).indexOf('-->') < 0) closer = '-->';
    } else if (first === '%') {
      if (text.startsWith('%%', at) && countOf(text.slice(at, l.end), '%%') % 2 === 1) closer = '%%';
    }
  }
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  return { text, lines, eol, headings, bullets, openBlockCloser: closer };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const close = FENCE_CLOSE.exec(line);
  return close !== null && close[1][0] === fence.char && close[1].length >= fence.length;
}

function headingTitle(raw: string): string {
  return raw.replace(CLOSING_SEQUENCE, '').trim();
}

function countOf(line: string, token: string): number {
  let count = 0;
  for (let at = line.indexOf(token); at >= 0; at = line.indexOf(token, at + token.length)) count++;
  return count;
}

type MutableLine = { -readonly [K in keyof NoteLine]: NoteLine[K] };

function splitLines(text: string): MutableLine[] {
  const lines: MutableLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      lines.push({ start, end: text.length, next: text.length, hidden: false });
      break;
    }
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end, next: newline + 1, hidden: false });
    start = newline + 1;
  }
  return lines;
}

/** Number of lines the frontmatter occupies: `---` first line, up to the closing `---`. */
function frontmatterEnd(text: string, lines: readonly MutableLine[]): number {
  const first = lines[0];
  if (first === undefined || first.end - first.start !== 3 || !text.startsWith('---', first.start)) return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    // `line.trimEnd() === '---'`, without cutting every properties line out of the text.
    if (text.startsWith('---', l.start) && (l.end - l.start === 3 || text.slice(l.start + 3, l.end).trim() === '')) return i + 1;
  }
  return 0; // never closed: Obsidian shows it as text, so do we
}

export type SectionStyle = 'heading' | 'bullet' | 'none';

export interface SectionOccurrence {
  /** Index of the required section it marks. */
  readonly section: number;
  readonly line: number;
  /** Heading level, 0 for a bullet marker. */
  readonly level: number;
  /** Offset of the marker line (where a section inserted before this one goes). */
  readonly markerStart: number;
  readonly bodyStart: number;
  /** Offset where the body stops: the start of the line that ends it, or the text length. */
  readonly bodyEnd: number;
}

export interface LocatedSections {
  readonly scan: ScannedNote;
  readonly style: SectionStyle;
  /** In document order. */
  readonly occurrences: readonly SectionOccurrence[];
}

/** Lookup from section key to the index of the required section; names win over aliases. */
export function sectionMatcher(required: readonly RequiredSection[]): ReadonlyMap<string, number> {
  // Settings hand the same list to every note of a vault scan; build its lookup once.
  const cached = matchers.get(required);
  if (cached !== undefined) return cached;
  const byKey = new Map<string, number>();
  const claim = (title: string, index: number): void => {
    const key = sectionKey(title);
    if (key !== '' && !byKey.has(key)) byKey.set(key, index);
  };
  required.forEach((s, i) => claim(s.name, i));
  required.forEach((s, i) => s.aliases.forEach((a) => claim(a, i)));
  matchers.set(required, byKey);
  return byKey;
}

const matchers = new WeakMap<readonly RequiredSection[], ReadonlyMap<string, number>>();

/**
 * The required sections a note contains. A note uses headings or bullets for its sections, not
 * both: as soon as one required section is a heading, bullets are plain content (so a point like
 * `- Idea` under "## Utilities" is not mistaken for a section), and bullet markers are looked at
 * only in notes written as an outline.
 *
 * A heading section's body runs to the next heading of the same or a higher level, so subheadings
 * inside "General Idea" belong to it, but it also stops at the next required heading of any level:
 * a "### Limitations" under "## General Idea" is its own section, not General Idea's content.
 * A bullet section's body is what is nested under it, up to the next line at column 0.
 */
export function locateSections(text: string, required: readonly RequiredSection[]): LocatedSections {
  const scan = scanNote(text);
  const matcher = sectionMatcher(required);
  const headingKeys = scan.headings.map((h) => sectionKey(h.title));
  const headingHits = markedSections(scan.headings, matcher, headingKeys);
  if (headingHits.length > 0) {
    const occurrences = headingHits.map(({ mark, section, order }) => {
      const end = scan.headings.find((h, k) => k > order && (h.level <= mark.level || matcher.has(headingKeys[k])));
      return occurrence(scan, mark, section, end === undefined ? scan.lines.length : end.line);
    });
    return { scan, style: 'heading', occurrences };
  }
  const bulletHits = markedSections(scan.bullets, matcher);
  if (bulletHits.length === 0) return { scan, style: 'none', occurrences: [] };
  const occurrences = bulletHits.map(({ mark, section }) =>
    occurrence(scan, mark, section, nestedEnd(scan, mark.line)),
  );
  return { scan, style: 'bullet', occurrences };
}

interface Hit {
  readonly mark: SectionMark;
  readonly section: number;
  /** Position of the mark in its list. */
  readonly order: number;
}

function markedSections(marks: readonly SectionMark[], matcher: ReadonlyMap<string, number>, keys?: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  marks.forEach((mark, order) => {
    const section = matcher.get(keys?.[order] ?? sectionKey(mark.title));
    if (section !== undefined) hits.push({ mark, section, order });
  });
  return hits;
}

function occurrence(scan: ScannedNote, mark: SectionMark, section: number, endLine: number): SectionOccurrence {
  const marker = scan.lines[mark.line];
  const bodyEnd = endLine < scan.lines.length ? scan.lines[endLine].start : scan.text.length;
  return { section, line: mark.line, level: mark.level, markerStart: marker.start, bodyStart: marker.next, bodyEnd };
}

/** First line after `line` that starts a new block at column 0 (so is not nested under it). */
function nestedEnd(scan: ScannedNote, line: number): number {
  const { lines, text } = scan;
  for (let i = line + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.hidden || l.end === l.start) continue;
    const c = text.charCodeAt(l.start);
    if (c !== 0x20 && c !== 0x09 && text.slice(l.start, l.end).trim() !== '') return i;
  }
  return lines.length;
}
