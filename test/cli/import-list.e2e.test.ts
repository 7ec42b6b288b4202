import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { startHfDailyStub, type HfDailyStub } from '../support/hf-daily-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const SAMPLES = join(__dirname, '..', '..', '..', 'shared', 'samples');
const A = samplePaper({ arxiv: '2501.00001', title: 'First Daily Paper: A Study', categories: ['cs.RO'] });
const B = samplePaper({ arxiv: '2501.00002', title: 'Second Daily Paper', categories: ['cs.LG'] });

async function notes(vault: string): Promise<Map<string, string>> {
  const files = await readdir(join(vault, 'Papers')).catch(() => [] as string[]);
  const out = new Map<string, string>();
  for (const f of files) out.set(f, await readFile(join(vault, 'Papers', f), 'utf8'));
  return out;
}

// Several CLI runs per test on a shared machine: give them room.
jest.setTimeout(30_000);

describe('paper-distill import-list', () => {
  let stub: ArxivStub;
  let hf: HfDailyStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];

  beforeEach(async () => {
    stub = await startArxivStub([atomEntryXml(A), atomEntryXml(B)]);
    hf = await startHfDailyStub();
    vault = await makeTempVault('pd-list-');
  });
  afterEach(async () => {
    await stub.close();
    await hf.close();
    await removeTempVault(vault);
  });

  it('imports the sample daily list, one note per paper, and a re-run changes no file', async () => {
    const file = join(SAMPLES, 'daily-papers.txt');
    const run = await cli('import-list', file, '--vault', vault, ...api());
    expect(run.out[0]).toMatch(/^36 entries: 0 with an arXiv ID, 36 without\. 36 new notes\./);
    expect(run.out.at(-1)).toBe('Import: 36 notes created.');
    const first = await notes(vault);
    expect(first.size).toBe(36);
    for (const text of first.values()) expect(readFrontmatter(text)).toMatchObject({ status: 'to-read', tags: ['paper'] });
    const again = await cli('import-list', file, '--vault', vault, ...api());
    expect(again.out.at(-1)).toBe('Import: 0 notes created, 36 already in the vault.');
    expect(await notes(vault)).toEqual(first);
  });

  it('--dry-run previews the digest and writes nothing', async () => {
    const run = await cli('import-list', join(SAMPLES, 'channel-digest.txt'), '--vault', vault, '--dry-run', ...api());
    expect(run.code).toBe(0);
    expect(run.out[1]).toMatch(/^1\. π0: A Vision-Language-Action Flow Model for General Robot Control — no arXiv ID.* — new$/);
    expect(run.out[2]).toBe('   ## Notes from channel-digest (8 lines)');
    expect(run.out.at(-1)).toBe('Dry run: nothing was written.');
    expect((await notes(vault)).size).toBe(0);
  });

  it('--hf-daily imports the day with upvotes in the preview, arXiv metadata in one request', async () => {
    hf.days.set('2025-01-02', [
      { paper: { id: A.arxiv, title: A.title, summary: 'Hugging Face abstract.', upvotes: 42 } },
      { paper: { id: B.arxiv, title: B.title, summary: 'Another.', upvotes: 7 } },
    ]);
    const run = await cli('import-list', '--hf-daily', '2025-01-02', '--vault', vault, '--hf-api', hf.hfApiUrl, ...api());
    expect(run.out).toContain(`1. ${A.title} (42 upvotes) — arXiv ${A.arxiv} — new`);
    expect(run.out.at(-1)).toBe('Import: 2 notes created.');
    expect(hf.requests).toEqual(['/api/daily_papers?date=2025-01-02']);
    expect(stub.requests).toHaveLength(1);
    const fm = [...(await notes(vault)).values()].map((t) => readFrontmatter(t));
    expect(fm).toEqual(expect.arrayContaining([expect.objectContaining({ arxiv: A.arxiv, title: A.title, status: 'to-read', categories: ['cs.RO'] })]));
  });

  it.each([
    [['import-list', '--hf-daily', '2025-02-30', '--vault', '.'], '--hf-daily needs a day as YYYY-MM-DD, not "2025-02-30".'],
    [['import-list', '--vault', '.'], 'Usage: paper-distill import-list FILE'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain(message);
  });

  it('explains an unreadable file', async () => {
    const run = await cli('import-list', join(vault, 'missing.txt'), '--vault', vault);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([`Cannot read the paper list ${join(vault, 'missing.txt')}.`]);
    await writeFile(join(vault, 'x.txt'), '');
  });
});
