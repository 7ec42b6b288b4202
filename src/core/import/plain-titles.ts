import type { RequiredSection } from '../note/template-settings';
import { citationText } from './citation-line';
import { isKnownSectionLabel } from './section-names';

/**
 * In a log that lost its Markdown, an entry the reader gave no citation still starts with its
 * title on a line of its own: a short line in title case (`HOVER: Versatile Neural Whole-Body
 * Controller for Humanoid Robots`), not a bullet, not a label, not a sentence. A line followed
 * by another entry's start is a topic, not a paper. Only lines after the first citation count:
 * what comes before it is the log's preamble and its one-line list.
 */
export function titleOnlyLines(
  lines: readonly string[],
  starts: readonly { line: number; citation: number }[],
  required: readonly RequiredSection[],
): number[] {
  if (starts.length === 0) return [];
  const first = Math.min(...starts.map((s) => s.citation));
  const taken = new Set<number>(starts.flatMap((s) => [s.line, s.citation]));
  const candidates: number[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    if (taken.has(i) || !looksLikeTitle(lines, i, required)) continue;
    candidates.push(i);
  }
  const startLines = new Set([...taken, ...candidates]);
  return candidates.filter((i) => {
    const next = nextNonBlank(lines, i);
    return next !== -1 && !startLines.has(next);
  });
}

function looksLikeTitle(lines: readonly string[], i: number, required: readonly RequiredSection[]): boolean {
  const raw = lines[i];
  const line = raw.trim();
  if (line === '' || /^[ \t]/.test(raw) || /^[-*+•>#|!]|^\d+[.)]\s/.test(line) || /[.:;,]$/.test(line)) return false;
  if (citationText(line) !== null || isKnownSectionLabel(line.replace(/[:：]$/, ''), required)) return false;
  const prev = previousNonBlank(lines, i);
  if (prev >= 0 && /^[-*+•]$/.test(lines[prev].trim())) return false;
  const words = line.split(/\s+/);
  if (words.length < 4 || words.length > 30 || /[$`]|https?:/.test(line)) return false;
  const long = words.filter((w) => /\p{L}{4,}/u.test(w));
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= 0.6;
}

function nextNonBlank(lines: readonly string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== '') return j;
  return -1;
}

function previousNonBlank(lines: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim() !== '') return j;
  return -1;
}
