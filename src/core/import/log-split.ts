import { citationText, parseCitation } from './citation-line';
import { firstArxivId, parseHeadingText, type HeadingParts } from './heading-parts';
import { isKnownSectionLabel } from './section-names';
import { mergeOneLiners, oneLiners } from './log-one-liners';
import { titleOnlyLines } from './plain-titles';
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
  if (level === null) return { mode: 'plain', entries: splitPlain(lines, required) };
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

/** A body that opens with nothing but a link (`https://arxiv.org/pdf/…`) names the paper. */
function soleLink(line: string | undefined): string | null {
  const t = line?.trim() ?? '';
  return /^<?https?:\/\/\S+>?$|^\[[^\]]*\]\(https?:\/\/[^)]+\)$/.test(t) ? t : null;
}

function splitPlain(lines: readonly string[], required: readonly RequiredSection[]): LogEntry[] {
  // A label alone on its line (`Utilities`) just before the next citation is an empty section of
  // the entry above it, never a topic.
  const isTopic = (line: string) => isTopicLine(line) && !isKnownSectionLabel(line.trim(), required);
  const starts: { line: number; citation: number; title: string | null }[] = [];
  lines.forEach((line, i) => {
    const cited = parseCitation(line);
    if (cited === null) return;
    const prev = previousNonBlank(lines, i);
    const title = prev >= 0 && titleLineFor(lines[prev], cited.title) ? prev : -1;
    starts.push({ line: title >= 0 ? title : i, citation: i, title: title >= 0 ? lines[title] : null });
  });
  // Entries without a citation start at a line of their own that reads like a paper title.
  for (const line of titleOnlyLines(lines, starts, required)) starts.push({ line, citation: line, title: lines[line] });
  starts.sort((a, b) => a.line - b.line);
  const entries: LogEntry[] = [];
  let topic: string | null = null;
  starts.forEach((s, k) => {
    const before = previousNonBlank(lines, s.line);
    const floor = k === 0 ? -1 : starts[k - 1].citation;
    if (before > floor && isTopic(lines[before])) topic = lines[before].trim();
    const next = starts[k + 1];
    let end = next === undefined ? lines.length : next.line;
    if (next !== undefined) {
      const beforeNext = previousNonBlank(lines, next.line);
      if (beforeNext > s.citation && isTopic(lines[beforeNext])) end = beforeNext;
    }
    const citation = s.citation === s.line && s.title !== null ? null : lines[s.citation];
    const cited = citation === null ? null : parseCitation(citation);
    const heading = parseHeadingText(s.title ?? cited?.title ?? '');
    const body = trimBlank(lines.slice(s.citation + 1, end));
    const leadLink = body.find((l) => l.trim() !== '');
    const arxivId = firstArxivId([citation, ...heading.links, soleLink(leadLink)]);
    entries.push({ line: s.line + 1, heading, topics: topic === null ? [] : [topic], citation, body, arxivId });
  });
  if (starts.length === 0) return entries;
  const top = starts[0].line;
  const lead = previousNonBlank(lines, top);
  const listEnd = lead >= 0 && isTopic(lines[lead]) ? lead : top;
  return mergeOneLiners(oneLiners(lines.slice(0, listEnd)), entries);
}

function previousNonBlank(lines: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim() !== '') return j;
  return -1;
}

/** The line before a citation is the entry's title when it shares most words with the cited title. */
function titleLineFor(line: string, citedTitle: string): boolean {
  const t = line.trim();
  if (t === '' || /^[-*+>]\s|^\d+[.)]\s|^!\[/.test(t) || citationText(t) !== null) return false;
  const heading = parseHeadingText(t);
  const a = words(heading.title);
  const b = new Set(words(citedTitle));
  if (a.length === 0 || b.size === 0) return heading.recommended && a.length > 0;
  const shared = a.filter((w) => b.has(w)).length;
  return shared / Math.max(a.length, b.size) >= 0.5;
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** A short line of its own that names a topic: no list marker, no sentence punctuation, no markup. */
function isTopicLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || /^[-*+>#!|]|^\d+[.)]\s/.test(t) || /[.:;,!?)\]$`]$/.test(t) || /[[($`]/.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}

function trimBlank(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}
