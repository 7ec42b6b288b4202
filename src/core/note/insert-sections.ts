import { locateSections, sectionKey, sectionMatcher, type LocatedSections, type SectionOccurrence } from './sections';
import { DEFAULT_REQUIRED_SECTIONS, type RequiredSection } from './template-settings';

/** Text to add at one offset of the original note; offsets never fall inside an original line. */
export interface SectionInsertion {
  readonly offset: number;
  readonly text: string;
  /** The sections this block adds, in template order. */
  readonly names: readonly string[];
}

/**
 * Adds the missing required sections, each as a heading with an empty `- ` line, and changes no
 * other byte: the result is the original with whole blocks inserted at line boundaries.
 *
 * A missing section goes right after the body of the nearest earlier required section, else right
 * before the nearest later one, else at the end. Headings take the level of that neighbour (`##`
 * when the note has none). A note written as an outline (`- General Idea:` bullets) gets bullets
 * instead of headings: a heading would turn it into a heading-style note, in which its existing
 * bullet sections no longer count (see `locateSections`).
 *
 * Applying it twice gives the same text as applying it once.
 */
export function insertMissingSections(
  markdown: string,
  required: readonly RequiredSection[] = DEFAULT_REQUIRED_SECTIONS,
): string {
  let result = '';
  let copied = 0;
  for (const insertion of planMissingSections(markdown, required)) {
    result += markdown.slice(copied, insertion.offset) + insertion.text;
    copied = insertion.offset;
  }
  return result + markdown.slice(copied);
}

/** The blocks `insertMissingSections` adds, in offset order; empty when nothing is missing. */
export function planMissingSections(
  markdown: string,
  required: readonly RequiredSection[] = DEFAULT_REQUIRED_SECTIONS,
): readonly SectionInsertion[] {
  const located = locateSections(markdown, required);
  const first: (SectionOccurrence | undefined)[] = required.map(() => undefined);
  for (const o of located.occurrences) first[o.section] ??= o;

  const matcher = sectionMatcher(required);
  const groups = new Map<number, { level: number; names: string[] }>();
  required.forEach((section, i) => {
    const name = section.name.trim();
    // A name that marks another section (a configuration clash) would be inserted on every run.
    if (first[i] !== undefined || matcher.get(sectionKey(name)) !== i) return;
    const { offset, level } = anchor(first, i, markdown.length);
    const group = groups.get(offset) ?? { level, names: [] };
    group.names.push(name);
    groups.set(offset, group);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([offset, { level, names }]) => ({ offset, names, text: block(located, offset, level, names) }));
}

function anchor(
  first: readonly (SectionOccurrence | undefined)[],
  missing: number,
  textLength: number,
): { offset: number; level: number } {
  for (let j = missing - 1; j >= 0; j--) {
    const o = first[j];
    if (o !== undefined) return { offset: o.bodyEnd, level: o.level };
  }
  for (let j = missing + 1; j < first.length; j++) {
    const o = first[j];
    if (o !== undefined) return { offset: o.markerStart, level: o.level };
  }
  return { offset: textLength, level: 2 };
}

function block(located: LocatedSections, offset: number, level: number, names: readonly string[]): string {
  const { scan, style } = located;
  const { text, lines, eol } = scan;
  const atEnd = offset === text.length;
  let lead = '';
  if (atEnd && lines.length > 0 && !text.endsWith('\n')) lead += eol;
  // A fence or comment left open at the end would swallow the new sections; close it first.
  const closes = atEnd && scan.openBlockCloser !== null;
  if (closes) lead += scan.openBlockCloser + eol;

  if (style === 'bullet') {
    return lead + names.map((n) => `- ${n}${eol}  - ${eol}`).join('');
  }
  const lineAt = atEnd ? lines.length : lines.findIndex((l) => l.start === offset);
  const before = lines[lineAt - 1];
  const after = lines[lineAt];
  const isBlank = (l: { start: number; end: number }): boolean => text.slice(l.start, l.end).trim() === '';
  // Keep a blank line between the new headings and their neighbours, as the template writes them.
  if (closes || (before !== undefined && !isBlank(before))) lead += eol;
  const trail = after !== undefined && !isBlank(after) ? eol : '';
  const hashes = '#'.repeat(level === 0 ? 2 : level);
  return lead + names.map((n) => `${hashes} ${n}${eol}- ${eol}`).join(eol) + trail;
}
