import { normalizeTitleKey } from '../arxiv/title-key';
import { parseCitation } from './citation-line';
import type { LogEntry } from './log-split';
import { oneLineEntryTexts, parseOneLineEntry } from './one-line-entry';

/**
 * The one-line entries a plain-text log starts with (`- Title [arxiv][website]. Summary.`), as
 * entries of their own: no citation, no sections, the summary kept for `tldr`.
 */
export function oneLiners(lines: readonly string[]): LogEntry[] {
  return oneLineEntryTexts(lines, { bulletsOnly: true }).flatMap(({ line, text }) => oneLinerEntry(line, text) ?? []);
}

/** The entry one line of text makes (`line` 0-based), or null when it is no paper or a citation. */
export function oneLinerEntry(line: number, text: string): LogEntry | null {
  const parsed = parseOneLineEntry(text);
  if (parsed === null || parseCitation(text) !== null) return null;
  return { line: line + 1, heading: parsed.heading, topics: [], citation: null, body: [], arxivId: parsed.arxivId, summary: parsed.summary };
}

/**
 * A one-line entry for a paper that also has a full entry further down is the same paper: its
 * star, flags, award and summary join the full entry, and no second entry is made.
 */
export function mergeOneLiners(lines: readonly LogEntry[], entries: readonly LogEntry[]): LogEntry[] {
  const byKey = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const key of keysOf(e)) if (!byKey.has(key)) byKey.set(key, i);
  });
  const merged = [...entries];
  const kept: LogEntry[] = [];
  for (const one of lines) {
    const at = keysOf(one).map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (at === undefined) {
      kept.push(one);
      continue;
    }
    const full = merged[at];
    merged[at] = {
      ...full,
      heading: {
        ...full.heading,
        recommended: full.heading.recommended || one.heading.recommended,
        resources: full.heading.resources.length > 0 ? full.heading.resources : one.heading.resources,
        remarks: full.heading.remarks.length > 0 ? full.heading.remarks : one.heading.remarks,
        links: [...full.heading.links, ...one.heading.links],
      },
      arxivId: full.arxivId ?? one.arxivId,
      summary: full.summary ?? one.summary ?? null,
    };
  }
  return [...kept, ...merged];
}

function keysOf(e: LogEntry): string[] {
  const keys: string[] = [];
  if (e.arxivId !== null) keys.push(`id:${e.arxivId}`);
  const cited = e.citation === null ? null : parseCitation(e.citation);
  for (const title of [e.heading.title, cited?.title]) {
    const key = title ? normalizeTitleKey(title) : '';
    if (key !== '') keys.push(`title:${key}`);
  }
  return keys;
}
