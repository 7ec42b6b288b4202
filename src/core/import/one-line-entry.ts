import { findArxivRefs } from '../arxiv/ids';
import type { HeadingParts } from './heading-parts';
import { parseHeadingText } from './heading-parts';

/**
 * A paper written on one line, as readers keep a list of them:
 * `- 🌟(BP of CoRL 2024)Title [arxiv][website][dataset✅]. Summary.` The star, the remark in
 * parentheses (before or after the title), the resource flags and the summary are all optional.
 */
export interface OneLineEntry {
  readonly heading: HeadingParts;
  /** The one-line summary after the title, or null. */
  readonly summary: string | null;
  readonly arxivId: string | null;
}

const STARS = /^(?:(?:🌟|⭐|★)\uFE0F?\s*)+/u;
const LEADING_REMARK = /^\(([^()]{1,80})\)\s*/;
const FLAG_RUN = /(?:\s*\[[^\][]{1,24}\](?:\([^()\s]+\))?)+/;

export function parseOneLineEntry(text: string): OneLineEntry | null {
  let rest = text.trim().replace(/^(?:[-*+•]|\d+[.)])\s*/, '').trim();
  if (rest === '') return null;
  const starred = STARS.test(rest);
  rest = rest.replace(STARS, '');
  const remarks: string[] = [];
  const lead = LEADING_REMARK.exec(rest);
  if (lead) {
    remarks.push(lead[1].trim());
    rest = rest.slice(lead[0].length);
  }
  rest = rest.replace(STARS, '');
  const [head, summary] = splitTitleAndSummary(rest);
  if (head === '') return null;
  const parsed = parseHeadingText(head);
  const heading: HeadingParts = {
    ...parsed,
    recommended: starred || parsed.recommended,
    remarks: [...remarks, ...parsed.remarks],
  };
  if (heading.title === '' || heading.title.length > 400) return null;
  const ids = findArxivRefs(text);
  return { heading, summary, arxivId: ids[0]?.id ?? null };
}

/**
 * The title ends at its flags (`[arxiv][website]`); without flags, at the first sentence end
 * followed by more text or a dash/colon separator (`Title — summary`).
 */
function splitTitleAndSummary(text: string): [string, string | null] {
  const whole = /^\[[^\]]+\]\([^)]*\)/.exec(text);
  const from = whole ? whole[0].length : 0;
  const flags = FLAG_RUN.exec(text.slice(from));
  if (flags && flags.index + from > 0) {
    const end = flags.index + from + flags[0].length;
    return [text.slice(0, end).trim(), cleanSummary(text.slice(end))];
  }
  if (whole) return [whole[0], cleanSummary(text.slice(whole[0].length))];
  const sep = /\s+[—–]\s+|\s+-\s+(?=\S)|\.\s+(?=\S)/.exec(text);
  if (sep) return [text.slice(0, sep.index).trim(), cleanSummary(text.slice(sep.index + sep[0].length))];
  return [text.replace(/\.$/, '').trim(), null];
}

function cleanSummary(text: string): string | null {
  const t = text.replace(/^[\s.:;,—–-]+/, '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** One entry's text, joined from lines `line` to `last` (0-based, both included). */
export interface OneLineText {
  readonly line: number;
  readonly last: number;
  readonly text: string;
}

/**
 * Lines of a one-line list joined into entries: a bullet line, a lone `-` followed by its text
 * on the next line, and the continuation of an entry wrapped across lines (a line after one that
 * does not end a sentence). With `bulletsOnly`, text outside bullets is not an entry.
 */
export function oneLineEntryTexts(lines: readonly string[], opts: { bulletsOnly?: boolean } = {}): OneLineText[] {
  const out: OneLineText[] = [];
  let current: { line: number; last: number; parts: string[] } | null = null;
  const flush = () => {
    if (current !== null && current.parts.length > 0) out.push({ line: current.line, last: current.last, text: current.parts.join(' ') });
    current = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return flush();
    if (/^[-*+•]$/.test(line)) {
      flush();
      current = { line: i, last: i, parts: [] };
      return;
    }
    if (/^(?:[-*+•]|\d+[.)])\s+\S/.test(line)) {
      flush();
      current = { line: i, last: i, parts: [line] };
      return;
    }
    const open = current !== null && (current.parts.length === 0 || !/[.!?)\]]$/.test(current.parts[current.parts.length - 1]));
    if (current !== null && open) {
      current.parts.push(line);
      current.last = i;
      return;
    }
    flush();
    if (!opts.bulletsOnly) current = { line: i, last: i, parts: [line] };
  });
  flush();
  return out;
}
