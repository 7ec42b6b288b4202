import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { titleCorpusXml } from '../builders/title-corpus';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

/** Titles arXiv could not be searched for are kept, queued, and completed by `refresh` once it answers. */
describe('titles searched while arXiv is unreachable (local arXiv down, then up)', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];
  const notes = async () => (await readdir(join(vault, 'Papers')).catch(() => [] as string[])).filter((f) => f.endsWith('.md')).sort();
  const read = (name: string) => readFile(join(vault, 'Papers', name), 'utf8');
  const queue = async () => JSON.parse(await readFile(join(vault, '.paper-distill', 'pending-titles.json'), 'utf8').catch(() => '{"pending":[]}')) as { pending: unknown[] };

  beforeEach(async () => {
    stub = await startArxivStub(titleCorpusXml());
    vault = await makeTempVault('pd-offline-title-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('add --title keeps the title as a queued note; refresh turns it into the full note, the reader\'s text untouched', async () => {
    stub.offline = true;
    const down = await cli('add', '--title', 'Attention Is All You Need', '--vault', vault, ...api());
    expect(down.code).toBe(1);
    expect(down.out).toEqual(['!\tAttention Is All You Need', expect.stringMatching(/^Queued for later: Papers\/Attention Is All You Need\.md \("Attention Is All You Need"\) was created without arXiv metadata\. .* Its title is looked up when arXiv answers again\.$/)]);
    expect(await notes()).toEqual(['Attention Is All You Need.md']);
    const stubText = await read('Attention Is All You Need.md');
    expect(readFrontmatter(stubText)).toMatchObject({ title: 'Attention Is All You Need', tags: ['paper'] });
    expect(readFrontmatter(stubText)?.arxiv).toBeUndefined();
    expect((await queue()).pending).toHaveLength(1);

    // The reader writes while arXiv is away; the same title asked again writes no second note.
    const edited = stubText.replace('## General Idea\n- \n', '## General Idea\n- Self-attention replaces recurrence.\n');
    await writeFile(join(vault, 'Papers', 'Attention Is All You Need.md'), edited);
    const again = await cli('add', '--title', 'attention is all you need', '--vault', vault, ...api());
    expect(again.out).toEqual(['!\tattention is all you need', 'Already there: Papers/Attention Is All You Need.md ("attention is all you need").']);
    expect(await notes()).toEqual(['Attention Is All You Need.md']);

    stub.offline = false;
    const up = await cli('refresh', '--vault', vault, ...api());
    expect(up.out).toEqual(['Completed Papers/Attention Is All You Need.md (arXiv 1706.03762, found by its title).', '1 completed.']);
    expect(up.code).toBe(0);
    expect(await notes()).toEqual(['Attention Is All You Need.md']);
    const full = await read('Attention Is All You Need.md');
    expect(readFrontmatter(full)).toMatchObject({ arxiv: '1706.03762', arxiv_version: 1, title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer'], status: 'to-read' });
    expect(full).toContain('- Self-attention replaces recurrence.\n');
    expect(full).not.toContain('Title search pending');
    expect(full).not.toContain('(Pending: the abstract');
    expect(full).toMatch(/^> Vaswani, A\., & Shazeer, N\. \(2017\)\. Attention Is All You Need\./m);
    expect((await queue()).pending).toEqual([]);

    const idle = await cli('refresh', '--vault', vault, ...api());
    expect(idle.out).toEqual(['No pending paper notes.']);
    const byId = await cli('add', '1706.03762', '--vault', vault, ...api());
    expect(byId.out[0]).toBe('Already there: Papers/Attention Is All You Need.md (arXiv 1706.03762).');
    expect(await notes()).toEqual(['Attention Is All You Need.md']);
  });

  it('a title arXiv does not have stays a paper note without an id, its placeholders removed, and leaves the queue', async () => {
    stub.offline = true;
    await cli('add', '--title', 'A Treatise on Teapots Nobody Wrote', '--vault', vault, ...api());
    stub.offline = false;
    const up = await cli('refresh', '--vault', vault, ...api());
    expect(up.err).toEqual(['arXiv has no paper titled "A Treatise on Teapots Nobody Wrote"; Papers/A Treatise on Teapots Nobody Wrote.md stays a paper note without an arXiv ID.']);
    expect(up.out).toEqual(['0 completed, 1 left without an arXiv ID.']);
    expect(up.code).toBe(0);
    const text = await read('A Treatise on Teapots Nobody Wrote.md');
    expect(text).toMatch(/^---\n[\s\S]*\n---\n\n## General Idea\n- \n\n## Limitations\n- \n\n## Utilities\n- \n$/);
    expect((await queue()).pending).toEqual([]);
  });

  it('while arXiv stays down, refresh keeps the title queued and says so (exit 1)', async () => {
    stub.offline = true;
    await cli('add', '--title', 'Attention Is All You Need', '--vault', vault, ...api());
    const before = await read('Attention Is All You Need.md');
    const still = await cli('refresh', '--vault', vault, ...api());
    expect(still.code).toBe(1);
    expect(still.err[0]).toBe('Still pending: Papers/Attention Is All You Need.md (title "Attention Is All You Need").');
    expect(still.out).toEqual(['0 completed, 1 still pending.']);
    expect(await read('Attention Is All You Need.md')).toBe(before);
    expect((await queue()).pending).toHaveLength(1);
  });

  it('import-list offline writes every paper, queues the titles, and refresh completes them into one note each', async () => {
    const list = join(vault, 'list.txt');
    await writeFile(
      list,
      [
        '- 🌟8-bit Optimizers via Block-wise Quantization [arxiv][code]. Optimizer state in 8 bits.',
        '- Attention Is All You Need [arxiv]. Transformers.',
        '- A Treatise on Teapots Nobody Wrote [blog]. Not on arXiv.',
      ].join('\n'),
    );
    stub.offline = true;
    const down = await cli('import-list', list, '--vault', vault, ...api());
    expect(down.out.at(-1)).toBe('Import: 3 notes created, 3 not yet searched on arXiv (title search queued).');
    expect(down.code).toBe(0);
    const names = await notes();
    expect(names).toHaveLength(3);
    const optimizer = names.find((n) => n.startsWith('8-bit')) ?? '';
    const offlineText = await read(optimizer);
    expect(offlineText).toContain('> Title search pending: "8-bit Optimizers via Block-wise Quantization".');
    expect(readFrontmatter(offlineText)).toMatchObject({ rating: 5, tldr: 'Optimizer state in 8 bits.', resources: ['arxiv', 'code'], status: 'to-read' });

    stub.offline = false;
    const up = await cli('refresh', '--vault', vault, ...api());
    expect(up.out.at(-1)).toBe('2 completed, 1 left without an arXiv ID.');
    expect(await notes()).toEqual(names);
    const full = readFrontmatter(await read(optimizer));
    expect(full).toMatchObject({ arxiv: '2110.02861', rating: 5, tldr: 'Optimizer state in 8 bits.', resources: ['arxiv', 'code'], status: 'to-read' });
    expect((await queue()).pending).toEqual([]);

    // One paper, one note: the list again (now online) finds every paper in the vault.
    const rerun = await cli('import-list', list, '--vault', vault, ...api());
    expect(rerun.out.at(-1)).toBe('Import: 0 notes created, 3 already in the vault.');
    expect(await notes()).toEqual(names);
  });

  it('a lost title queue loses nothing: refresh finds the title stubs by their placeholder line', async () => {
    stub.offline = true;
    await cli('add', '--title', 'Attention Is All You Need', '--vault', vault, ...api());
    await writeFile(join(vault, '.paper-distill', 'pending-titles.json'), '{"pending":[]}\n');
    stub.offline = false;
    const up = await cli('refresh', '--vault', vault, ...api());
    expect(up.out).toEqual(['Completed Papers/Attention Is All You Need.md (arXiv 1706.03762, found by its title).', '1 completed.']);
    expect(readFrontmatter(await read('Attention Is All You Need.md'))?.arxiv).toBe('1706.03762');
  });

  it('a queued title stub whose properties the reader broke is named with its line and stays queued', async () => {
    stub.offline = true;
    await cli('add', '--title', 'Attention Is All You Need', '--vault', vault, ...api());
    const broken = (await read('Attention Is All You Need.md')).replace('tags:\n  - paper\n', 'tags: [paper\n');
    await writeFile(join(vault, 'Papers', 'Attention Is All You Need.md'), broken);
    stub.offline = false;
    const run = await cli('refresh', '--vault', vault, ...api());
    expect(run.err).toEqual(["Papers/Attention Is All You Need.md's properties cannot be read (line 3): fix the YAML there, then it will be filled in; it is still a stub."]);
    expect(run.out).toEqual(['0 completed, 1 with unreadable properties.']);
    expect(run.code).toBe(1);
    expect(await read('Attention Is All You Need.md')).toBe(broken);
    expect((await queue()).pending).toHaveLength(1);
  });
});
