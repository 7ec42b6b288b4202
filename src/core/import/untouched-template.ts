import { splitFrontmatter } from '../note/frontmatter';
import { sectionKey, sectionMatcher } from '../note/sections';
import type { RequiredSection } from '../note/template-settings';
import { validateNote } from '../note/validate';

/**
 * A note whose body is still the empty template a new paper note starts with: the citation and
 * abstract quotes, the required headings, and nothing written under them. An import may fill such
 * a note with the log's distillation, because nothing the reader wrote can be lost.
 */
export function isUntouchedTemplate(markdown: string, required: readonly RequiredSection[]): boolean {
  const report = validateNote(markdown, required);
  if (report.filledCount > 0 || report.sections.some((s) => !s.present)) return false;
  const matcher = sectionMatcher(required);
  for (const raw of splitFrontmatter(markdown).body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('>') || /^([-*+]|\d+[.)])$/.test(line)) continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading && matcher.has(sectionKey(heading[1] ?? ''))) continue;
    return false;
  }
  return true;
}
