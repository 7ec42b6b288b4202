import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { distilledNote } from '../builders/note';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const NOTE = distilledNote();
const CJK = samplePaper({ arxiv: '2406.10454', title: '基于大规模语言模型的机器人操作中的视觉语言动作流模型与人形机器人模仿学习方法研究'.repeat(2).slice(0, 86) });
const RESERVED = samplePaper({ arxiv: '2409.05864', title: 'CON.txt' });
const BIDI = samplePaper({ arxiv: '2410.04640', title: 'Invoice\u202Egpj.exe' });
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('a vault written by a Mac, a sync client or a hostile hand (CLI)', () => {
  let vault: string;
  let outside: string;
  beforeEach(async () => {
    outside = await makeTempVault('pd-outside-', { 'elsewhere.md': '---\narxiv: "2406.10454"\nrating: 1\n---\nnot in the vault\n' });
    vault = await makeTempVault('pd-hostile-');
  });
  afterEach(async () => {
    await removeTempVault(vault);
    await removeTempVault(outside);
  });

  it('sees, lists and edits a note whose file name is decomposed (NFD), by id and by composed name', async () => {
    await mkdir(join(vault, 'Papers'));
    await writeFile(join(vault, 'Papers', 'Cafe\u0301 au lait.md'), NOTE);
    expect((await cli('list', '--vault', vault)).out).toEqual([expect.stringContaining('Papers/Café au lait.md'), '1 of 1 papers.']);
    expect(JSON.parse((await cli('check', '--json', '--vault', vault)).out.join('\n'))).toMatchObject({ checked: 1 });
    expect((await cli('rate', '2406.10454', '4', '--vault', vault)).code).toBe(0);
    expect((await cli('status', 'Papers/Café au lait.md', 'reading', '--vault', vault)).code).toBe(0);
    expect(await readdir(join(vault, 'Papers'))).toEqual(['Cafe\u0301 au lait.md']);
    expect(readFrontmatter(await readFile(join(vault, 'Papers', 'Cafe\u0301 au lait.md'), 'utf8'))).toMatchObject({ rating: 4, status: 'reading' });
  });

  it('refuses a FIFO named like a note at once, without hanging', async () => {
    await mkdir(join(vault, 'Papers'));
    execFileSync('mkfifo', [join(vault, 'Papers', 'x.md')]);
    const run = await cli('rate', 'Papers/x.md', '3', '--vault', vault);
    expect(run.code).toBe(1);
    expect((await cli('list', '--vault', vault)).code).toBe(0);
  });

  it('never rewrites a file outside the vault through a symlinked note', async () => {
    await mkdir(join(vault, 'Papers'));
    await symlink(join(outside, 'elsewhere.md'), join(vault, 'Papers', 'link.md'));
    const run = await cli('rate', 'Papers/link.md', '5', '--vault', vault);
    expect(run.code).toBe(1);
    expect(await readFile(join(outside, 'elsewhere.md'), 'utf8')).toBe('---\narxiv: "2406.10454"\nrating: 1\n---\nnot in the vault\n');
  });
});

describe('file names from hostile titles (CLI against a local arXiv)', () => {
  let stub: ArxivStub;
  let vault: string;
  const add = (...ids: string[]) => cli('add', ...ids, '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');

  beforeEach(async () => {
    stub = await startArxivStub([CJK, RESERVED, BIDI].map(atomEntryXml));
    vault = await makeTempVault('pd-names-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('keeps a paper with an 86-character CJK title, under a name capped in bytes', async () => {
    const run = await add(CJK.arxiv);
    expect(run.code).toBe(0);
    const [name = ''] = await readdir(join(vault, 'Papers'));
    expect(bytes(name)).toBeLessThanOrEqual(255 - bytes(` (${CJK.arxiv})`));
    expect(CJK.title.startsWith(name.replace(/\.md$/, ''))).toBe(true);
  });

  it('names Windows-reserved and bidi-override titles safely', async () => {
    expect((await add(RESERVED.arxiv, BIDI.arxiv)).code).toBe(0);
    const names = await readdir(join(vault, 'Papers'));
    expect(names.sort()).toEqual(['2409.05864.md', 'Invoicegpj.exe.md']);
  });

  it('writes the note under a fallback name when its folder cannot be made, rather than lose it', async () => {
    await writeFile(join(vault, 'Papers'), 'a file where the notes folder should be');
    const run = await add(CJK.arxiv);
    expect(await readdir(vault)).toContain('2406.10454.md');
    expect(readFrontmatter(await readFile(join(vault, '2406.10454.md'), 'utf8'))?.title).toBe(CJK.title);
    expect(run.out.join('\n')).toContain('Created 2406.10454.md');
  });
});
