import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCitationEngine, type CitationStyle } from '../../src/app/citation-engine';
import { PaperNoteCreator } from '../../src/app/create-paper-notes';
import type { ArxivClient } from '../../src/app/ports';
import { applyOwned } from '../../src/app/refresh-metadata';
import { DiskNoteStore } from '../../src/cli/disk-note-store';
import { bibtexKey, formatBibtex } from '../../src/core/citation/bibtex';
import { splitAuthorName } from '../../src/core/citation/names';
import { editFrontmatter } from '../../src/core/note/frontmatter-edit';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { noteBaseName } from '../../src/core/note/filename';
import { ownedProperties, renderPaperNote } from '../../src/core/note/render';
import { ok } from '../../src/core/result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';

/** Titles and authors that break naive YAML, file names, Markdown or HTML. */
const TITLES = [
  'Quotes "double" and \'single\' “curly”',
  'Colon: a: b:',
  '# Not a heading',
  '- leading dash',
  '<script>alert(1)</script>',
  '$\\pi_0$: \\textbf{TeX} & 50% {braces} \\cite{x}',
  'שלום עולם مرحبا RTL',
  '🤖 Robots 👩‍🔬 with ZWJ',
  'Ends with ---',
  '[[link]] | pipe * star @at `tick` ~',
  'yes',
  '2406.10454',
  'null',
  'Line one\nline two',
];
const AUTHORS = ['Jean-Luc "JL" O\'Neil', 'María-José: Núñez', '#hash Tag', '- Dash', '<b>Bold</b>', 'محمد علي', '李 小龍', '🤖 Bot'];
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const FORBIDDEN_IN_NAMES = /[\\/:*?"<>|#^[\]\u0000-\u001f]/;

const hostile = (title: string, i: number) =>
  samplePaper({ arxiv: `2401.${String(20000 + i)}`, title, authors: AUTHORS.slice(i % 4, (i % 4) + 4) });

describe.each(TITLES.map((t, i) => [JSON.stringify(t), hostile(t, i)] as const))('hostile title %s', (_name, paper) => {
  it('round-trips exactly through a new note’s frontmatter and through a refresh edit', () => {
    const text = renderPaperNote(paper, { citation: 'C.', tags: ['paper'], status: 'to-read', added: '2026-01-01' });
    expect(readFrontmatter(text)).toMatchObject({ title: paper.title, authors: [...paper.authors], arxiv: paper.arxiv });
    const plain = samplePaper({ arxiv: paper.arxiv });
    const old = renderPaperNote(plain, { citation: 'C.', tags: ['paper'], status: 'to-read', added: '2026-01-01' });
    const refreshed = editFrontmatter(old, (props) => applyOwned(props, ownedProperties(paper)));
    expect(readFrontmatter(refreshed)).toMatchObject({ title: paper.title, authors: [...paper.authors] });
  });

  it('gives a safe, capped file name', () => {
    const name = noteBaseName(paper.title, paper.arxiv);
    expect(name).not.toMatch(FORBIDDEN_IN_NAMES);
    expect(name).not.toMatch(/^[.\s]|[.\s]$/);
    expect(name.length).toBeGreaterThan(0);
    expect(Array.from(name).length).toBeLessThanOrEqual(120);
  });

  it.each<CitationStyle>(['scholar', 'apa', 'vancouver', 'harvard'])('is cited as plain text in %s', async (style) => {
    const text = await createCitationEngine().format(paper, style);
    if (!paper.title.includes('\n')) expect(text).toContain(paper.title);
    // Harvard shortens four or more authors to "First et al.".
    const cited = style === 'harvard' ? paper.authors.slice(0, 1) : paper.authors;
    for (const author of cited) expect(text).toContain(splitAuthorName(author).family);
    expect(text.replace(/<b>Bold<\/b>|<script>alert\(1\)<\/script>/g, '')).not.toMatch(/<\/?(?:div|span|i|b)\b/);
  });

  it('is cited in BibTeX with a stable key and balanced braces', () => {
    const entry = formatBibtex(paper);
    expect(bibtexKey(paper)).toBe(bibtexKey({ ...paper, version: 9, abstract: 'other' }));
    expect(bibtexKey(paper)).toMatch(/^[a-z0-9]+$/);
    let depth = 0;
    for (const ch of entry.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('hostile papers through the file system', () => {
  it('creates one note per hostile title on disk and reads every title and author back exactly', async () => {
    const papers = TITLES.map(hostile);
    const arxiv: ArxivClient = { fetchPapers: (ids) => Promise.resolve(ok({ found: new Map(papers.filter((p) => ids.includes(p.arxiv)).map((p) => [p.arxiv, p])), missing: [] })) };
    const store = new DiskNoteStore(await mkdtemp(join(tmpdir(), 'pd-hostile-')));
    try {
      const creator = new PaperNoteCreator({ store, arxiv, citations: createCitationEngine(), clock: new FakeClock(), settings: () => DEFAULT_SETTINGS });
      const outcomes = await creator.createFromInputs(papers.map((p) => p.arxiv));
      expect(outcomes.map((o) => o.kind)).toEqual(papers.map(() => 'created'));
      for (const [i, o] of outcomes.entries()) {
        if (o.kind !== 'created') continue;
        const fm = readFrontmatter(await readFile(join(store.root, o.path), 'utf8'));
        expect(fm).toMatchObject({ title: papers[i]?.title, authors: papers[i]?.authors });
      }
    } finally {
      await rm(store.root, { recursive: true, force: true });
    }
  });
});
