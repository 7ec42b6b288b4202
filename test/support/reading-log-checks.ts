import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './shared-inputs';

/** The sample reading log in ../shared (a clear failure when it is absent). */
export function sharedReadingLog(): string {
  return readFileSync(sharedPath('samples', 'reading-log.md'), 'utf8');
}

export function fixtureLog(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'reading-log', name), 'utf8');
}

/** Each `###` entry of a Markdown log as its lines, found without the importer's own splitter. */
export function rawEntries(log: string): { title: string; lines: string[] }[] {
  const entries: { title: string; lines: string[] }[] = [];
  for (const line of log.split(/\r?\n/)) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      if (heading[1] === '###') entries.push({ title: heading[2], lines: [] });
      else entries.push({ title: '', lines: [] });
      continue;
    }
    entries.at(-1)?.lines.push(line);
  }
  return entries.filter((e) => e.title !== '');
}

const LABEL = /^(?:[-*+]\s+|#{1,6}\s+)?(?:\*\*|__)?([^*_]+?)(?:\*\*|__)?\s*[:：]?\s*$/;

/**
 * Lines of an entry that its note lost. A line counts as kept when the note has it (indentation
 * aside, or quoted); a section label (`- Main Idea`, `**Experiment**:`) counts as kept when the note shows it
 * as a heading or bold line, or when the import mapped it onto a template section the note has.
 */
export function droppedLines(entryLines: readonly string[], note: string, mappedLabels: ReadonlyMap<string, string>): string[] {
  const noteLines = new Set(note.split('\n').map((l) => l.trim()));
  const dropped: string[] = [];
  for (const raw of entryLines) {
    const line = raw.trim();
    // A citation line without its `>` (a plain-text export) comes back quoted.
    if (line === '' || noteLines.has(line) || noteLines.has(`> ${line}`)) continue;
    const label = LABEL.exec(line)?.[1]?.trim();
    if (label !== undefined) {
      if (noteLines.has(`## ${label}`) || noteLines.has(`### ${label}`) || noteLines.has(`**${label}**`)) continue;
      const target = mappedLabels.get(label);
      if (target !== undefined && noteLines.has(`## ${target}`)) continue;
    }
    dropped.push(raw);
  }
  return dropped;
}
