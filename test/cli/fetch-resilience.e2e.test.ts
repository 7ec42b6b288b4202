import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({ arxiv: '2406.10454', authors: ['Zipeng Fu', 'Chelsea Finn'] });
const NO_LINKS = samplePaper({ arxiv: '2409.05864', title: 'A paper without links', abstract: 'Plain abstract.', comment: undefined, code: undefined, projectPage: undefined });
const HUNDRED = Array.from({ length: 100 }, (_, i) => samplePaper({ arxiv: `2401.${10000 + i}`, title: `Paper number ${i}` }));
const HUMANPLUS_NOTE = 'Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md';

describe('fetching that never loses and never duplicates a paper (CLI against a local arXiv)', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = (interval = 0) => ['--vault', vault, '--api', stub.apiUrl, '--min-interval', String(interval)];
  const read = (path: string) => readFile(join(vault, path), 'utf8');
  const notes = async () => (await readdir(join(vault, 'Papers'))).sort();

  beforeEach(async () => {
    stub = await startArxivStub([HUMANPLUS, NO_LINKS, ...HUNDRED].map(atomEntryXml));
    vault = await makeTempVault('pd-fetch-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('imports 100 papers with one request', async () => {
    const run = await cli('add', ...HUNDRED.map((p) => p.arxiv), ...api());
    expect(run.out.at(-1)).toBe('100 created.');
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.maxResults).toBe(100);
    expect(await notes()).toHaveLength(100);
  });

  it('keeps the pace between requests, retries included, and creates the notes after a 503', async () => {
    stub.faults.push('http-503');
    const run = await cli('add', '2406.10454', '2409.05864', ...api(150));
    expect(run.code).toBe(0);
    expect(stub.requests).toHaveLength(2);
    const [first, second] = stub.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(140);
    expect(await notes()).toHaveLength(2);
  });

  it('spaces separate batches by the minimum interval', async () => {
    const ids = [...HUNDRED.map((p) => p.arxiv), '2406.10454', '2409.05864'];
    const run = await cli('add', ...ids, ...api(200));
    expect(run.code).toBe(0);
    expect(stub.requests.map((r) => r.ids.length)).toEqual([100, 2]);
    expect((stub.requests[1]?.at ?? 0) - (stub.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it.each(['rate-exceeded', 'http-429', 'empty-page', 'reset'] as const)('retries after %s', async (fault) => {
    stub.faults.push(fault);
    const run = await cli('add', '2406.10454', ...api());
    expect(run.code).toBe(0);
    expect(stub.requests).toHaveLength(2);
    expect(await notes()).toEqual(['HumanPlus Humanoid Shadowing and Imitation from Humans.md']);
  });

  it('names the bad id when arXiv answers HTTP 400 with an error feed', async () => {
    stub.faults.push('error-feed');
    const run = await cli('add', '2406.10454', ...api());
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain('arXiv rejected the request: incorrect id format for 2406.10454.');
    expect(stub.requests).toHaveLength(1);
  });

  it('writes stubs while arXiv is down and completes them later, keeping what the reader wrote', async () => {
    stub.offline = true;
    const offline = await cli('add', 'https://arxiv.org/abs/2406.10454v2', '2409.05864', ...api());
    expect(offline.code).toBe(1);
    expect(offline.out).toContain('2 queued for later.');
    expect(offline.out[0]).toMatch(/^Queued for later: Papers\/2406\.10454\.md \(arXiv 2406\.10454\) was created without metadata\. Could not reach 127\.0\.0\.1:\d+/);
    expect(await notes()).toEqual(['2406.10454.md', '2409.05864.md']);
    const stubText = await read('Papers/2406.10454.md');
    expect(readFrontmatter(stubText)).toEqual({
      arxiv: '2406.10454',
      doi: '10.48550/arXiv.2406.10454',
      url: 'https://arxiv.org/abs/2406.10454',
      pdf: 'https://arxiv.org/pdf/2406.10454',
      tags: ['paper'],
      status: 'to-read',
      added: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
    });
    expect(splitFrontmatter(stubText).body).toMatch(/^\n> arXiv 2406\.10454: metadata pending\./);
    const queue = JSON.parse(await readFile(join(vault, '.paper-distill', 'pending.json'), 'utf8')) as { pending: { id: string }[] };
    expect(queue.pending.map((e) => e.id)).toEqual(['2406.10454', '2409.05864']);

    // Offline again: the same paper is not written twice, and still waits.
    const again = await cli('add', '2406.10454', ...api());
    expect(again.out[0]).toMatch(/^Already there: Papers\/2406\.10454\.md/);

    // The reader works on the stub meanwhile: rates it and writes a line.
    const edited = stubText.replace('status: to-read\n', 'status: reading\nrating: 4\n').replace('## General Idea\n- \n', '## General Idea\n- Shadowing from video.\n');
    await writeFile(join(vault, 'Papers/2406.10454.md'), edited);
    const stillDown = await cli('refresh', ...api());
    expect(stillDown.code).toBe(1);
    expect(stillDown.out.at(-1)).toBe('0 completed, 2 still pending.');

    stub.offline = false;
    const before = stub.requests.length;
    const refresh = await cli('refresh', ...api());
    expect(refresh.err).toEqual([]);
    expect(refresh.code).toBe(0);
    expect(refresh.out.at(-1)).toBe('2 completed.');
    expect(stub.requests.length - before).toBe(1);
    expect(await notes()).toEqual(['2406.10454.md', '2409.05864.md']);
    const done = await read('Papers/2406.10454.md');
    expect(readFrontmatter(done)).toMatchObject({
      title: HUMANPLUS.title,
      authors: HUMANPLUS.authors,
      arxiv: '2406.10454',
      arxiv_version: 2,
      published: '2024-06-15',
      categories: HUMANPLUS.categories,
      code: HUMANPLUS.code,
      tags: ['paper'],
      status: 'reading',
      rating: 4,
    });
    const body = splitFrontmatter(done).body;
    expect(body.split('\n')[1]).toBe('> Fu, Z., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.');
    expect(body).toContain('> [!abstract]- Abstract\n> One of the key arguments');
    expect(body).toContain('## General Idea\n- Shadowing from video.\n');
    const sections = (t: string) => t.slice(t.indexOf('## General Idea'));
    expect(sections(done)).toBe(sections(edited));
    const queueAfter = JSON.parse(await readFile(join(vault, '.paper-distill', 'pending.json'), 'utf8')) as { pending: unknown[] };
    expect(queueAfter.pending).toEqual([]);

    const nothing = await cli('refresh', ...api());
    expect(nothing.out).toEqual(['No pending paper notes.']);
  });

  it('completes a stub found in the vault when the queue file is gone, leaving an edited citation alone', async () => {
    stub.offline = true;
    await cli('add', '2409.05864', ...api());
    await rm(join(vault, '.paper-distill'), { recursive: true });
    const path = join(vault, 'Papers/2409.05864.md');
    const mine = (await readFile(path, 'utf8')).replace(/^> arXiv 2409\.05864: metadata pending.*$/m, '> My own citation line.');
    await writeFile(path, mine);
    stub.offline = false;
    const refresh = await cli('refresh', ...api());
    expect(refresh.out).toEqual(['Completed Papers/2409.05864.md (arXiv 2409.05864).', '1 completed.']);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('\n> My own citation line.\n');
    expect(text).toContain('> [!abstract]- Abstract\n> Plain abstract.\n');
    expect(readFrontmatter(text)?.arxiv_version).toBe(2);
  });

  it('makes one note when two separate invocations import the same paper at once', async () => {
    const runs = await Promise.all([cli('add', '2406.10454', ...api()), cli('add', 'arXiv:2406.10454v1', ...api())]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(await notes()).toEqual(['HumanPlus Humanoid Shadowing and Imitation from Humans.md']);
    expect(runs.flatMap((r) => r.out.filter((l) => l.startsWith('Created') || l.startsWith('Already there'))).map((l) => l.split(' ')[0])).toEqual(
      expect.arrayContaining(['Created', 'Already']),
    );
  });

  describe('links from the Hugging Face paper API', () => {
    it('fills code and project page the abstract lacks, on its own endpoint', async () => {
      stub.hfPapers.set('2409.05864', { githubRepo: 'https://github.com/example/no-links', projectPage: 'https://example.org/p' });
      const run = await cli('add', '2409.05864', '2406.10454', ...api(), '--hf-api', stub.hfApiUrl);
      expect(run.code).toBe(0);
      const fm = readFrontmatter(await read('Papers/A paper without links.md'));
      expect(fm).toMatchObject({ code: 'https://github.com/example/no-links', project_page: 'https://example.org/p' });
      // HumanPlus has both links in its abstract: Hugging Face is not asked about it.
      expect(stub.hfRequests.map((r) => r.ids[0])).toEqual(['2409.05864']);
      expect(readFrontmatter(await read(HUMANPLUS_NOTE))?.code).toBe(HUMANPLUS.code);
    });

    it('creates the note without links when the paper is not indexed (404)', async () => {
      const run = await cli('add', '2409.05864', ...api(), '--hf-api', stub.hfApiUrl);
      expect(run.code).toBe(0);
      const fm = readFrontmatter(await read('Papers/A paper without links.md'));
      expect(fm?.code).toBeUndefined();
      expect(stub.hfRequests).toHaveLength(1);
    });

    it('is not asked at all with a custom --api and no --hf-api', async () => {
      await cli('add', '2409.05864', ...api());
      expect(stub.hfRequests).toHaveLength(0);
    });
  });
});
