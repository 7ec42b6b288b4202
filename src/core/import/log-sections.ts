import type { RequiredSection } from '../note/template-settings';
import { displayLabel, isKnownSectionLabel, templateSectionOf } from './section-names';

/** One labelled part of an entry ("General Idea", "My thoughts"…), content de-indented. */
export interface EntrySection {
  /** The label as written, cleaned for display ("Limitation", "Some technical points"). */
  readonly label: string;
  /** Index of the required section it fills, or null when it is kept as an extra section. */
  readonly target: number | null;
  readonly lines: readonly string[];
}

export interface EntryParts {
  /** Text before the first section label. */
  readonly lead: readonly string[];
  readonly sections: readonly EntrySection[];
}

const BULLET = /^[-*+][ \t]+(\S.*)$/;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BOLD_LABEL = /^(\*\*|__)([^*_]+)\1[ \t]*[:：]?[ \t]*$/;
const INLINE_LABEL = /^[-*+][ \t]+(?:\*\*|__)?([^:：*_]{1,40}?)(?:\*\*|__)?[ \t]*[:：]\s*\S/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const LONE_DASH = /^[ \t]*[-*+•][ \t]*$/;

/**
 * Where an entry's sections start. Section labels, as readers write them:
 * - a top-level bullet that is only a label (`- General Idea:`, `- Main Result`) — a label is a
 *   name the importer knows, or a short phrase (six words at most, no sentence punctuation) with
 *   content nested under it or a colon after it;
 * - a heading inside the entry (`#### Limitations`);
 * - a line of bold text alone (`**Experiment**:`);
 * - a top-level bullet that starts with a template section's name and a colon
 *   (`- Utility: check the Aria project`): the bullet stays as the section's first line.
 * A section runs to the next label; lines inside fenced code are never labels.
 */
export function splitEntrySections(body: readonly string[], required: readonly RequiredSection[]): EntryParts {
  const lead: string[] = [];
  const sections: { label: string; target: number | null; lines: string[] }[] = [];
  let fence: string | null = null;
  let afterDash = false;
  body.forEach((line, i) => {
    // A plain-text export keeps a lone `-` where a bullet held only a label: it carries nothing,
    // but says that the line after it is a label.
    if (fence === null && LONE_DASH.test(line)) {
      afterDash = true;
      return;
    }
    const dash = afterDash;
    afterDash = false;
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? f[1] : f[1].startsWith(fence) ? null : fence;
    const label = fence === null && f === null ? (sectionLabel(body, i, required) ?? bareLabel(line, dash, required)) : null;
    if (label !== null) {
      sections.push({ label: displayLabel(label.text), target: templateSectionOf(label.text, required), lines: label.keepLine ? [line] : [] });
      return;
    }
    const current = sections[sections.length - 1];
    (current === undefined ? lead : current.lines).push(line);
  });
  return {
    lead: tidy(lead),
    sections: sections.map((s) => ({ label: s.label, target: s.target, lines: tidy(s.lines) })),
  };
}

function sectionLabel(body: readonly string[], i: number, required: readonly RequiredSection[]): { text: string; keepLine: boolean } | null {
  const line = body[i];
  const heading = HEADING.exec(line);
  if (heading) return { text: heading[1], keepLine: false };
  const bold = BOLD_LABEL.exec(line);
  if (bold && isShortLabel(bold[2])) return { text: bold[2], keepLine: false };
  const bullet = BULLET.exec(line);
  if (!bullet) return null;
  const text = bullet[1].trim();
  if (isKnownSectionLabel(text, required)) return { text, keepLine: false };
  if (isShortLabel(text.replace(/[:：]$/, '')) && (/[:：]$/.test(text) || hasNested(body, i))) return { text, keepLine: false };
  const inline = INLINE_LABEL.exec(line);
  if (inline && templateSectionOf(inline[1], required) !== null) return { text: inline[1], keepLine: true };
  return null;
}

/**
 * A label on a line of its own, as a plain-text export leaves it (`General Idea:`, `Utilities`):
 * a name the importer knows, or a short phrase after a lone `-` or ending in a colon.
 */
function bareLabel(line: string, afterDash: boolean, required: readonly RequiredSection[]): { text: string; keepLine: boolean } | null {
  const text = line.trim();
  if (text === '' || /^[-*+>#|]/.test(text) || /^[ \t]/.test(line)) return null;
  const name = text.replace(/[:：]$/, '').trim();
  if (isKnownSectionLabel(name, required)) return { text, keepLine: false };
  if (isShortLabel(name) && (afterDash || /[:：]$/.test(text))) return { text, keepLine: false };
  return null;
}

function isShortLabel(text: string): boolean {
  const t = text.replace(/^(\*\*|__)|(\*\*|__)$/g, '').trim();
  if (t === '' || /[.?!;,$`[\]()]|https?:/.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}

/** The next non-blank line is indented under this one. */
function hasNested(body: readonly string[], i: number): boolean {
  const next = body.slice(i + 1).find((l) => l.trim() !== '');
  return next !== undefined && /^[ \t]/.test(next);
}

/** Blank lines trimmed at both ends, and the indentation all lines share removed. */
function tidy(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  const kept = lines.slice(start, end);
  const indents = kept.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0] ?? '');
  const common = indents.reduce((a, b) => commonPrefix(a, b), indents[0] ?? '');
  return kept.map((l) => (l.trim() === '' ? '' : l.slice(common.length)));
}

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}
