import { locateSections } from './sections';
import { DEFAULT_REQUIRED_SECTIONS, type RequiredSection } from './template-settings';

export interface SectionState {
  /** The configured name, whichever alias the note uses. */
  readonly name: string;
  readonly present: boolean;
  /** Some occurrence has real content (see `isEmptyBody`). */
  readonly filled: boolean;
  readonly duplicated: boolean;
  /** False when it appears before a section the template puts ahead of it; true when missing. */
  readonly inOrder: boolean;
  /** 1-based line of its first occurrence, as editors and the CLI show it. */
  readonly line?: number;
}

export interface TemplateReport {
  readonly sections: readonly SectionState[];
  /** Every section present, filled, once, in order. */
  readonly complete: boolean;
  /** Sections present and filled. */
  readonly filledCount: number;
  readonly requiredCount: number;
  /** Short sentences, in template order: "Limitations is missing". */
  readonly problems: readonly string[];
}

export function validateNote(
  markdown: string,
  required: readonly RequiredSection[] = DEFAULT_REQUIRED_SECTIONS,
): TemplateReport {
  return reportOf(required, foundSections(markdown, required));
}

/** The states of the required sections alone, without the sentences: what the dashboard's index keeps. */
export function sectionStates(markdown: string, required: readonly RequiredSection[] = DEFAULT_REQUIRED_SECTIONS): SectionState[] {
  return judged(required, foundSections(markdown, required)).sections;
}

function foundSections(markdown: string, required: readonly RequiredSection[]): FoundSection[] {
  return locateSections(markdown, required).occurrences.map((o) => ({
    section: o.section,
    line: o.line,
    filled: !isEmptyBody(markdown.slice(o.bodyStart, o.bodyEnd)),
  }));
}

/** Where a required section was found (0-based line) and whether that occurrence has content. */
export interface FoundSection {
  readonly section: number;
  readonly line: number;
  readonly filled: boolean;
}

/**
 * The report on a note whose required sections were found at `found` (in document order):
 * the one judgement of presence, emptiness, repeats and order, whether the sections were found
 * in the text (validateNote) or in Obsidian's metadata cache (cached-completeness.ts).
 */
export function reportOf(required: readonly RequiredSection[], found: readonly FoundSection[]): TemplateReport {
  const { sections, counts, overtaken } = judged(required, found);
  const problems: string[] = [];
  sections.forEach(({ name, present, filled }, i) => {
    if (!present) {
      problems.push(`${name} is missing`);
      return;
    }
    if (!filled) problems.push(`${name} is empty`);
    if (counts[i] === 2) problems.push(`${name} appears twice`);
    if (counts[i] > 2) problems.push(`${name} appears ${counts[i]} times`);
    if (overtaken[i] >= 0) problems.push(`${name} comes before ${required[overtaken[i]].name}`);
  });
  const filledCount = sections.filter((s) => s.present && s.filled).length;
  const complete = sections.every((s) => s.present && s.filled && !s.duplicated && s.inOrder);
  return { sections, complete, filledCount, requiredCount: required.length, problems };
}

function judged(required: readonly RequiredSection[], found: readonly FoundSection[]) {
  const bySection: FoundSection[][] = required.map(() => []);
  for (const o of found) bySection[o.section].push(o);
  const firstLine = bySection.map((list) => (list.length > 0 ? list[0].line : -1));
  const sections: SectionState[] = [];
  const overtaken: number[] = [];
  required.forEach((section, i) => {
    const list = bySection[i];
    const name = section.name;
    // The first section the template puts earlier but that the note writes later.
    overtaken.push(list.length === 0 ? -1 : firstLine.findIndex((line, j) => j < i && line > firstLine[i]));
    if (list.length === 0) {
      sections.push({ name, present: false, filled: false, duplicated: false, inOrder: true });
      return;
    }
    sections.push({
      name,
      present: true,
      filled: list.some((o) => o.filled),
      duplicated: list.length > 1,
      inOrder: overtaken[i] < 0,
      line: list[0].line + 1,
    });
  });
  return { sections, counts: bySection.map((list) => list.length), overtaken };
}

const COMMENTS = /<!--[\s\S]*?(?:-->|$)|%%[\s\S]*?(?:%%|$)/g;
/** A list marker, optionally an unticked or ticked empty task box, with nothing after it. */
const BARE_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]?\])?$/;
const SUBHEADING = /^#{1,6}(?:[ \t]|$)/;
const EMPTY_QUOTE = /^>[>\s]*$/;

/**
 * A body is empty when it holds nothing the reader wrote: blank lines, bare list markers (`-`,
 * `1.`, `- [ ]`), comments (the template's hints), empty quote lines. Subheading lines alone do not
 * fill a section either; their content does. A hint written as ordinary text cannot be told from
 * a real note, so templates should write hints as `<!-- comments -->`.
 */
export function isEmptyBody(body: string): boolean {
  const text = body.includes('<!--') || body.includes('%%') ? body.replace(COMMENTS, '') : body;
  // Line by line without splitting the whole body: a filled section answers at its first line.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '' || BARE_MARKER.test(line) || SUBHEADING.test(line) || EMPTY_QUOTE.test(line)) continue;
    return false;
  }
  return true;
}

/** Status-bar text: "Distilled 3/3", or "Distilled 2/3 · Limitations empty". */
export function summarizeReport(r: TemplateReport): string {
  if (r.requiredCount === 0) return 'No required sections';
  const head = `Distilled ${r.filledCount}/${r.requiredCount}`;
  const issues = r.sections.flatMap(shortIssues);
  if (issues.length === 0) return head;
  // The status bar is narrow: name two issues, count the rest.
  const shown = issues.slice(0, 2).join(', ');
  const rest = issues.length > 2 ? ` +${issues.length - 2} more` : '';
  return `${head} · ${shown}${rest}`;
}

function shortIssues(s: SectionState): string[] {
  if (!s.present) return [`${s.name} missing`];
  const issues: string[] = [];
  if (!s.filled) issues.push(`${s.name} empty`);
  if (s.duplicated) issues.push(`${s.name} repeated`);
  if (!s.inOrder) issues.push(`${s.name} out of order`);
  return issues;
}

/** How many of the notes are complete; the benchmark's unit of work. */
export function validateMany(notes: readonly string[]): number {
  let complete = 0;
  for (const note of notes) if (validateNote(note).complete) complete++;
  return complete;
}
