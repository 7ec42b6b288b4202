import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idFromYamlNumber, noteArxivId } from '../../src/core/note/arxiv-property';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { paperLinks } from '../../src/core/reading/paper-card';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

jest.setTimeout(30_000);

/** Notes whose `arxiv` the reader typed without quotes: YAML reads them as numbers. */
const NOTE = (id: string, title: string) =>
  `---\ntitle: ${title}\nauthors:\n  - Ada Lovelace\narxiv: ${id}\narxiv_version: 1\npublished: 2024-06-14\ntags:\n  - paper\nstatus: to-read\n---\n\n## General Idea\n- x\n`;
const FILES = {
  'Papers/Trailing zero.md': NOTE('2406.10450', 'Trailing zero'),
  'Papers/Old scheme.md': NOTE('1605.08380', 'Five digit with zero'),
  'Papers/Four digits.md': NOTE('0704.0010', 'Four digit scheme'),
};
const IDS = ['2406.10450', '1605.08380', '0704.0010'];

describe('an unquoted numeric arxiv property reads as the same id everywhere', () => {
  let vault: string;
  beforeEach(async () => {
    vault = await makeTempVault('pd-numeric-', FILES);
  });
  afterEach(() => removeTempVault(vault));

  it('in list --json', async () => {
    const run = await cli('list', '--vault', vault, '--json', '--filter', 'sort: arxiv asc');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out.join('\n')) as { arxiv: string | null }[];
    expect(rows.map((r) => r.arxiv).sort()).toEqual([...IDS].sort());
  });

  it('in exports (BibTeX eprint, CSL-JSON id)', async () => {
    const bib = await cli('export', '--format', 'bibtex', '--vault', vault);
    for (const id of IDS) expect(bib.out.join('\n')).toContain(id);
    const csl = await cli('export', '--format', 'csl-json', '--vault', vault);
    const text = csl.out.join('\n');
    for (const id of IDS) expect(text).toContain(id);
  });

  it('in the Bases dashboard count and in rate/tag/status by id', async () => {
    const dash = await cli('dashboard', '--vault', vault);
    expect(dash.out[0]).toMatch(/\(3 papers\)/);
    for (const id of IDS) {
      const rate = await cli('rate', id, '4', '--vault', vault);
      expect(rate.err).toEqual([]);
      expect(rate.code).toBe(0);
    }
    const text = await readFile(join(vault, 'Papers/Trailing zero.md'), 'utf8');
    expect(text).toContain('arxiv: 2406.10450\n');
    expect(readFrontmatter(text)?.rating).toBe(4);
  });

  it('in the core reading the plugin uses through the metadata cache (no text), the same as with the text', () => {
    for (const [path, text] of Object.entries(FILES)) {
      const fm = readFrontmatter(text);
      expect(typeof fm?.arxiv).toBe('number');
      expect(noteArxivId(fm)).toBe(noteArxivId(fm, text));
      expect(IDS).toContain(noteArxivId(fm));
      expect(paperLinks(fm ?? {}).find((l) => l.kind === 'pdf')?.url).toMatch(/^https:\/\/arxiv\.org\/pdf\/\d{4}\.\d{4,5}$/);
      void path;
    }
  });

  it.each([
    [2406.1045, '2406.10450'],
    [1605.0838, '1605.08380'],
    [704.001, '0704.0010'],
    [2501.1, '2501.10000'],
    [1412.9999, '1412.9999'],
    [-1, null],
    [2406.123456, null],
  ])('restores %p as %p', (n, id) => {
    expect(idFromYamlNumber(n)).toBe(id);
  });
});
