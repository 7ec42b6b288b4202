import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { seededRandom } from '../builders/note';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { builtCli, runCliProcess, startCli } from '../support/spawned-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';
import { waitFor } from '../support/wait-for';

// `kill -9` at seeded random moments while notes are being written, then a re-run: what the
// crash left must be whole or nothing, and the re-run must finish the job without duplicates.
jest.setTimeout(120_000);

const PAPERS = Array.from({ length: 30 }, (_, i) => samplePaper({ arxiv: `2401.${20000 + i}`, title: `Crash-safe paper number ${i}` }));
const IDS = PAPERS.map((p) => p.arxiv);

/** A reading log with one `###` entry per paper, linked to arXiv the way readers link them. */
const LOG = PAPERS.map((p) => `### [${p.title}](https://arxiv.org/abs/${p.arxiv})\n\n- General Idea:\n\n  1. A point about paper ${p.arxiv}.\n`).join('\n');

/** Every file under the vault, hidden ones included, as vault paths. */
async function allFiles(vault: string): Promise<string[]> {
  const entries = await readdir(vault, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(vault, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** What must hold at any moment, even right after a kill: every note whole, no paper twice. */
async function expectWholeNotes(vault: string): Promise<string[]> {
  const ids: string[] = [];
  for (const path of (await allFiles(vault)).filter((p) => p.endsWith('.md') && !p.split('/').some((part) => part.startsWith('.')))) {
    if (path === 'reading-log.md') continue;
    const text = await readFile(join(vault, path), 'utf8');
    expect({ path, empty: text.length === 0 }).toEqual({ path, empty: false });
    const arxiv = readFrontmatter(text)?.arxiv;
    expect({ path, arxiv: typeof arxiv }).toEqual({ path, arxiv: 'string' });
    ids.push(String(arxiv));
  }
  expect(ids.length).toBe(new Set(ids).size);
  return ids.sort();
}

describe.each([
  ['add', (vault: string, api: string) => ['add', ...IDS, '--vault', vault, '--api', api, '--min-interval', '0']],
  ['import-log', (vault: string, api: string) => ['import-log', join(vault, 'reading-log.md'), '--vault', vault, '--api', api, '--min-interval', '0']],
])('kill -9 during %s, then a re-run', (_name, argvFor) => {
  let cli: string;
  let stub: ArxivStub;
  let vault: string;

  beforeAll(async () => {
    cli = await builtCli();
  });
  beforeEach(async () => {
    stub = await startArxivStub(PAPERS.map(atomEntryXml));
    vault = await makeTempVault('pd-crash-', { 'reading-log.md': LOG });
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it.each([11, 12])('leaves whole notes or none, and the re-run completes them once (seed %i)', async (seed) => {
    const rng = seededRandom(seed);
    const run = startCli(cli, argvFor(vault, stub.apiUrl));
    // Kill while notes are being written: after the first one appears, a random moment later.
    const writing = await waitFor(async () => (await allFiles(vault)).some((p) => p.startsWith('Papers/')) || (run.child.exitCode !== null ? 'exited' : false), 'the first note', 4_000);
    if (writing !== 'exited') await new Promise((r) => setTimeout(r, Math.floor(rng() * 40)));
    run.child.kill('SIGKILL');
    await run.done;
    await expectWholeNotes(vault);

    const again = await runCliProcess(cli, argvFor(vault, stub.apiUrl));
    expect({ code: again.code, err: again.err }).toEqual({ code: 0, err: '' });
    expect(await expectWholeNotes(vault)).toEqual([...IDS].sort());
    expect((await allFiles(vault)).filter((p) => p.endsWith('.tmp') || p.endsWith('.lock'))).toEqual([]);
  });
});

describe('a re-run repairs what a crash of an older version left', () => {
  let stub: ArxivStub;
  let vault: string;
  const paper = PAPERS[0] ?? samplePaper();
  const name = `Papers/${paper.title}.md`;

  beforeEach(async () => {
    stub = await startArxivStub(PAPERS.map(atomEntryXml));
    vault = await makeTempVault('pd-leftover-', { [name]: '' });
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('fills the empty note in the paper\'s place instead of writing "Title (id).md" beside it', async () => {
    const run = await cli('add', paper.arxiv, '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(run.out[0]).toBe(`Created ${name} (arXiv ${paper.arxiv}).`);
    expect(await readdir(join(vault, 'Papers'))).toEqual([`${paper.title}.md`]);
    expect(readFrontmatter(await readFile(join(vault, name), 'utf8'))?.arxiv).toBe(paper.arxiv);
  });

  it('removes the temporary files a killed process left beside notes and in .paper-distill', async () => {
    const old = new Date(Date.now() - 3_600_000);
    const leftovers = ['Papers/.4f3a2b1c0d9e.paper-distill.tmp', '.paper-distill/.5e6f7a8b9c0d.tmp', '.paper-distill/.9a8b7c6d5e4f.paper-distill.tmp'];
    for (const path of leftovers) {
      await mkdir(dirname(join(vault, path)), { recursive: true });
      await writeFile(join(vault, path), 'half a note');
      await utimes(join(vault, path), old, old);
    }
    const run = await cli('list', '--vault', vault);
    expect(run.code).toBe(0);
    expect((await allFiles(vault)).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    expect((await stat(join(vault, name))).size).toBe(0);
  });
});
