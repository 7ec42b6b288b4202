import { citationText } from './citation-line';
import { firstArxivId, parseHeadingText, type HeadingParts } from './heading-parts';
import { soleLink, trimBlank } from './log-lines';
import { splitPlain } from './log-plain';
import { isKnownSectionLabel } from './section-names';
import type { RequiredSection } from '../note/template-settings';

/** One paper of a reading log, as the reader wrote it. */
export interface LogEntry {
  /** 1-based line where the entry starts (its heading, title line or citation). */
  readonly line: number;
  readonly heading: HeadingParts;
  /** Topic headings the entry sits under, outermost first, as written. */
  readonly topics: readonly string[];
  /** The citation line exactly as written (a blockquote keeps its `>`), or null. */
  readonly citation: string | null;
  /** The entry's text after its heading and citation, lines as written. */
  readonly body: readonly string[];
  readonly arxivId: string | null;
  /** A one-line summary the reader wrote for the paper (`tldr`). */
  readonly summary?: string | null;
  /** An abstract the source gives (a daily list), used when arXiv has no metadata. */
  readonly abstract?: string | null;
  /** Upvotes on a daily list. */
  readonly upvotes?: number | null;
  /** What a list says about the paper (a digest's commentary), kept as a section of its own. */
  readonly notes?: { readonly label: string; readonly lines: readonly string[] };
}

export interface SplitLog {
  /** `headings`: entries start at Markdown headings; `plain`: at citation lines (lost Markdown). */
  readonly mode: 'headings' | 'plain';
  readonly entries: readonly LogEntry[];
}

interface Heading {
  readonly line: number;
  readonly level: number;
  readonly text: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Splits a reading log into entries. A log with Markdown headings has one entry per heading at the
 * "entry level": the level whose headings are most often followed by a citation line or carry a
 * link (`###` in the sample log), else the deepest level that is not a section name. Headings above
 * that level are topics; headings below it are sections of the entry. A log without headings (a
 * plain-text export) has one entry per citation line, the line before it being the title when it
 * reads like the cited title.
 */
export function splitReadingLog(text: string, required: readonly RequiredSection[]): SplitLog {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headings = findHeadings(lines);
  const level = entryLevel(headings, lines, required);
  if (level === null) return { mode: 'plain', entries: splitDoubleSpacedOrNot(lines, required) };
  return { mode: 'headings', entries: splitByHeadings(lines, headings, level) };
}

function findHeadings(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1].startsWith(fence) && line.trim() === f[1]) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = HEADING.exec(line);
    if (h && h[2].trim() !== '') headings.push({ line: i, level: h[1].length, text: h[2].trim() });
  });
  return headings;
}

function entryLevel(headings: readonly Heading[], lines: readonly string[], required: readonly RequiredSection[]): number | null {
  const counts = new Map<number, number>();
  for (const h of headings) {
    const next = lines.slice(h.line + 1).find((l) => l.trim() !== '');
    const entryLike = /\]\(/.test(h.text) || (next !== undefined && citationText(next) !== null);
    if (entryLike) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  }
  if (counts.size > 0) return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const titles = headings.filter((h) => !isKnownSectionLabel(h.text, required));
  if (titles.length === 0) return null;
  return Math.max(...titles.map((h) => h.level));
}

function splitByHeadings(lines: readonly string[], headings: readonly Heading[], level: number): LogEntry[] {
  const entries: LogEntry[] = [];
  const topics: Heading[] = [];
  const documentTitle = isDocumentTitle(headings, level) ? headings[0] : null;
  headings.forEach((h, k) => {
    if (h.level < level) {
      while (topics.length > 0 && topics[topics.length - 1].level >= h.level) topics.pop();
      if (h !== documentTitle) topics.push(h);
      return;
    }
    if (h.level !== level) return;
    const end = headings.slice(k + 1).find((n) => n.level <= level)?.line ?? lines.length;
    entries.push(entryFrom(h.line, parseHeadingText(h.text), topics.map((t) => t.text), lines.slice(h.line + 1, end)));
  });
  return entries;
}

/** The log's first heading is its title, not a topic, when no other heading shares its level. */
function isDocumentTitle(headings: readonly Heading[], level: number): boolean {
  const first = headings[0];
  return first !== undefined && first.level < level && headings.filter((h) => h.level === first.level).length === 1;
}

function entryFrom(headingLine: number, heading: HeadingParts, topics: readonly string[], rest: readonly string[]): LogEntry {
  const first = rest.findIndex((l) => l.trim() !== '');
  const citation = first >= 0 && citationText(rest[first]) !== null ? rest[first] : null;
  const body = citation === null ? rest : rest.slice(first + 1);
  const leadLink = body.find((l) => l.trim() !== '');
  const arxivId = firstArxivId([citation, ...heading.links, heading.links.length === 0 ? soleLink(leadLink) : null]);
  return { line: headingLine + 1, heading, topics, citation, body: trimBlank(body), arxivId };
}

/**
 * Some copies put a blank line after every line. Such a log is split as if written without them
 * (a blank line would otherwise part a lone `-` from its label or a wrapped line from its rest);
 * entries keep their line numbers in the text as given.
 */
function splitDoubleSpacedOrNot(lines: readonly string[], required: readonly RequiredSection[]): LogEntry[] {
  if (!isDoubleSpaced(lines)) return splitPlain(lines, required);
  const kept = lines.flatMap((l, i) => (l.trim() === '' && lines[i - 1]?.trim() !== '' && lines[i + 1]?.trim() !== '' ? [] : [i]));
  return splitPlain(kept.map((i) => lines[i]), required).map((e) => ({ ...e, line: kept[e.line - 1] + 1 }));
}

/** Nine in ten lines of text are followed by exactly one blank line, then text again. */
function isDoubleSpaced(lines: readonly string[]): boolean {
  let text = 0;
  let spaced = 0;
  lines.forEach((l, i) => {
    if (l.trim() === '' || i + 2 >= lines.length) return;
    text++;
    if (lines[i + 1].trim() === '' && lines[i + 2].trim() !== '') spaced++;
  });
  return text >= 10 && spaced >= 0.9 * text;
}
