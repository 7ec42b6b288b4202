import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { fixtureLog, rawEntries, sharedReadingLog } from '../support/reading-log-checks';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({
  arxiv: '2406.10454',
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  categories: ['cs.RO'],
});
const FLOW = samplePaper({ arxiv: '2210.02747', title: 'Flow Matching for Generative Modeling', authors: ['Yaron Lipman'], categories: ['cs.LG'] });

/** A port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise((r) => server.close(r));
  return port;
}

describe('paper-distill import-log', () => {
  let stub: ArxivStub;
  let vault: string;
  let logFile: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];

  beforeEach(async () => {
    stub = await startArxivStub([atomEntryXml(HUMANPLUS), atomEntryXml(FLOW)]);
    vault = await makeTempVault('pd-import-');
    logFile = join(vault, 'reading-log.md');
    await writeFile(logFile, fixtureLog('log.md'));
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  const searches = () => stub.requests.filter((r) => r.searchQuery !== undefined);
  const idRequests = () => stub.requests.filter((r) => r.searchQuery === undefined);

  it('--dry-run prints the preview and writes nothing; only the titles without an id are searched', async () => {
    const run = await cli('import-log', logFile, '--vault', vault, '--dry-run', ...api());
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe('5 entries: 3 with an arXiv ID, 2 without. 5 new notes. arXiv metadata for 3 papers in one request.');
    expect(run.out.at(-1)).toBe('Dry run: nothing was written.');
    expect(run.out.filter((l) => l.includes('(not found on arXiv)'))).toHaveLength(2);
    expect(idRequests()).toHaveLength(0);
    // Both titles in one query (then, as nothing matched, both again by their words).
    expect(searches()).toHaveLength(2);
    expect(await readdir(vault)).toEqual(['reading-log.md']);
  });

  it('imports against a local arXiv in one request, then a re-run changes nothing', async () => {
    const run = await cli('import-log', logFile, '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 5 notes created, 1 not found on arXiv.');
    expect(run.err.join('\n')).toContain('arXiv has no paper 2410.04640; the note was written from the log.');
    expect(run.code).toBe(1);
    expect(idRequests()).toHaveLength(1);
    expect(idRequests()[0]?.ids).toEqual(['2406.10454', '2410.04640', '2210.02747']);
    const sent = stub.requests.length;
    const files = (await readdir(join(vault, 'Papers'))).sort();
    expect(files).toHaveLength(5);
    const human = await readFile(join(vault, 'Papers', 'HumanPlus Humanoid Shadowing and Imitation from Humans.md'), 'utf8');
    expect(readFrontmatter(human)).toMatchObject({ arxiv: '2406.10454', arxiv_version: HUMANPLUS.version, tags: ['paper', 'arxiv/cs-RO', 'topic/manipulation'], rating: 5 });

    const again = await cli('import-log', logFile, '--vault', vault, ...api());
    expect(again.code).toBe(0);
    expect(again.out.at(-1)).toBe('Import: 0 notes created, 5 already imported.');
    // Every entry's note is in the vault (the two without an id by their title): nothing is asked.
    expect(stub.requests).toHaveLength(sent);
    expect((await readdir(join(vault, 'Papers'))).sort()).toEqual(files);
  });

  it('with the server down, still writes every note (metadata queued, titles queued)', async () => {
    const down = `http://127.0.0.1:${await closedPort()}/api/query`;
    const run = await cli('import-log', logFile, '--vault', vault, '--api', down, '--min-interval', '0');
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe('Import: 5 notes created, 3 without arXiv metadata yet (metadata queued), 2 not yet searched on arXiv (title search queued).');
    expect(run.err[0]).toMatch(/^arXiv could not be reached/);
    const fm = readFrontmatter(await readFile(join(vault, 'Papers', 'HumanPlus Humanoid Shadowing and Imitation from Humans.md'), 'utf8'));
    expect(fm).toMatchObject({ arxiv: '2406.10454', title: HUMANPLUS.title });
    expect(fm?.arxiv_version).toBeUndefined();
  });

  it('explains a missing file and a missing argument', async () => {
    expect((await cli('import-log', '--vault', vault)).code).toBe(2);
    const missing = await cli('import-log', join(vault, 'nope.md'), '--vault', vault);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/^Cannot read the reading log /);
  });

  it('imports the sample log of ../shared: one note per ### entry', async () => {
    const sample = sharedReadingLog();
    await writeFile(logFile, sample);
    const down = `http://127.0.0.1:${await closedPort()}/api/query`;
    const run = await cli('import-log', logFile, '--vault', vault, '--api', down, '--min-interval', '0');
    expect(run.code).toBe(0);
    expect(await readdir(join(vault, 'Papers'))).toHaveLength(rawEntries(sample).length);
  });
});
