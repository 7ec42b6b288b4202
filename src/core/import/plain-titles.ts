import type { RequiredSection } from '../note/template-settings';
import { citationText } from './citation-line';
import { isLoneMarker, previousNonBlank } from './log-lines';
import { isKnownSectionLabel } from './section-names';

/**
 * In a log that lost its Markdown, an entry the reader gave no citation still starts with its
 * title on a line of its own: a short line in title case (`HOVER: Versatile Neural Whole-Body
 * Controller for Humanoid Robots`), not a bullet, not a label, not a sentence.
 */
export function looksLikeTitleLine(lines: readonly string[], i: number, required: readonly RequiredSection[]): boolean {
  const raw = lines[i];
  const line = raw.trim();
  if (line === '' || /^[ \t]/.test(raw) || /^[-*+•>#|!]|^\d+[.)]\s/.test(line) || /[.:;,]$/.test(line)) return false;
  if (citationText(line) !== null || isKnownSectionLabel(line.replace(/[:：]$/, ''), required)) return false;
  const prev = previousNonBlank(lines, i);
  if (prev >= 0 && isLoneMarker(lines[prev])) return false;
  const words = line.split(/\s+/);
  if (words.length < 4 || words.length > 30 || /[$`]|https?:/.test(line)) return false;
  const long = words.filter((w) => /\p{L}{4,}/u.test(w));
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= 0.6;
}
