import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { startScholarStub, workJson, type ScholarStub } from '../support/scholar-stub-server';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({ arxiv: '2406.10454', title: 'HumanPlus Humanoid Shadowing', authors: ['Zipeng Fu'], categories: ['cs.RO'] });
const FLOW = samplePaper({ arxiv: '2210.02747', title: 'Flow Matching for Generative Modeling', authors: ['Yaron Lipman'], categories: ['cs.LG'] });
const QUIET = samplePaper({ arxiv: '2501.00001', title: 'Nobody Cites This', authors: ['Bo B'], categories: ['cs.AI'] });

const LOG = [
  '# Reading log',
  '',
  '### HumanPlus Humanoid Shadowing [arxiv](https://arxiv.org/abs/2406.10454)',
  '',
  '- General Idea:',
  '  1. Shadow a person.',
  '- Limitations',
  '  1. One camera.',
  '',
  '### Flow Matching for Generative Modeling [arxiv](https://arxiv.org/abs/2210.02747)',
  '',
  '- General Idea:',
  '  1. Regress a vector field.',
  '',
  '### Nobody Cites This [arxiv](https://arxiv.org/abs/2501.00001)',
  '',
  '- General Idea:',
  '  1. Nothing yet.',
  '',
].join('\n');

const LIST = ['Papers to read:', 'https://arxiv.org/abs/2406.10454', 'https://arxiv.org/abs/2210.02747', 'https://arxiv.org/abs/2501.00001', ''].join('\n');

// Each case runs the CLI against local servers; a busy machine needs more than jest's 5 s.
jest.setTimeout(20_000);

async function paperNotes(vault: string): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const f of await readdir(join(vault, 'Papers'))) out.set(f, readFrontmatter(await readFile(join(vault, 'Papers', f), 'utf8')) ?? {});
  return out;
}

describe.each<[string, string, string]>([
  ['import-log', 'reading-log.md', LOG],
  ['import-list', 'to-read.txt', LIST],
])('paper-distill %s with OpenAlex on 127.0.0.1', (command, fileName, text) => {
  let arxiv: ArxivStub;
  let scholar: ScholarStub;
  let vault: string;
  let file: string;
  const api = () => ['--api', arxiv.apiUrl, '--min-interval', '0', '--openalex-api', scholar.openAlexUrl];

  beforeEach(async () => {
    arxiv = await startArxivStub([atomEntryXml(HUMANPLUS), atomEntryXml(FLOW), atomEntryXml(QUIET)]);
    scholar = await startScholarStub();
    scholar.works.set('10.48550/arxiv.2406.10454', workJson('W4399', '10.48550/arXiv.2406.10454', 120, 'Conference on Robot Learning (CoRL)'));
    scholar.works.set('10.48550/arxiv.2210.02747', workJson('W4300', '10.48550/arXiv.2210.02747', 2500, 'International Conference on Learning Representations'));
    vault = await makeTempVault('pd-import-openalex-');
    file = join(vault, fileName);
    await writeFile(file, text);
  });
  afterEach(async () => {
    await arxiv.close();
    await scholar.close();
    await removeTempVault(vault);
  });

  it('writes citations, venue and the work id into the new notes, asking OpenAlex once for the batch', async () => {
    const run = await cli(command, file, '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 3 notes created.');
    expect(run.code).toBe(0);
    expect(scholar.openAlexRequests).toHaveLength(1);
    const filter = scholar.openAlexRequests[0].searchParams.get('filter') ?? '';
    expect(filter.slice(4).split('|').sort()).toEqual(['10.48550/arxiv.2210.02747', '10.48550/arxiv.2406.10454', '10.48550/arxiv.2501.00001']);
    const notes = await paperNotes(vault);
    expect(notes.get('HumanPlus Humanoid Shadowing.md')).toMatchObject({ venue: 'Conference on Robot Learning (CoRL)', venue_type: 'conference', citations: 120, openalex: 'W4399' });
    expect(notes.get('Flow Matching for Generative Modeling.md')).toMatchObject({ citations: 2500, openalex: 'W4300' });
    const quiet = notes.get('Nobody Cites This.md') ?? {};
    for (const key of ['venue', 'venue_type', 'citations', 'openalex']) expect(quiet).not.toHaveProperty(key);
    // The facts are there for the dashboard's filter and sort right away.
    const list = await cli('list', '--vault', vault, '--filter', 'citations: >=100; sort: citations', '--json');
    expect((JSON.parse(list.out.join('\n')) as { arxiv: string }[]).map((p) => p.arxiv)).toEqual(['2210.02747', '2406.10454']);
  });

  it.each(['http-503', 'reset', 'not-json'] as const)('still writes every note when OpenAlex fails (%s), just without the facts', async (fault) => {
    scholar.faults.push(fault);
    const run = await cli(command, file, '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 3 notes created.');
    expect(run.code).toBe(0);
    const notes = await paperNotes(vault);
    expect(notes.size).toBe(3);
    for (const fm of notes.values()) {
      expect(fm).toMatchObject({ arxiv: expect.any(String) as unknown, title: expect.any(String) as unknown });
      expect(fm).not.toHaveProperty('citations');
    }
  });

  it('does not wait for a slow OpenAlex, and writes its late answer into the notes, changing nothing else', async () => {
    scholar.faults.push('slow');
    const started = Date.now();
    const run = await cli(command, file, '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 3 notes created.');
    // The CLI waits for the late answer (2.5 s) before it exits, not longer.
    expect(Date.now() - started).toBeLessThan(15_000);
    const note = await readFile(join(vault, 'Papers', 'HumanPlus Humanoid Shadowing.md'), 'utf8');
    expect(readFrontmatter(note)).toMatchObject({ citations: 120, venue: 'Conference on Robot Learning (CoRL)' });
    // The same import without OpenAlex gives the same note but for the four OpenAlex lines.
    const plain = await makeTempVault('pd-import-plain-');
    try {
      await writeFile(join(plain, fileName), text);
      await cli(command, join(plain, fileName), '--vault', plain, '--api', arxiv.apiUrl, '--min-interval', '0');
      const without = await readFile(join(plain, 'Papers', 'HumanPlus Humanoid Shadowing.md'), 'utf8');
      expect(note.replace(/^(venue|venue_type|citations|openalex): .*\n/gm, '')).toBe(without);
      expect(splitFrontmatter(note).body).toBe(splitFrontmatter(without).body);
    } finally {
      await removeTempVault(plain);
    }
  });

  it('never asks OpenAlex with a custom --api and no --openalex-api', async () => {
    const run = await cli(command, file, '--vault', vault, '--api', arxiv.apiUrl, '--min-interval', '0');
    expect(run.out.at(-1)).toBe('Import: 3 notes created.');
    expect(scholar.openAlexRequests).toHaveLength(0);
  });
});
