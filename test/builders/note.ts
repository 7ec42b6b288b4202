/**
 * Paper notes for template tests, written by hand in the shapes readers use: the plugin's own
 * template (`## General Idea` + `- `) and the outline style of a reading log (`- General Idea:` with
 * numbered points nested below).
 */

export type Eol = '\n' | '\r\n';

export const FRONTMATTER = ['---', 'title: "A Paper: With a Colon"', 'arxiv: "2406.10454"', 'tags:', '  - paper', '---'].join('\n');
export const CITATION = '> Doe, J., & Roe, R. (2024). A Paper: With a Colon. arXiv preprint arXiv:2406.10454.';
export const FILLED = '- Learns a policy from a handful of demonstrations.';

export interface NoteParts {
  /** YAML block with its fences; null for a note without frontmatter. */
  readonly frontmatter?: string | null;
  readonly preamble?: string;
  /** Section blocks (see `section`), separated by a blank line. */
  readonly sections: readonly string[];
  readonly eol?: Eol;
  readonly finalNewline?: boolean;
}

/** A whole note, written with `\n` and converted to the requested line ending at the end. */
export function note(parts: NoteParts): string {
  const head = [parts.frontmatter === undefined ? FRONTMATTER : parts.frontmatter, parts.preamble ?? CITATION];
  const blocks = [...head.filter((b): b is string => b !== null && b !== ''), ...parts.sections.map((s) => s.replace(/\n$/, ''))];
  let text = blocks.join('\n\n') + '\n';
  if (parts.finalNewline === false) text = text.replace(/\n$/, '');
  return parts.eol === '\r\n' ? withCrlf(text) : text;
}

/** A heading (or bullet) line followed by its body; the default body is a real point. */
export function section(marker: string, body: string = FILLED): string {
  return body === '' ? `${marker}\n` : `${marker}\n${body}\n`;
}

/** The plugin's default template, nothing filled in yet. */
export function templateNote(eol: Eol = '\n'): string {
  return note({ sections: ['## General Idea', '## Limitations', '## Utilities'].map((h) => section(h, '- ')), eol });
}

/** A note with all three sections written, at heading level `level`. */
export function distilledNote(level = 2, eol: Eol = '\n'): string {
  const hashes = '#'.repeat(level);
  return note({ sections: ['General Idea', 'Limitations', 'Utilities'].map((n) => section(`${hashes} ${n}`)), eol });
}

/** A reading-log style section: `- Name:` at column 0, points nested under it. */
export function outlineSection(marker: string, points: readonly string[] = ['Keeps the gripper pose fixed']): string {
  const nested = points.map((p, i) => `  ${i + 1}. ${p}`).join('\n');
  return points.length === 0 ? `${marker}\n` : `${marker}\n\n${nested}\n`;
}

export function withCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Deterministic PRNG (mulberry32) so property tests replay the same cases everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

const TITLES = [
  'General Idea', 'general idea:', '**General Idea:**', 'Main Idea', 'Key Idea', 'Idea',
  'Limitations', 'Limitation:', '_Limitations_', 'Limitations ##',
  'Utilities', 'Utility', 'Takeaways', '**Utilities**:',
  'My thoughts', 'Main Result', 'TODO', 'Methods',
];
const BODIES = [FILLED, '- ', '', '<!-- what is the paper about? -->', '1. A numbered point\n2. Another', '-\n\n- ', 'Plain text with $\\pi_0$.'];

/** A random but plausible note: mixes sections, aliases, levels, traps and line endings. */
export function randomNote(rng: Random): string {
  const blocks: string[] = [];
  const outline = rng() < 0.25;
  const count = Math.floor(rng() * 7);
  for (let i = 0; i < count; i++) blocks.push(randomBlock(rng, outline));
  if (rng() < 0.08) blocks.push(pick(rng, ['```python\n## Limitations\nprint(1)', '~~~~\n# Utilities', '<!-- draft\n## General Idea', '%%\n## Utilities']));
  const text = note({
    frontmatter: rng() < 0.5 ? FRONTMATTER : null,
    preamble: rng() < 0.8 ? CITATION : '',
    sections: blocks,
    finalNewline: rng() < 0.7,
  });
  return rng() < 0.4 ? withCrlf(text) : text;
}

function randomBlock(rng: Random, outline: boolean): string {
  const roll = rng();
  if (outline && roll < 0.6) {
    const title = pick(rng, TITLES).replace(/ ##$/, '');
    return outlineSection(`- ${title}`, rng() < 0.7 ? ['Point one', 'Point two'] : []);
  }
  if (roll < 0.7) return section(`${'#'.repeat(1 + Math.floor(rng() * 4))} ${pick(rng, TITLES)}`, pick(rng, BODIES));
  return pick(rng, [
    '```\n## General Idea\n```',
    '~~~~md\n## Limitations\n~~~\n~~~~',
    '> [!note] Reminder\n> ## Utilities\n> - from a callout',
    '<!--\n## Limitations\n-->',
    'A paragraph between sections.',
    '- Idea',
  ]);
}
