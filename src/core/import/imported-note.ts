import type { PaperMetadata } from '../arxiv/types';
import { checkReadGate } from '../note/read-gate';
import { renderFrontmatter } from '../note/frontmatter';
import { abstractCallout, initialTags, ownedProperties, quoteLines } from '../note/render';
import { sectionKey, sectionMatcher } from '../note/sections';
import { STUB_ABSTRACT_CALLOUT } from '../note/stub';
import { titlePlaceholderLine } from '../note/title-stub';
import type { RequiredSection } from '../note/template-settings';
import type { ReadingStatus } from '../settings';
import { parseCitation } from './citation-line';
import type { LogEntry } from './log-split';
import type { EntryParts, EntrySection } from './log-sections';
import { displayLabel, isOwnName } from './section-names';
import { topicTag } from './topic-tags';

export interface ImportNoteOptions {
  readonly required: readonly RequiredSection[];
  readonly paperTag: string;
  /** Category tag prefix, or null when category tags are off. */
  readonly categoryPrefix: string | null;
  readonly topicPrefix: string;
  /** Rating given to a 🌟 entry. */
  readonly recommendedRating: number;
  /** YYYY-MM-DD */
  readonly added: string;
  /** When true, `status: read` only for an entry whose note passes the read gate. */
  readonly gateRead: boolean;
  /** The status every note gets (a paper list: `to-read`), instead of read-when-distilled. */
  readonly status?: ReadingStatus;
}

export interface ImportedNote {
  readonly title: string;
  readonly text: string;
  /** The part of the note made from the entry's own words: lead and sections. */
  readonly distillation: string;
  readonly status: ReadingStatus;
}

/** Where each section of the entry went: `General Idea ← "Main Question"`, `kept: "TODO"`. */
export interface SectionMapping {
  readonly from: string;
  /** Required section name, or null for an extra section kept under its own heading. */
  readonly to: string | null;
}

/**
 * The lead (text before any label) fills the first required section when the entry labels none
 * for it: in the sample log an unlabelled paragraph or bullet list under the citation is the
 * paper's general idea. Otherwise it stays just below the citation.
 */
export function leadTarget(parts: EntryParts): number | null {
  if (parts.lead.length === 0) return null;
  return parts.sections.some((s) => s.target === 0) ? null : 0;
}

export function sectionMappings(parts: EntryParts, required: readonly RequiredSection[]): SectionMapping[] {
  const out: SectionMapping[] = [];
  if (leadTarget(parts) === 0 && required.length > 0) out.push({ from: '(text before the first label)', to: required[0].name });
  for (const s of parts.sections) out.push({ from: s.label, to: s.target === null ? null : (required[s.target]?.name ?? null) });
  return out;
}

/**
 * The note for one log entry: frontmatter (arXiv's metadata when fetched, else what the log
 * gives), the reader's citation line, the abstract when fetched, the required sections in
 * template order (a missing one as an empty placeholder), then extra sections in log order.
 */
export function renderImportedNote(
  entry: LogEntry,
  parts: EntryParts,
  meta: PaperMetadata | null,
  opts: ImportNoteOptions,
  /** The title could not be searched on arXiv: placeholders mark the note as a title stub. */
  titlePending = false,
): ImportedNote {
  const distillation = renderDistillation(parts, opts.required);
  const head: string[] = [];
  const cited = entry.citation === null ? null : parseCitation(entry.citation);
  const title = meta?.title ?? (entry.heading.title || cited?.title || 'Untitled paper');
  const pending = titlePending && meta === null;
  if (entry.citation !== null) head.push(citationQuote(entry.citation));
  else if (pending) head.push(`${titlePlaceholderLine(title)}\n`);
  if (meta !== null) head.push(abstractCallout(meta.abstract));
  else if (entry.abstract) head.push(abstractCallout(entry.abstract));
  else if (pending) head.push(STUB_ABSTRACT_CALLOUT);
  const body = [...head, distillation].join('\n');

  const build = (status: ReadingStatus): string => {
    const topics = entry.topics.map((t) => topicTag(t, opts.topicPrefix)).filter((t): t is string => t !== null);
    const base = meta === null ? [opts.paperTag] : initialTags(meta, opts.paperTag, opts.categoryPrefix);
    const logProps: Record<string, unknown> =
      meta !== null
        ? ownedProperties(meta)
        : {
            title,
            authors: cited !== null && cited.authors.length > 0 ? [...cited.authors] : undefined,
            arxiv: entry.arxivId ?? undefined,
            year: cited?.year,
            url: entry.arxivId === null ? (cited?.url ?? entry.heading.links[0]) : undefined,
          };
    const props = {
      ...logProps,
      tags: [...new Set([...base, ...topics])],
      rating: entry.heading.recommended ? opts.recommendedRating : undefined,
      status,
      added: opts.added,
      tldr: entry.summary ?? undefined,
      resources: entry.heading.resources.length > 0 ? [...entry.heading.resources] : undefined,
      remarks: entry.heading.remarks.length > 0 ? [...entry.heading.remarks] : undefined,
    };
    return renderFrontmatter(props) + '\n' + body;
  };
  if (opts.status !== undefined) return { title, text: build(opts.status), distillation, status: opts.status };
  // The log is what the reader read; the note is "read" once it is distilled (the read gate).
  const draft = build('read');
  const status: ReadingStatus = !opts.gateRead || checkReadGate(draft, opts.required).ok ? 'read' : 'reading';
  return { title, text: status === 'read' ? draft : build(status), distillation, status };
}

function citationQuote(line: string): string {
  return /^\s{0,3}>/.test(line) ? `${line.trim()}\n` : quoteLines(line.trim());
}

export function renderDistillation(parts: EntryParts, required: readonly RequiredSection[]): string {
  const blocks: string[] = [];
  const leadTo = leadTarget(parts);
  if (parts.lead.length > 0 && leadTo === null) blocks.push(parts.lead.join('\n') + '\n');
  required.forEach((section, i) => {
    const sources = parts.sections.filter((s) => s.target === i);
    const lines: string[] = [`## ${section.name}`];
    if (leadTo === i) lines.push(...parts.lead);
    // An empty label (`Utilities` with nothing under it) adds nothing, so it needs no subheading.
    const labelled = sources.filter((s) => s.lines.length > 0).length + (leadTo === i ? 1 : 0) > 1;
    for (const s of sources) {
      if (s.lines.length === 0) continue;
      if (labelled || !isOwnName(s.label, section)) lines.push(...spaced(subLabel(s.label, required), lines));
      lines.push(...spaced(null, lines), ...s.lines);
    }
    if (lines.length === 1) lines.push('- ');
    blocks.push(lines.join('\n') + '\n');
  });
  for (const s of parts.sections.filter((x) => x.target === null)) blocks.push(extraBlock(s));
  return blocks.join('\n');
}

/**
 * The reader's own label inside a template section. A subheading, unless the validator would take
 * it for a section of its own ("Main Idea" is an alias of General Idea): then a bold line.
 */
function subLabel(label: string, required: readonly RequiredSection[]): string {
  return sectionMatcher(required).has(sectionKey(label)) ? `**${label}**` : `### ${label}`;
}

function extraBlock(s: EntrySection): string {
  const content = s.lines.length > 0 ? s.lines : ['- '];
  return [`## ${displayLabel(s.label) || 'Notes'}`, ...content].join('\n') + '\n';
}

/** A blank line before a subheading or a new source's text, unless the heading is right above. */
function spaced(line: string | null, before: readonly string[]): string[] {
  const prev = before[before.length - 1] ?? '';
  const gap = (/^#|^\*\*/.test(prev) && line === null) || prev === '' ? [] : [''];
  return line === null ? gap : [...gap, line];
}
