import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({
  arxiv: '2406.10454',
  version: 2,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  abstract: 'Humanoids learn from human data. Code: https://github.com/MarkFzp/humanplus and project https://humanoid-ai.github.io/',
  published: '2024-06-15',
  updated: '2024-09-01',
  categories: ['cs.RO', 'cs.AI'],
});
const OLD_STYLE = samplePaper({ arxiv: 'hep-th/9901001', title: 'Old style paper', authors: ['Ann Author'], categories: ['hep-th'] });
const SCHOLAR =
  'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.';

describe('paper-distill add (against a local arXiv on 127.0.0.1)', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];

  beforeEach(async () => {
    stub = await startArxivStub([atomEntryXml(HUMANPLUS), atomEntryXml(OLD_STYLE)]);
    vault = await makeTempVault('pd-vault-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('writes the note of the contract for an abs URL', async () => {
    const run = await cli('add', 'https://arxiv.org/abs/2406.10454', '--vault', vault, ...api());
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const file = join(vault, 'Papers', 'HumanPlus Humanoid Shadowing and Imitation from Humans.md');
    const text = await readFile(file, 'utf8');
    const fm = readFrontmatter(text);
    expect(fm).toMatchObject({
      title: HUMANPLUS.title,
      authors: HUMANPLUS.authors,
      arxiv: '2406.10454',
      arxiv_version: 2,
      published: '2024-06-15',
      updated: '2024-09-01',
      categories: ['cs.RO', 'cs.AI'],
      doi: '10.48550/arXiv.2406.10454',
      url: 'https://arxiv.org/abs/2406.10454',
      pdf: 'https://arxiv.org/pdf/2406.10454',
      code: 'https://github.com/MarkFzp/humanplus',
      project_page: 'https://humanoid-ai.github.io/',
      tags: ['paper', 'arxiv/cs-RO', 'arxiv/cs-AI'],
      status: 'to-read',
    });
    expect(typeof fm?.arxiv).toBe('string');
    expect(fm?.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toContain('arxiv: "2406.10454"');
    expect(text).toMatch(/\npublished: 2024-06-15\n/);
    const body = splitFrontmatter(text).body;
    expect(body.split('\n')[1]).toBe(`> ${SCHOLAR}`);
    expect(body).toContain('> [!abstract]- Abstract\n> Humanoids learn from human data.');
    for (const section of ['## General Idea', '## Limitations', '## Utilities']) expect(body).toContain(`\n${section}\n- \n`);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.maxResults).toBe(1);
  });

  it('opens the existing note for another version or URL shape without asking arXiv again', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const again = await cli('add', 'https://arxiv.org/pdf/2406.10454v1.pdf', 'arXiv:2406.10454V2', '--vault', vault, ...api());
    expect(again.code).toBe(0);
    expect(again.out[0]).toMatch(/^Already there: Papers\/HumanPlus .*\.md \(arXiv 2406\.10454\)\.$/);
    expect(await readdir(join(vault, 'Papers'))).toHaveLength(1);
    expect(stub.requests).toHaveLength(1);
  });

  it('fetches several papers in one request, old-style ids included', async () => {
    const run = await cli('add', '2406.10454', 'https://arxiv.org/abs/hep-th/9901001v1', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.ids).toEqual(['2406.10454', 'hep-th/9901001']);
    const fm = readFrontmatter(await readFile(join(vault, 'Papers', 'Old style paper.md'), 'utf8'));
    expect(fm?.arxiv).toBe('hep-th/9901001');
  });

  it('reports bad input and unknown papers, keeps going, and exits 1', async () => {
    const run = await cli('add', 'not-a-link', '2406.99999', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/Not an arXiv link: "not-a-link"/);
    expect(run.err.join('\n')).toContain('arXiv has no paper 2406.99999.');
    expect(run.out.at(-1)).toBe('1 created, 1 not found on arXiv, 1 not recognised.');
  });

  it('uses the settings saved by the plugin in the vault', async () => {
    const dataDir = join(vault, '.obsidian', 'plugins', 'paper-distill');
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'data.json'), JSON.stringify({ folder: 'Reading/arXiv', paperTag: 'lit', addCategoryTags: false }));
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const names = await readdir(join(vault, 'Reading', 'arXiv'));
    expect(names).toEqual(['HumanPlus Humanoid Shadowing and Imitation from Humans.md']);
    const fm = readFrontmatter(await readFile(join(vault, 'Reading', 'arXiv', names[0] ?? ''), 'utf8'));
    expect(fm?.tags).toEqual(['lit']);
  });

  it('says clearly when arXiv cannot be reached, and keeps the paper as a queued stub', async () => {
    await stub.close();
    const run = await cli('add', '2406.10454', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(run.code).toBe(1);
    expect(run.out.join('\n')).toMatch(/Queued for later: Papers\/2406\.10454\.md \(arXiv 2406\.10454\) .*Could not reach 127\.0\.0\.1:\d+/);
    expect((await readdir(vault)).sort()).toEqual(['.paper-distill', 'Papers']);
  });

  it.each([
    [['add', '2406.10454'], /Missing --vault DIR/],
    [['add', '2406.10454', '--vault', '/nonexistent/vault'], /does not exist/],
    [['add', '2406.10454', '--vault', '.', '--min-interval', '0'], /only allowed together with --api/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(message);
  });
});
