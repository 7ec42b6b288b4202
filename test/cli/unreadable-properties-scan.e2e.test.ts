import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

jest.setTimeout(30_000);

// An unclosed `[` on line 4 of the note: the reader must be sent to line 4, not to the line after.
const BROKEN = '---\ntitle: A broken paper\narxiv: "2406.10450"\nauthors: [Ada, Grace\nstatus: to-read\n---\n\n## General Idea\n- x\n';
const GOOD = '---\ntitle: A good paper\narxiv: "2406.10454"\nauthors:\n  - Ada\nyear: 2024\nstatus: to-read\ntags:\n  - paper\n---\n\n## General Idea\n- \n';
const SKIPPED = "Papers/Broken.md's properties cannot be read (line 4): fix the YAML there, then run this again; the note was skipped.";
const NOT_REFRESHED = "Papers/Broken.md's properties cannot be read (line 4): fix the YAML there, then refresh it again; it was left as it is.";

describe('commands that read every note report a paper note whose properties are not valid YAML', () => {
  let vault: string;
  let stub: ArxivStub;
  beforeEach(async () => {
    vault = await makeTempVault('pd-yaml-scan-', { 'Papers/Broken.md': BROKEN, 'Papers/Good.md': GOOD, 'Daily/plain.md': 'just text, no properties\n' });
    stub = await startArxivStub([atomEntryXml(samplePaper({ arxiv: '2406.10454' }))]);
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it.each([
    // command and arguments, exit code, the message on stderr, what shows the good note was still processed
    [['list'], 0, SKIPPED, (out: string) => expect(out).toContain('A good paper')],
    [['list', '--json'], 0, SKIPPED, (out: string) => expect((JSON.parse(out) as Array<{ path: string }>).map((r) => r.path)).toEqual(['Papers/Good.md'])],
    [['check'], 1, SKIPPED, (out: string) => expect(out).toContain('Papers/Good.md: ')],
    [['check', '--json'], 1, SKIPPED, (out: string) => expect(JSON.parse(out)).toMatchObject({ checked: 1, unreadable: [SKIPPED] })],
    [['export', '--format', 'bibtex'], 0, SKIPPED, (out: string) => expect(out).toContain('2406.10454')],
    [['dashboard'], 0, SKIPPED, (out: string) => expect(out).toContain('(1 papers)')],
    [['refresh', '--all'], 1, NOT_REFRESHED, (out: string) => expect(out).toContain('Papers/Good.md')],
    [['refresh', 'Papers/Broken.md'], 1, NOT_REFRESHED, (out: string) => expect(out).toContain('with unreadable properties')],
  ])('%j exits %p and names the note and its line on stderr', async (argv, code, message, processed) => {
    const arxiv = argv[0] === 'refresh' ? ['--api', stub.apiUrl, '--min-interval', '0'] : [];
    const run = await cli(...argv, '--vault', vault, ...arxiv);
    expect(run.err).toContain(message);
    expect(run.code).toBe(code);
    processed(run.out.join('\n'));
    expect(await readFile(join(vault, 'Papers/Broken.md'), 'utf8')).toBe(BROKEN);
  });
});
