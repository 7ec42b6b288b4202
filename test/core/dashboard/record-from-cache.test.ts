import { paperRecord, paperRecordFromCache } from '../../../src/core/dashboard/record';
import { readFrontmatter, renderFrontmatter } from '../../../src/core/note/frontmatter';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { seededRandom } from '../../builders/note';
import { syntheticPapers } from '../../builders/paper-vault';
import { pick, randomBody } from '../../builders/reader-content';
import { parseCachedMetadata } from '../../fakes/obsidian';

const OPTIONS = { paperTag: 'paper', requiredSections: DEFAULT_REQUIRED_SECTIONS };
const FM = renderFrontmatter({ title: 'A paper', arxiv: '2406.10454', tags: ['paper'], status: 'read' });

/** Section bodies of every kind the cache tells apart, and some it cannot. */
const BODIES = [
  '', '\n', 'A real point.\n', 'Two lines\nof prose.\n', '- \n', '- A point.\n', '* [ ] \n', '1. \n', '> \n', '> quoted\n',
  '<!-- hint -->\n', '%% hint %%\n', '```\ncode\n```\n', '    indented code\n', '$$\nx\n$$\n', '| a |\n|---|\n| 1 |\n', '---\n', '***\n',
  '### Sub\n', '### Sub\nText under it.\n', 'Setext\n---\n', 'Title\n===\n', '## Limitations\n', '#tag only\n', '##\n', '  ## Indented\n', '[^1]: note\n',
  'text\n- item\n', 'text\n    code\n', '- item\n\n  continued\n', '- item\n\nafter\n', '> [!abstract]- Abstract\n> text\n',
  // Not here: a fence indented four spaces straight after text (see completenessFromCache).
];
const MARKERS = ['## General Idea', '## Limitations', '## Utilities', '# General Idea', '### Limitations:', '## **Utilities**', '- General Idea:'];

function corpus(): string[] {
  const rng = seededRandom(17);
  const notes: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const parts: string[] = [];
    for (let k = 0; k < 1 + Math.floor(rng() * 4); k++) parts.push(`${pick(rng, MARKERS)}\n${pick(rng, BODIES)}`);
    if (rng() < 0.2) parts.push(randomBody(rng));
    notes.push(`${FM}\n${parts.join(rng() < 0.5 ? '\n' : '')}`);
  }
  // The plugin's own notes (citation and abstract quotes above the sections), bulleted and in prose.
  for (const n of syntheticPapers(200, 4)) notes.push(n.text, n.text.replace(/- A real point\./g, 'A real point.').replace(/\n- \n/g, '\n\n'));
  return notes;
}

describe('records from the metadata cache', () => {
  const notes = corpus();

  it('are the records the note text gives, wherever the cache decides, and the cache decides for plain notes', () => {
    let decided = 0;
    const differing: string[] = [];
    for (const [i, text] of notes.entries()) {
      const path = `Papers/n${i}.md`;
      const cache = parseCachedMetadata(text);
      const fromCache = paperRecordFromCache(path, cache.frontmatter ?? null, cache, OPTIONS);
      if (fromCache === undefined) continue;
      decided++;
      if (JSON.stringify(fromCache) !== JSON.stringify(paperRecord(path, readFrontmatter(text), text, OPTIONS))) differing.push(text);
    }
    expect(differing).toEqual([]);
    // Paragraph notes, empty sections and notes without required sections are decided without their text.
    expect(decided).toBeGreaterThan(notes.length / 8);
  });

  it.each([
    ['a list in a section (the cache holds no list item text)', '## General Idea\n- \n'],
    ['a quote', '## General Idea\nText\n\n> ## Limitations\n'],
    ['a code block', '## General Idea\n```\n## Limitations\n```\n'],
    ['a setext heading', 'General Idea\n---\nText\n'],
    ['an outline with bullet sections', '- General Idea:\n  - a point\n'],
    ['a quote in a section (it may be a bare `>`)', '## General Idea\n> \n'],
  ])('leave the note to its text for %s', (_, body) => {
    const text = `${FM}\n${body}`;
    const cache = parseCachedMetadata(text);
    expect(paperRecordFromCache('a.md', cache.frontmatter ?? null, cache, OPTIONS)).toBeUndefined();
  });

  it('are null for notes that are not papers, as from the text', () => {
    const text = '---\ntags: [meeting]\n---\n## General Idea\nText\n';
    const cache = parseCachedMetadata(text);
    expect(paperRecordFromCache('a.md', cache.frontmatter ?? null, cache, OPTIONS)).toBeNull();
  });
});
