import { sectionKey, sectionMatcher } from './sections';
import type { RequiredSection } from './template-settings';
import { reportOf, type FoundSection, type TemplateReport } from './validate';

/** The parts of Obsidian's CachedMetadata read here (structurally: core does not import `obsidian`). */
export interface CachedStructure {
  readonly headings?: readonly {
    readonly heading: string;
    readonly level: number;
    readonly position: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
  }[];
  readonly sections?: readonly {
    readonly type: string;
    readonly position: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
  }[];
}

/**
 * Blocks the validator and Obsidian read alike, and what they say of a required section they
 * stand in: paragraphs, tables and thematic breaks fill it (their first line is always words
 * to the validator); a quote or callout may hold only a bare `>`, so under a required heading it
 * leaves the note to its text, while elsewhere (the citation and abstract above the sections)
 * it changes nothing. Lists hold words the cache does not keep; code, math, HTML and comments
 * hide headings from one reader and not the other, or hold nothing but hints.
 */
const FILLS = new Set(['paragraph', 'table', 'thematicBreak']);
const ASIDE = new Set(['blockquote', 'callout']);
const UNDERSTOOD = new Set([...FILLS, ...ASIDE, 'heading', 'yaml']);

/**
 * validateNote's report from Obsidian's metadata cache alone, or null when only the text can
 * tell: the note has a block other than those above (a list, code...), a quote in a required
 * section, a setext heading (not a heading to the validator), or a heading the sections do not
 * show as a block of its own. Otherwise a required section is empty when nothing but
 * subheadings stands under it, and filled when a paragraph, table or thematic break does.
 *
 * One thing the cache cannot show: a line indented four spaces or more before a code fence,
 * written straight after a paragraph or quote line. Markdown reads it as more of that text, the
 * validator (which finds fences at any indent, for code inside list items) as code hiding the
 * headings below it. Such a note gets what Obsidian's reading gives.
 */
export function completenessFromCache(cache: CachedStructure, required: readonly RequiredSection[]): TemplateReport | null {
  const { sections } = cache;
  if (sections === undefined) return null;
  const headings = cache.headings ?? [];
  const headingLines = new Set<number>();
  for (const s of sections) {
    if (!UNDERSTOOD.has(s.type)) return null;
    if (s.type === 'heading') headingLines.add(s.position.start.line);
  }
  // Each heading a block of its own on one line, and no heading block the headings leave out.
  if (headingLines.size !== headings.length) return null;
  for (const h of headings) {
    if (h.position.start.line !== h.position.end.line || !headingLines.has(h.position.start.line)) return null;
  }
  const matcher = sectionMatcher(required);
  const keys = headings.map((h) => sectionKey(h.heading));
  const found: FoundSection[] = [];
  for (let k = 0; k < headings.length; k++) {
    const section = matcher.get(keys[k]);
    if (section === undefined) continue;
    const mark = headings[k];
    const line = mark.position.start.line;
    // As locateSections: up to the next heading as high or higher, or the next required one.
    let end = Infinity;
    for (let j = k + 1; j < headings.length; j++) {
      if (headings[j].level <= mark.level || matcher.has(keys[j])) {
        end = headings[j].position.start.line;
        break;
      }
    }
    let filled = false;
    for (const s of sections) {
      const at = s.position.start.line;
      if (at <= line || at >= end) continue;
      if (ASIDE.has(s.type)) return null;
      if (FILLS.has(s.type)) filled = true;
    }
    found.push({ section, line, filled });
  }
  return reportOf(required, found);
}
