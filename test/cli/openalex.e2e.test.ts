import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { startScholarStub, workJson, type ScholarStub } from '../support/scholar-stub-server';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({ arxiv: '2406.10454', title: 'HumanPlus Humanoid Shadowing', authors: ['Zipeng Fu'], categories: ['cs.RO'] });
const PUBLISHED = samplePaper({
  arxiv: '2409.05864',
  title: 'A Journal Paper',
  authors: ['Ann Author'],
  categories: ['cs.LG'],
  doi: '10.1109/LRA.2024.1234567',
  journalRef: 'IEEE RA-L 9 (2024)',
});
const UNKNOWN = samplePaper({ arxiv: '2501.00001', title: 'Nobody Cites This', authors: ['Bo B'], categories: ['cs.AI'] });
const HP_NOTE = 'Papers/HumanPlus Humanoid Shadowing.md';
const JOURNAL_NOTE = 'Papers/A Journal Paper.md';

// Each case runs the CLI against local servers; a busy machine needs more than jest's 5 s.
jest.setTimeout(20_000);

describe('OpenAlex citations and venue (CLI against a local arXiv and OpenAlex on 127.0.0.1)', () => {
  let arxiv: ArxivStub;
  let scholar: ScholarStub;
  let vault: string;
  const api = () => ['--api', arxiv.apiUrl, '--min-interval', '0', '--openalex-api', scholar.openAlexUrl];
  const read = (path: string) => readFile(join(vault, path), 'utf8');

  beforeEach(async () => {
    arxiv = await startArxivStub([atomEntryXml(HUMANPLUS), atomEntryXml(PUBLISHED), atomEntryXml(UNKNOWN)]);
    scholar = await startScholarStub();
    scholar.works.set('10.48550/arxiv.2406.10454', workJson('W4399', '10.48550/arXiv.2406.10454', 120, 'Conference on Robot Learning (CoRL)'));
    // The preprint and the journal version are separate works: the journal's venue and id win.
    scholar.works.set('10.48550/arxiv.2409.05864', workJson('W1111', '10.48550/arxiv.2409.05864', 3, null));
    scholar.works.set('10.1109/lra.2024.1234567', workJson('W2222', '10.1109/LRA.2024.1234567', 41, 'IEEE Robotics and Automation Letters', 'journal'));
    vault = await makeTempVault('pd-openalex-');
  });
  afterEach(async () => {
    await arxiv.close();
    await scholar.close();
    await removeTempVault(vault);
  });

  it('writes citations, venue and the work id on add, asking OpenAlex once for the whole batch by DOI', async () => {
    await mkdir(join(vault, '.obsidian/plugins/paper-distill'), { recursive: true });
    await writeFile(join(vault, '.obsidian/plugins/paper-distill/data.json'), JSON.stringify({ openAlexMailto: 'me@example.org' }));
    const run = await cli('add', '2406.10454', '2409.05864', '2501.00001', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(scholar.openAlexRequests).toHaveLength(1);
    const [request] = scholar.openAlexRequests;
    if (request === undefined) throw new Error('no OpenAlex request');
    expect(request.pathname).toBe('/works');
    const filter = request.searchParams.get('filter') ?? '';
    expect(filter.startsWith('doi:')).toBe(true);
    expect(filter.slice(4).split('|').sort()).toEqual(['10.1109/lra.2024.1234567', '10.48550/arxiv.2406.10454', '10.48550/arxiv.2409.05864', '10.48550/arxiv.2501.00001']);
    expect(request.searchParams.get('per-page')).toBe('50');
    expect(request.searchParams.get('mailto')).toBe('me@example.org');
    const hp = await read(HP_NOTE);
    expect(readFrontmatter(hp)).toMatchObject({ venue: 'Conference on Robot Learning (CoRL)', citations: 120, openalex: 'W4399' });
    expect(hp).toMatch(/\nvenue: Conference on Robot Learning \(CoRL\)\nvenue_type: conference\ncitations: 120\nopenalex: W4399\ntags:\n/);
    expect(readFrontmatter(await read(JOURNAL_NOTE))).toMatchObject({ venue: 'IEEE Robotics and Automation Letters', citations: 41, openalex: 'W2222' });
    const unknown = readFrontmatter(await read('Papers/Nobody Cites This.md')) ?? {};
    for (const key of ['venue', 'citations', 'openalex']) expect(unknown).not.toHaveProperty(key);
  });

  it('exports what OpenAlex said: @inproceedings, @article and @misc, and sorts and filters on it', async () => {
    expect((await cli('add', '2406.10454', '2409.05864', '2501.00001', '--vault', vault, ...api())).code).toBe(0);
    const bib = await cli('export', '--format', 'bibtex', '--vault', vault, '--filter', 'sort: citations');
    expect(bib.code).toBe(0);
    const text = bib.out.join('\n');
    expect(text.split('\n').filter((l) => /^@|booktitle|journal=/.test(l))).toEqual([
      '@inproceedings{fu2024humanplus,',
      '  booktitle={Conference on Robot Learning (CoRL)},',
      '@article{author2024journal,',
      '  journal={IEEE Robotics and Automation Letters},',
      '@misc{b2024nobody,',
    ]);
    expect(text).toContain('  doi={10.1109/LRA.2024.1234567}');
    const list = await cli('list', '--vault', vault, '--filter', 'citations: >=40; venue: robot; sort: citations', '--json');
    expect((JSON.parse(list.out.join('\n')) as { arxiv: string }[]).map((p) => p.arxiv)).toEqual(['2406.10454', '2409.05864']);
  });

  it('leaves venue out for a paper OpenAlex only knows as an arXiv preprint', async () => {
    scholar.works.set('10.48550/arxiv.2406.10454', workJson('W4399', '10.48550/arxiv.2406.10454', 7, null));
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const fm = readFrontmatter(await read(HP_NOTE)) ?? {};
    expect(fm).toMatchObject({ citations: 7, openalex: 'W4399' });
    expect(fm).not.toHaveProperty('venue');
  });

  it.each(['http-503', 'reset', 'not-json'] as const)('still creates the note when OpenAlex fails (%s), without the keys', async (fault) => {
    scholar.faults.push(fault);
    const run = await cli('add', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe('1 created.');
    const fm = readFrontmatter(await read(HP_NOTE)) ?? {};
    expect(fm.title).toBe(HUMANPLUS.title);
    expect(fm).not.toHaveProperty('citations');
  });

  it('does not hold creation up for a slow OpenAlex, and writes its late answer into the note', async () => {
    scholar.faults.push('slow');
    const started = Date.now();
    const run = await cli('add', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    const text = await read(HP_NOTE);
    expect(readFrontmatter(text)).toMatchObject({ citations: 120, venue: 'Conference on Robot Learning (CoRL)' });
    expect(splitFrontmatter(text).body).toContain('## General Idea');
  }, 15_000);

  it('updates the counts on refresh and changes no other byte of the note', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const created = await read(HP_NOTE);
    const edited = created
      .replace('status: to-read\n', 'status: reading  # my own comment\nrating: 4\n')
      .replace('## General Idea\n- \n', '## General Idea\n- Humanoids copy people in real time.\n');
    await writeFile(join(vault, HP_NOTE), edited);
    scholar.works.set('10.48550/arxiv.2406.10454', workJson('W4399', '10.48550/arxiv.2406.10454', 150, 'Conference on Robot Learning (CoRL)'));
    const run = await cli('refresh', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    const after = await read(HP_NOTE);
    expect(after).toBe(edited.replace('\ncitations: 120\n', '\ncitations: 150\n'));
    expect(scholar.openAlexRequests).toHaveLength(2);
  });

  it('keeps the keys a refresh cannot confirm while OpenAlex is down', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const created = await read(HP_NOTE);
    scholar.faults.push('http-503');
    const run = await cli('refresh', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(await read(HP_NOTE)).toBe(created);
  });

  it('never asks OpenAlex with a custom --api and no --openalex-api, and refuses --openalex-api alone', async () => {
    const run = await cli('add', '2406.10454', '--vault', vault, '--api', arxiv.apiUrl, '--min-interval', '0');
    expect(run.code).toBe(0);
    expect(scholar.openAlexRequests).toHaveLength(0);
    expect(readFrontmatter(await read(HP_NOTE))).not.toHaveProperty('citations');
    const alone = await cli('add', '2406.10454', '--vault', vault, '--openalex-api', scholar.openAlexUrl);
    expect(alone.code).toBe(2);
    expect(alone.err.join('\n')).toContain('--openalex-api is only allowed together with --api');
  });

  it('asks nothing when the setting is off', async () => {
    await mkdir(join(vault, '.obsidian/plugins/paper-distill'), { recursive: true });
    await writeFile(join(vault, '.obsidian/plugins/paper-distill/data.json'), JSON.stringify({ openAlex: false }));
    await cli('add', '2406.10454', '--vault', vault, ...api());
    expect(scholar.openAlexRequests).toHaveLength(0);
    expect(readFrontmatter(await read(HP_NOTE))).not.toHaveProperty('citations');
  });
});
