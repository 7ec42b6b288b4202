import { renderFrontmatter } from '../../src/core/note/frontmatter';
import { seededRandom } from './note';

/** One synthetic paper note: its path, its frontmatter as Obsidian's cache would hold it, its text. */
export interface SyntheticNote {
  readonly path: string;
  readonly frontmatter: Record<string, unknown>;
  readonly text: string;
}

const TOPICS = ['robotics', 'robotics/humanoid', 'robotics/manipulation', 'vision', 'nlp', 'rl', 'survey', 'diffusion', 'theory', 'graphs'];
const WORDS = ['Learning', 'Humanoid', 'Policies', 'Diffusion', 'Transformers', 'Scaling', 'Robust', 'Imitation', 'Vision', 'Language', 'Models', 'Graph', 'Neural', 'Fields', 'Sparse', 'Attention', 'Zero-Shot', 'Agents', 'Planning', 'Control'];
const GIVEN = ['Zipeng', 'Chelsea', 'Sergey', 'Anaïs', 'Jürgen', 'Li', 'Yuki', 'Olga', 'Pieter', 'Fei-Fei'];
const FAMILY = ['Fu', 'Finn', 'Levine', 'Müller', 'Schölkopf', 'Wang', 'Tanaka', 'Ivanova', 'Abbeel', 'Li'];
const CATEGORIES = ['cs.RO', 'cs.LG', 'cs.CV', 'cs.CL', 'stat.ML'];
const STATUSES = ['to-read', 'reading', 'read'] as const;
const VENUES = ['Conference on Robot Learning', 'IEEE International Conference on Robotics and Automation (ICRA)', 'Neural Information Processing Systems', 'Science Robotics', 'Journal of Machine Learning Research'];

/**
 * A deterministic vault of `count` paper notes for tests, benchmarks and the browser run: mixed
 * tags (some nested), ratings (a third unrated), statuses, years, distilled and stub notes;
 * two thirds have an OpenAlex citation count (some 0), a quarter a venue (taken from the index, so
 * the random sequence, and every other field, stays what it was before these keys existed).
 */
export function syntheticPapers(count: number, seed = 7): SyntheticNote[] {
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  const notes: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const authors = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => `${pick(GIVEN)} ${pick(FAMILY)}`);
    const year = 2015 + Math.floor(rng() * 11);
    const id = `${String(year % 100).padStart(2, '0')}${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}.${String(10000 + i).slice(-5)}`;
    const tags = ['paper', `arxiv/${pick(CATEGORIES).replace('.', '-')}`, pick(TOPICS), ...(rng() < 0.3 ? [pick(TOPICS)] : [])];
    const rating = rng() < 0.35 ? undefined : 1 + Math.floor(rng() * 5);
    const status = pick(STATUSES);
    const distilled = status === 'read' || rng() < 0.3;
    const frontmatter: Record<string, unknown> = {
      title,
      authors,
      arxiv: id,
      arxiv_version: 1 + Math.floor(rng() * 3),
      published: `${year}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 10)}`,
      categories: [pick(CATEGORIES)],
      url: `https://arxiv.org/abs/${id}`,
      pdf: `https://arxiv.org/pdf/${id}`,
      ...(rng() < 0.4 ? { code: `https://github.com/example/repo-${i}` } : {}),
      tags: [...new Set(tags)],
      ...(rating === undefined ? {} : { rating }),
      status,
      added: `2026-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(10 + Math.floor(rng() * 18))}`,
      ...(status === 'read' ? { read_version: 1 } : {}),
      ...(rng() < 0.2 ? { tldr: `One line about ${pick(WORDS).toLowerCase()} ${pick(WORDS).toLowerCase()}` } : {}),
      ...(i % 3 === 0 ? {} : { citations: (i * 7919) % 3001 === 0 ? 0 : ((i * 7919) % 3001) * (i % 5) }),
      ...(i % 4 === 0 ? { venue: VENUES[(i / 4) % VENUES.length], venue_type: (i / 4) % VENUES.length < 3 ? 'conference' : 'journal' } : {}),
    };
    const body = distilled ? '- A real point.\n' : '- \n';
    const text = `${renderFrontmatter(frontmatter)}\n> Citation.\n\n## General Idea\n${body}\n## Limitations\n${body}\n## Utilities\n${body}`;
    notes.push({ path: `Papers/${title}.md`, frontmatter, text });
  }
  return notes;
}
