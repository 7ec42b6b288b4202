import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unreadablePropertiesLine } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

jest.setTimeout(30_000);

const BROKEN = '---\ntitle: A paper\narxiv: "2406.10454"\nauthors: [Ada, Grace\nstatus: to-read\n---\n\n## General Idea\n- x\n';

describe('a paper note whose properties are not valid YAML', () => {
  let vault: string;
  beforeEach(async () => {
    vault = await makeTempVault('pd-yaml-', { 'Papers/Broken.md': BROKEN });
  });
  afterEach(() => removeTempVault(vault));

  it.each([
    ['rate', 'Papers/Broken.md', '4'],
    ['status', 'Papers/Broken', 'reading'],
    ['tag', 'Papers/Broken.md', '+robotics'],
  ])('%s says its properties cannot be read and where, and leaves the file as it was', async (command, ref, value) => {
    const run = await cli(command, ref, value, '--vault', vault);
    expect(run.code).toBe(1);
    expect(run.err).toEqual(["Broken's properties cannot be read (line 4): fix the YAML there, then try again. Nothing was changed."]);
    expect(await readFile(join(vault, 'Papers/Broken.md'), 'utf8')).toBe(BROKEN);
  });

  it.each([
    ['---\ntitle: ok\n---\n', null],
    ['no properties', null],
    ['---\na: [1, 2\n---\n', 2],
    ['---\ntitle: x\nfoo: : bar\n---\n', 3],
    ['\uFEFF---\ntitle: "unclosed\n---\n', 2],
    // Unclosed brackets and quotes: the line where they open, not where the parser noticed.
    ['---\ntitle: A\nauthors: [Ada, Grace\nstatus: x\n---\n', 3],
    ['---\ntitle: "unclosed\nfoo: bar\nx: 1\n---\n', 2],
    ['---\nx: 1\nlinks: {code: a\nb: 2\n---\n', 3],
  ])('unreadablePropertiesLine(%j) = %p', (text, line) => {
    expect(unreadablePropertiesLine(text)).toBe(line);
  });
});

describe('plain refresh (stub completion) and a paper note whose properties are not valid YAML', () => {
  const STUB = '---\narxiv: "2406.10454"\ntags: [paper\nstatus: to-read\n---\n\n## General Idea\n- \n';
  const QUEUE = { pending: [{ id: '2406.10454', path: 'Papers/2406.10454.md', queuedAt: '2025-01-01T00:00:00.000Z' }] };
  let vault: string;
  let stub: ArxivStub;
  beforeEach(async () => {
    stub = await startArxivStub([atomEntryXml(samplePaper({ arxiv: '2406.10454', title: 'HumanPlus' }))]);
    vault = await makeTempVault('pd-yaml-stub-', { 'Papers/2406.10454.md': STUB, '.paper-distill/pending.json': JSON.stringify(QUEUE) });
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('names the note and the line, exits 1, keeps its queue entry and the file; once fixed, completes it', async () => {
    const api = ['--api', stub.apiUrl, '--min-interval', '0'];
    const run = await cli('refresh', '--vault', vault, ...api);
    expect(run).toEqual({
      code: 1,
      out: ['0 completed, 1 with unreadable properties.'],
      err: ["Papers/2406.10454.md's properties cannot be read (line 3): fix the YAML there, then it will be filled in; it is still a stub."],
    });
    expect(await readFile(join(vault, 'Papers/2406.10454.md'), 'utf8')).toBe(STUB);
    expect(JSON.parse(await readFile(join(vault, '.paper-distill/pending.json'), 'utf8'))).toEqual(QUEUE);
    await writeFile(join(vault, 'Papers/2406.10454.md'), STUB.replace('[paper', '[paper]'));
    const fixed = await cli('refresh', '--vault', vault, ...api);
    expect(fixed.out).toEqual(['Completed Papers/2406.10454.md (arXiv 2406.10454).', '1 completed.']);
    expect(fixed.code).toBe(0);
  });

  it('refresh --all names the broken queued stub once, not again in the refresh pass', async () => {
    const run = await cli('refresh', '--all', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(run.code).toBe(1);
    expect(run.err.filter((line) => line.includes('cannot be read'))).toEqual([
      "Papers/2406.10454.md's properties cannot be read (line 3): fix the YAML there, then it will be filled in; it is still a stub.",
    ]);
    expect(run.out[0]).toBe('0 completed, 1 with unreadable properties.');
    expect(await readFile(join(vault, 'Papers/2406.10454.md'), 'utf8')).toBe(STUB);
  });
});
