import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const SAMPLES = join(__dirname, '..', '..', '..', 'shared', 'samples');

/**
 * The daily list's titles, read without the importer: a title is the line two above its abstract
 * (title, blank line, a long paragraph), as the page is copied.
 */
async function dailyTitles(): Promise<string[]> {
  const lines = (await readFile(join(SAMPLES, 'daily-papers.txt'), 'utf8')).split(/\r?\n/);
  return lines.flatMap((line, i) => (i >= 2 && lines[i - 1] === '' && line.length > 200 && lines[i - 2] !== '' && lines[i - 2].length < 250 ? [lines[i - 2]] : []));
}

const paper = (arxiv: string, title: string, extra: Partial<PaperMetadata> = {}) =>
  samplePaper({ arxiv, title, abstract: `What ${title} is about.`, comment: undefined, categories: ['cs.LG'], ...extra });

/**
 * arXiv as a local server sees the list: most titles as listed (some spelled the way arXiv does,
 * with curly quotes or other case), decoys that contain a title plus more words, and two titles
 * arXiv does not have at all.
 */
function catalogue(titles: readonly string[]): { papers: PaperMetadata[]; missing: string[] } {
  const missing = [titles[5], titles[20]];
  const papers: PaperMetadata[] = [];
  titles.forEach((title, i) => {
    if (missing.includes(title)) return;
    const id = `2599.${String(10000 + i)}`;
    const spelt = title.replace("Don't", 'Don’t').replace(/^Data Cleansing for GANs$/, 'Data cleansing for GANs');
    papers.push(paper(id, spelt));
    if (i % 7 === 0) papers.push(paper(`2599.${String(20000 + i)}`, `${title} for Robots and Beyond`));
  });
  return { papers, missing };
}

/** Every file under the vault with its bytes and modification time. */
async function snapshot(root: string): Promise<Map<string, { text: string; mtime: number }>> {
  const out = new Map<string, { text: string; mtime: number }>();
  for (const rel of (await readdir(root, { recursive: true })).sort()) {
    const path = join(root, rel);
    const info = await stat(path);
    if (info.isFile()) out.set(rel, { text: await readFile(path, 'utf8'), mtime: info.mtimeMs });
  }
  return out;
}

const noteTexts = async (vault: string) => {
  const dir = join(vault, 'Papers');
  return Promise.all((await readdir(dir)).filter((f) => f.endsWith('.md')).map((f) => readFile(join(dir, f), 'utf8')));
};

jest.setTimeout(60_000);

describe('paper-distill import-list on the samples, against a local arXiv that answers search_query', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];
  const searches = () => stub.requests.filter((r) => r.searchQuery !== undefined).length;

  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('the daily list: one note per paper, none lost, found by title in ≤ 1 search per 5 titles; a re-run changes no file', async () => {
    const titles = await dailyTitles();
    expect(titles).toHaveLength(36);
    const { papers, missing } = catalogue(titles);
    stub = await startArxivStub(papers.map((p) => atomEntryXml(p)));
    vault = await makeTempVault('pd-daily-');

    const run = await cli('import-list', join(SAMPLES, 'daily-papers.txt'), '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe('Import: 36 notes created.');
    expect(searches()).toBeLessThanOrEqual(Math.floor(titles.length / 5));
    expect(stub.requests.filter((r) => r.searchQuery === undefined)).toEqual([]);

    const notes = (await noteTexts(vault)).map((t) => ({ t, fm: readFrontmatter(t) ?? {} }));
    expect(notes).toHaveLength(36);
    for (const [i, title] of titles.entries()) {
      const note = notes.find((n) => String(n.fm.title).toLowerCase().replace('’', "'") === title.toLowerCase());
      expect({ title, found: note !== undefined }).toEqual({ title, found: true });
      if (missing.includes(title)) {
        expect(note?.fm.arxiv).toBeUndefined();
        // The list's own abstract stands in for arXiv's.
        expect(note?.t).toContain('> [!abstract]- Abstract');
      } else {
        // Never the decoy that holds the title plus more words.
        expect(note?.fm).toMatchObject({ arxiv: `2599.${String(10000 + i)}`, status: 'to-read' });
      }
    }

    const before = await snapshot(vault);
    const again = await cli('import-list', join(SAMPLES, 'daily-papers.txt'), '--vault', vault, ...api());
    expect(again.out.at(-1)).toBe('Import: 0 notes created, 36 already in the vault.');
    expect(await snapshot(vault)).toEqual(before);
  });

  it('the channel digest: both posts found by title (TeX on arXiv\'s side), commentary kept once; a re-run changes no file', async () => {
    const pi0 = paper('2410.24164', '$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control', { categories: ['cs.RO'] });
    const kinetix = paper('2410.23208', 'Kinetix: Investigating the Training of General Agents through Open-Ended Physics-Based Control Tasks');
    const decoy = paper('2599.30000', 'Kinetix: Investigating the Training of General Agents through Open-Ended Physics-Based Control Tasks at Scale');
    stub = await startArxivStub([pi0, kinetix, decoy].map((p) => atomEntryXml(p)));
    vault = await makeTempVault('pd-digest-');

    const run = await cli('import-list', join(SAMPLES, 'channel-digest.txt'), '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 2 notes created.');
    expect(searches()).toBe(1);
    const notes = (await noteTexts(vault)).map((t) => ({ t, fm: readFrontmatter(t) ?? {} }));
    expect(notes.map((n) => n.fm.arxiv).sort()).toEqual(['2410.23208', '2410.24164']);
    const pi0Note = notes.find((n) => n.fm.arxiv === '2410.24164');
    expect(pi0Note?.t).toContain('## Notes from channel-digest\n');
    // The copy repeats the post's commentary: kept once.
    expect(pi0Note?.t.split('robot foundational models go brrrr').length).toBe(2);

    const before = await snapshot(vault);
    const again = await cli('import-list', join(SAMPLES, 'channel-digest.txt'), '--vault', vault, ...api());
    expect(again.out.at(-1)).toBe('Import: 0 notes created, 2 already in the vault.');
    expect(await snapshot(vault)).toEqual(before);
  });
});
