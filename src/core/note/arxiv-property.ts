import { parseArxivInput } from '../arxiv/ids';
import type { ArxivIdString } from '../arxiv/types';
import { splitFrontmatter } from './frontmatter';

/**
 * The one reading of a note's `arxiv` property, for every command, export, index and view:
 * the canonical id whatever shape the reader left it in (`2406.10454v2`, `arXiv:2406.10454`, an
 * abs URL, or an unquoted `arxiv: 2406.10450` that YAML turned into the number 2406.1045).
 * When the note's text is at hand the id is read from the line as written; otherwise the number
 * is restored (see idFromYamlNumber). Null for notes that are not arXiv papers.
 */
export function noteArxivId(frontmatter: Readonly<Record<string, unknown>> | null | undefined, markdown?: string): ArxivIdString | null {
  const raw = frontmatter?.arxiv;
  if (typeof raw === 'number') {
    // The line as typed first; the restored number gives the same id for every valid one, so
    // a caller without the text (Obsidian's metadata cache) reads the same id.
    return canonical(writtenArxivValue(markdown)) ?? canonical(idFromYamlNumber(raw));
  }
  return canonical(raw);
}

function canonical(text: unknown): ArxivIdString | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const parsed = parseArxivInput(text);
  return parsed.ok ? parsed.value.id : null;
}

/**
 * A hand-typed `arxiv: 2406.10450` (unquoted) reaches us as the number 2406.1045. Only trailing
 * zeros are lost, and the number of digits is fixed by the month (4 before 2015, 5 from 1501),
 * so the id can be restored exactly.
 */
export function idFromYamlNumber(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const [yymm = '', digits = ''] = String(n).split('.');
  if (!/^\d{3,4}$/.test(yymm)) return null;
  const prefix = yymm.padStart(4, '0');
  const width = Number(prefix) >= 1501 ? 5 : 4;
  return digits.length > width ? null : `${prefix}.${digits.padEnd(width, '0')}`;
}

const ARXIV_LINE = /^arxiv[ \t]*:[ \t]*([0-9][0-9.]*)[ \t]*(?:#.*)?$/m;

/** The plain scalar after a top-level `arxiv:` in the properties block, exactly as typed. */
function writtenArxivValue(markdown: string | undefined): string | null {
  if (markdown === undefined) return null;
  const yaml = splitFrontmatter(markdown).yaml;
  return yaml === null ? null : (ARXIV_LINE.exec(yaml)?.[1] ?? null);
}
