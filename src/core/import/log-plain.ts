import type { RequiredSection } from '../note/template-settings';
import { citationText, parseCitation } from './citation-line';
import { firstArxivId, parseHeadingText } from './heading-parts';
import { isLoneMarker, nextNonBlank, previousNonBlank, soleLink, trimBlank } from './log-lines';
import { mergeOneLiners, oneLinerEntry, oneLiners } from './log-one-liners';
import type { LogEntry } from './log-split';
import { oneLineEntryTexts } from './one-line-entry';
import { looksLikeTitleLine } from './plain-titles';
import { isKnownSectionLabel } from './section-names';

/** Where an entry of a plain-text log starts, and the last line of its head (title, citation). */
interface Start {
  readonly kind: 'cited' | 'title' | 'one-liner';
  readonly line: number;
  readonly last: number;
  /** The entry's title line, or null when the citation gives the title. */
  readonly title: string | null;
  /** One-line entries are whole at their start. */
  readonly entry?: LogEntry;
}

/**
 * Splits a log that lost its Markdown (a plain-text export). An entry starts at a citation line
 * (with the title line above it when it reads like the cited title), at a title line of its own
 * followed by the entry's text, or at a one-line entry (`- Title [arxiv][website]. Summary.`).
 * What stands between is a topic when it is a short line just before an entry, or belongs to the
 * entry above. Before the first full entry, every bullet is a one-line entry (the log's list of
 * papers); further down, a bullet is one only when it carries resource flags or a 🌟, so the
 * items of an entry's sections stay its text.
 */
export function splitPlain(lines: readonly string[], required: readonly RequiredSection[]): LogEntry[] {
  // A label alone on its line (`Utilities`) just before the next entry is an empty section of
  // the entry above it, never a topic.
  const isTopic = (line: string) => isTopicLine(line) && !isKnownSectionLabel(line.trim().replace(/[:：]$/, ''), required);
  const cited = citedStarts(lines);
  const citedLines = new Set(cited.flatMap((s) => range(s.line, s.last)));
  const flagged = flaggedOneLiners(lines, citedLines);
  const inOneLiner = new Set(flagged.flatMap((s) => range(s.line, s.last)));
  const titles = titleStarts(lines, required, isTopic, cited, flagged, (i) => citedLines.has(i) || inOneLiner.has(i));
  const full = [...cited, ...titles].sort((a, b) => a.line - b.line);
  if (full.length === 0) return [];

  // The preamble: the log's title, its notes and its list of papers, up to the topic line (if
  // any) before the first full entry.
  const top = full[0].line;
  const lead = previousNonBlank(lines, top);
  const listEnd = lead >= 0 && isTopic(lines[lead]) ? lead : top;
  const starts = [...full, ...flagged.filter((s) => s.line >= listEnd)].sort((a, b) => a.line - b.line);

  const entries: LogEntry[] = [];
  const listed: LogEntry[] = oneLiners(lines.slice(0, listEnd));
  let topic: string | null = null;
  starts.forEach((s, k) => {
    const before = previousNonBlank(lines, s.line);
    const floor = k === 0 ? listEnd - 1 : starts[k - 1].last;
    if (before > floor && isTopic(lines[before])) topic = lines[before].trim();
    const topics = topic === null ? [] : [topic];
    if (s.entry !== undefined) {
      listed.push({ ...s.entry, topics });
      return;
    }
    const next = starts[k + 1];
    let end = next === undefined ? lines.length : next.line;
    if (next !== undefined) {
      const beforeNext = previousNonBlank(lines, next.line);
      if (beforeNext > s.last && isTopic(lines[beforeNext])) end = beforeNext;
    }
    const citation = s.kind === 'cited' ? lines[s.last] : null;
    const heading = parseHeadingText(s.title ?? (citation === null ? '' : (parseCitation(citation)?.title ?? '')));
    const body = trimBlank(lines.slice(s.last + 1, end));
    const arxivId = firstArxivId([citation, ...heading.links, soleLink(body.find((l) => l.trim() !== ''))]);
    entries.push({ line: s.line + 1, heading, topics, citation, body, arxivId });
  });
  return mergeOneLiners(listed, entries).sort((a, b) => a.line - b.line);
}

/** Citation lines, each with the title line above it when that line reads like the cited title. */
function citedStarts(lines: readonly string[]): Start[] {
  const starts: Start[] = [];
  lines.forEach((line, i) => {
    const cited = parseCitation(line);
    if (cited === null) return;
    const prev = previousNonBlank(lines, i);
    const title = prev >= 0 && titleLineFor(lines[prev], cited.title) ? prev : -1;
    starts.push({ kind: 'cited', line: title >= 0 ? title : i, last: i, title: title >= 0 ? lines[title] : null });
  });
  return starts;
}

/** What a resource flag says: `arxiv`, `website`, `dataset✅`, `code (soon)`; never `0,1` or `x`. */
const FLAG_LABEL = /^\p{L}[\p{L}\p{N} ._()-]*[\p{L}\p{N})]\p{Extended_Pictographic}?\uFE0F?$/u;

/**
 * One-line entries anywhere in the log that carry what only such entries carry: a 🌟, or resource
 * flags written bare (`[arxiv][website]`, which a plain-text export leaves of links). Citation
 * lines are blanked first so a wrapped entry never swallows the next entry's head.
 */
function flaggedOneLiners(lines: readonly string[], cited: ReadonlySet<number>): Start[] {
  const masked = lines.map((l, i) => (cited.has(i) ? '' : l));
  const out: Start[] = [];
  for (const span of oneLineEntryTexts(masked, { bulletsOnly: true })) {
    const entry = oneLinerEntry(span.line, span.text);
    if (entry === null) continue;
    const { heading } = entry;
    const flags = heading.resources.length > 0 && heading.resources.every((r) => FLAG_LABEL.test(r)) && /\[[^\][()]{1,24}\](?!\()/.test(span.text);
    if ((heading.recommended || flags) && !/[$`]/.test(heading.title)) out.push({ kind: 'one-liner', line: span.line, last: span.last, title: null, entry });
  }
  return out;
}

/**
 * Title lines of entries without a citation. A candidate followed by another entry's start, or by
 * a topic line, is a topic or the log's title, not a paper. The log's first line is its title
 * unless what follows it is plainly an entry's text (a lone `-` or a section label).
 */
function titleStarts(
  lines: readonly string[],
  required: readonly RequiredSection[],
  isTopic: (line: string) => boolean,
  cited: readonly Start[],
  oneLiners: readonly Start[],
  taken: (i: number) => boolean,
): Start[] {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!taken(i) && looksLikeTitleLine(lines, i, required)) candidates.push(i);
  const startLines = new Set([...cited.map((s) => s.line), ...oneLiners.map((s) => s.line), ...candidates]);
  const isTopicAt = (j: number) => isTopic(lines[j]) && startLines.has(nextNonBlank(lines, j));
  const first = nextNonBlank(lines, -1);
  return candidates
    .filter((i) => {
      const next = nextNonBlank(lines, i);
      if (next === -1 || startLines.has(next) || isTopicAt(next)) return false;
      return i !== first || isLoneMarker(lines[next]) || isKnownSectionLabel(lines[next].trim().replace(/[:：]$/, ''), required);
    })
    .map((i) => ({ kind: 'title', line: i, last: i, title: lines[i] }));
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

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
