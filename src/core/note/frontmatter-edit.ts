import { isDeepStrictEqualish } from './deep-equal';
import { parse } from 'yaml';
import { isRecord, renderFrontmatter, splitFrontmatter } from './frontmatter';

/** A top-level key's lines inside the YAML block: [start, end) line indexes. */
interface KeySpan {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

// A top-level mapping key starts at column 0 and is not a comment, list item or document marker.
const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#\-?:][^:]*?|-[^\s:][^:]*?))[ \t]*:(?:[ \t]|$)/;

/**
 * Applies `mutate` to a note's properties and rewrites only the keys whose values changed:
 * untouched keys keep their exact bytes (quoting, comments, order, blank lines), changed keys
 * are re-rendered in place, removed keys disappear and new keys are appended at the end of the
 * block. The body is never touched. Returns the text unchanged when nothing changed.
 * Throws, so that nothing is written, when the block is not YAML this editor can edit safely
 * (invalid YAML, duplicate keys, not a mapping, keys it cannot locate): treating such a block as
 * empty would drop every property the change did not set.
 */
export function editFrontmatter(markdown: string, mutate: (props: Record<string, unknown>) => void): string {
  const split = splitFrontmatter(markdown);
  const before = split.yaml === null ? {} : parseForEdit(split.yaml);
  const after = structuredClone(before);
  mutate(after);
  if (split.yaml === null || split.yaml.trim() === '') {
    if (Object.keys(after).length === 0) return markdown;
    return renderFrontmatter(after) + (split.yaml === null ? markdown : split.body);
  }
  const eol = markdown.includes('\r\n') ? '\r\n' : '\n';
  const lines = split.yaml.split(/\r?\n/);
  const spans = keySpans(lines);
  const located = new Set(spans.map((span) => span.key));
  const lost = Object.keys(before).filter((key) => !located.has(key));
  if (lost.length > 0) throw new Error(`the properties block is laid out in a way that cannot be edited safely (${lost.join(', ')}); nothing was changed`);
  const replacements = new Map<number, string[] | null>();
  const appended: string[] = [];

  for (const span of spans) {
    if (!Object.prototype.hasOwnProperty.call(after, span.key)) replacements.set(span.start, null);
    else if (!isDeepStrictEqualish(before[span.key], after[span.key])) {
      replacements.set(span.start, renderKey(span.key, after[span.key]));
    }
  }
  const known = new Set(spans.map((s) => s.key));
  for (const key of Object.keys(after)) {
    if (!known.has(key) && after[key] !== undefined) appended.push(...renderKey(key, after[key]));
  }
  if (replacements.size === 0 && appended.length === 0) return markdown;

  const out: string[] = [];
  let i = 0;
  const byStart = new Map(spans.map((s) => [s.start, s]));
  while (i < lines.length) {
    const span = byStart.get(i);
    if (span && replacements.has(i)) {
      const next = replacements.get(i);
      if (next) out.push(...next);
      i = span.end;
      continue;
    }
    out.push(lines[i] ?? '');
    i++;
  }
  // Keep trailing blank lines of the block after the appended keys, as the reader left them.
  let tail = out.length;
  while (tail > 0 && out[tail - 1]?.trim() === '') tail--;
  out.splice(tail, 0, ...appended);
  const head = markdown.slice(0, markdown.length - split.body.length);
  const fence = /\r?\n---[ \t]*(?:\r?\n)?$/.exec(head)?.[0] ?? `${eol}---${eol}`;
  const bom = head.startsWith('\uFEFF') ? '\uFEFF' : '';
  const open = bom + (head.startsWith(`${bom}---\r\n`) ? '---\r\n' : '---\n');
  return open + out.join(eol) + fence + split.body;
}

function keySpans(lines: readonly string[]): KeySpan[] {
  const starts: Array<{ key: string; start: number }> = [];
  lines.forEach((line, index) => {
    const m = KEY_LINE.exec(line);
    if (!m) return;
    const key = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] !== undefined ? m[2].replace(/''/g, "'") : (m[3] ?? '');
    starts.push({ key: key.trim(), start: index });
  });
  return starts.map((s, n) => {
    let end = starts[n + 1]?.start ?? lines.length;
    // Comments and blank lines just before the next key stay with the layout, not with this key.
    while (end > s.start + 1 && /^\s*(#.*)?$/.test(lines[end - 1] ?? '')) end--;
    return { key: s.key, start: s.start, end };
  });
}

function renderKey(key: string, value: unknown): string[] {
  const block = renderFrontmatter({ [key]: value });
  return block.split('\n').slice(1, -2);
}

/** The block's properties, or an error a reader can act on; never a silent empty object. */
function parseForEdit(yaml: string): Record<string, unknown> {
  if (yaml.trim() === '') return {};
  let value: unknown;
  try {
    // Duplicate keys are an error here: which of the two would a change replace?
    value = parse(yaml, { uniqueKeys: true });
  } catch (e) {
    throw new Error(`the properties are not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); fix them, then try again — nothing was changed`);
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new Error('the properties block is not a list of keys and values; nothing was changed');
  return value;
}
