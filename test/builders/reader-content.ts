import type { PaperMetadata } from '../../src/core/arxiv/types';
import { renderFrontmatter } from '../../src/core/note/frontmatter';
import { renderPaperNote } from '../../src/core/note/render';
import { samplePaper } from './atom';

/**
 * Random reader content for property tests of "refresh changes only plugin-owned keys":
 * Markdown bodies, Unicode, YAML-hostile strings, extra keys in every YAML style, comments,
 * reordered keys. Driven by a seeded PRNG (builders/note.ts seededRandom) so failures replay.
 */
export type Random = () => number;

export const HOSTILE_FRAGMENTS = [
  '"', "'", ': ', ' #', '# ', '- ', '-', '<script>alert(1)</script>', '$\\pi_0$', '\\', '\\n', 'مرحبا', 'שלום',
  '\u202e', '🤖', '👩‍🔬', '---', '...', '{{title}}', '&', '*anchor', '&ref', '!tag', '%', '@', '`', 'yes', 'no', 'null',
  '~', '0x1F', '2024-01-01', '1e3', '\t', '机器人', 'Привет', '[[Link]]', '> quote', '|', '>', '?', ',', '[', ']', '{', '}',
];

export const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

export function hostileString(rng: Random, max = 6): string {
  const n = 1 + Math.floor(rng() * max);
  let s = '';
  for (let i = 0; i < n; i++) s += rng() < 0.5 ? pick(rng, HOSTILE_FRAGMENTS) : pick(rng, ['word', 'Ünïcödé', ' ', 'a b', 'x']);
  return s;
}

/** A single-line hostile string (titles and authors: arXiv collapses whitespace). */
export function hostileLine(rng: Random, max = 6): string {
  const s = hostileString(rng, max).replace(/\s+/g, ' ').trim();
  return s === '' ? 'x' : s;
}

const BODY_BLOCKS = [
  '## General Idea\n- Learns from $\\pi_0$ demos 🤖\n',
  '## Limitations\n- \n',
  '```yaml\ntitle: not frontmatter\n---\n```\n',
  '---\n\nA horizontal rule above.\n',
  '> [!note] Mine\n> ## Utilities\n',
  '<!-- hidden: arxiv_version: 9 -->\n',
  '%% comment %%\n',
  'title: looks like a key\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
];

export function randomBody(rng: Random): string {
  const parts: string[] = [];
  const n = Math.floor(rng() * 6);
  for (let i = 0; i < n; i++) parts.push(rng() < 0.6 ? pick(rng, BODY_BLOCKS) : `${hostileString(rng, 10)}\n`);
  return parts.join(rng() < 0.5 ? '\n' : '');
}

/** An extra key in one of the shapes readers write by hand (plain, quoted, flow, block, nested). */
function extraKeyLines(rng: Random, index: number): string[] {
  const name = pick(rng, [`my_key_${index}`, `"quoted: key ${index}"`, `ключ${index}`, `emoji🌟${index}`, `Project ${index}`]);
  const value = hostileString(rng);
  switch (Math.floor(rng() * 6)) {
    case 0:
      return renderFrontmatter({ [unquote(name)]: value }).split('\n').slice(1, -2);
    case 1:
      return [`${name}: [a, "b: c", ${index}]`];
    case 2:
      return [`${name}: |`, `  ${value.replace(/\s+/g, ' ').trim() || 'x'}`, '  second line'];
    case 3:
      return [`${name}:`, '  nested: true', `  count: ${index}`];
    case 4:
      return [`${name}: 'single ''quoted'' ${index}'`];
    default:
      return [`${name}:    spaced value ${index}   # trailing comment`];
  }
}

const unquote = (name: string) => name.replace(/^"|"$/g, '');

export interface ReaderNote {
  readonly text: string;
  readonly old: PaperMetadata;
}

/**
 * A note as the plugin once wrote it for `old`, then edited by a reader: reader keys set in other
 * styles, extra keys and comments inserted anywhere, keys moved, a random body, maybe CRLF.
 */
export function readerEditedNote(rng: Random, id: string): ReaderNote {
  const old = samplePaper({
    arxiv: id,
    version: 1 + Math.floor(rng() * 2),
    title: hostileLine(rng),
    authors: Array.from({ length: 1 + Math.floor(rng() * 4) }, () => hostileLine(rng, 3)),
    journalRef: undefined,
  });
  const rendered = renderPaperNote(old, { citation: 'Cite.', tags: ['paper', 'arxiv/cs-RO'], status: 'to-read', added: '2024-01-02' });
  const end = rendered.indexOf('\n---\n', 3);
  const spans = topLevelSpans(rendered.slice(4, end).split('\n'));
  if (rng() < 0.5) spans.push(['rating: 4']);
  if (rng() < 0.5) spans.push([`tldr: ${JSON.stringify(hostileLine(rng))}`]);
  if (rng() < 0.3) spans.push(['read_version: 1']);
  const extras = Math.floor(rng() * 4);
  for (let i = 0; i < extras; i++) spans.splice(Math.floor(rng() * (spans.length + 1)), 0, extraKeyLines(rng, i));
  const comments = Math.floor(rng() * 3);
  for (let i = 0; i < comments; i++) spans.splice(Math.floor(rng() * (spans.length + 1)), 0, [`# reader comment ${i}: ${hostileString(rng, 3).replace(/\n/g, ' ')}`]);
  if (rng() < 0.3) spans.push(['']);
  // A few swaps move keys around the way a reader reorders properties.
  for (let i = 0; i < 3; i++) {
    const a = Math.floor(rng() * spans.length);
    const b = Math.floor(rng() * spans.length);
    [spans[a], spans[b]] = [spans[b], spans[a]];
  }
  let text = `---\n${spans.flat().join('\n')}\n---\n${randomBody(rng)}`;
  if (rng() < 0.2) text = text.replace(/\r?\n/g, '\r\n');
  return { text, old };
}

/** New arXiv metadata for the same paper: maybe a new version, title, authors, journal publication. */
export function refreshedMetadata(rng: Random, old: PaperMetadata): PaperMetadata {
  return samplePaper({
    ...old,
    version: old.version + Math.floor(rng() * 3),
    title: rng() < 0.4 ? hostileLine(rng) : old.title,
    authors: rng() < 0.3 ? [...old.authors, hostileLine(rng, 2)] : old.authors,
    updated: rng() < 0.5 ? '2025-03-04' : old.updated,
    journalRef: rng() < 0.3 ? `J. ${hostileLine(rng, 2)} 12 (2025)` : undefined,
    doi: rng() < 0.2 ? '10.1000/journal.2025.1' : undefined,
    comment: rng() < 0.5 ? 'v3: more experiments' : undefined,
  });
}

/** Lines of the YAML block grouped by top-level key (a key line and its indented continuation). */
export function topLevelSpans(lines: readonly string[]): string[][] {
  const spans: string[][] = [];
  for (const line of lines) {
    if (spans.length > 0 && /^[ \t]/.test(line)) spans[spans.length - 1]?.push(line);
    else spans.push([line]);
  }
  return spans;
}
