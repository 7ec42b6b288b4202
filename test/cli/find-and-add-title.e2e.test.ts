import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { titleCorpusXml } from '../builders/title-corpus';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

describe('paper-distill find and add --title (against a local arXiv with search_query)', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];

  beforeEach(async () => {
    stub = await startArxivStub(titleCorpusXml());
    vault = await makeTempVault('pd-title-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('prints one line per title in the documented format, in one request, exit 1 unless all matched', async () => {
    const run = await cli(
      'find',
      '8-bit optimizers via block-wise quantization.',
      'π0: A Vision-Language-Action Flow Model for General Robot Control',
      'Diffusion Policy',
      'A Treatise on Teapots Nobody Wrote',
      ...api(),
    );
    expect(run.out).toEqual([
      '2110.02861\t8-bit Optimizers via Block-wise Quantization',
      '2410.24164\t$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control',
      '?\tDiffusion Policy\t2303.04137',
      '-\tA Treatise on Teapots Nobody Wrote',
    ]);
    expect(run.err.join('\n')).toContain('2303.04137  Diffusion Policy: Visuomotor Policy Learning via Action Diffusion (Cheng Chi, Shuran Song, 2023)');
    expect(run.code).toBe(1);
    // Three titles were phrase-searched together; only the multi-word title that found nothing was retried with its words.
    expect(stub.requests).toHaveLength(2);
  });

  it('exits 0 when every title matched, with curly quotes and TeX on either side', async () => {
    const run = await cli('find', 'Why "Pens" beat keyboards in robot teleoperation', '$\\pi_0$: a vision-language-action flow model for general robot control', ...api());
    expect(run.out).toEqual(['2599.00003\tWhy “Pens” Beat Keyboards in Robot Teleoperation', '2410.24164\t$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control']);
    expect(run.code).toBe(0);
  });

  it('never takes a decoy that contains the title plus more words', async () => {
    const run = await cli('find', 'Attention Is All You Need', ...api());
    expect(run.out).toEqual(['1706.03762\tAttention Is All You Need']);
  });

  it('reports an unreachable arXiv per title and exits 1', async () => {
    stub.offline = true;
    const run = await cli('find', 'Attention Is All You Need', ...api());
    expect(run.out).toEqual(['!\tAttention Is All You Need']);
    expect(run.err.join('\n')).toMatch(/was not searched/);
    expect(run.code).toBe(1);
  });

  it('refuses --min-interval without --api and a find without titles', async () => {
    expect((await cli('find', 'Some title', '--min-interval', '0')).code).toBe(2);
    expect((await cli('find', ...api())).code).toBe(2);
  });

  it('add --title writes the full note of a confident match with one request in all', async () => {
    const run = await cli('add', '--title', 'RDT-1B - a diffusion foundation model for bimanual manipulation', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    const files = await readdir(vault, { recursive: true });
    const note = files.find((f) => f.endsWith('.md'));
    expect(note).toBeDefined();
    const fm = readFrontmatter(await readFile(join(vault, note ?? ''), 'utf8'));
    expect(fm?.arxiv).toBe('2410.07864');
    expect(fm?.title).toBe('RDT-1B: a Diffusion Foundation Model for Bimanual Manipulation');
    expect(stub.requests).toHaveLength(1);
  });

  it.each([
    ['an ambiguous title', 'Diffusion Policy', /\?\tDiffusion Policy\t2303\.04137/],
    ['a title arXiv does not have', 'A Treatise on Teapots Nobody Wrote', /^-\tA Treatise/],
  ])('add --title writes nothing for %s and exits 1', async (_, title, line) => {
    const run = await cli('add', '--title', title, '--vault', vault, ...api());
    expect(run.code).toBe(1);
    expect(run.out.join('\n')).toMatch(line);
    expect((await readdir(vault, { recursive: true })).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});
