import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distilledNote, note, section, templateNote, withCrlf } from '../builders/note';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HALF_DONE = note({ sections: [section('## General Idea'), section('## Limitations', '- ')] });

describe('paper-distill check', () => {
  const roots: string[] = [];
  const vault = async (files: Record<string, string>) => {
    const root = await makeTempVault('paper-distill-check-', files);
    roots.push(root);
    return root;
  };
  afterAll(async () => {
    for (const root of roots) await removeTempVault(root);
  });

  it('prints one line per incomplete paper note and exits 1', async () => {
    const root = await vault({
      'Papers/Done.md': distilledNote(3, '\r\n'),
      'Papers/Half done.md': HALF_DONE,
      'Papers/Fresh.md': templateNote(),
      'Daily/2026-11-21.md': '# Today\n\nNo paper here.\n',
      '.obsidian/plugins/other/README.md': templateNote(),
    });
    const run = await cli('check', '--vault', root);
    expect(run.out).toEqual([
      'Papers/Fresh.md: General Idea is empty; Limitations is empty; Utilities is empty',
      'Papers/Half done.md: Limitations is empty; Utilities is missing',
    ]);
    expect(run.err).toEqual(['Checked 3 paper notes: 2 not fully distilled.']);
    expect(run.code).toBe(1);
  });

  it('exits 0 with nothing on stdout when every paper note is distilled', async () => {
    const root = await vault({ 'Papers/Done.md': distilledNote(), 'Papers/CRLF.md': withCrlf(distilledNote(2)) });
    expect(await cli('check', '--vault', root)).toEqual({ code: 0, out: [], err: ['Checked 2 paper notes: all distilled.'] });
  });

  it('gives per-section detail with --json', async () => {
    const root = await vault({ 'Papers/Done.md': distilledNote(), 'Papers/Half done.md': HALF_DONE });
    const run = await cli('check', '--vault', root, '--json');
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    expect(JSON.parse(run.out.join('\n'))).toEqual({
      checked: 2,
      incomplete: 1,
      notes: [
        {
          path: 'Papers/Half done.md',
          filled: 1,
          required: 3,
          problems: ['Limitations is empty', 'Utilities is missing'],
          sections: [
            { name: 'General Idea', present: true, filled: true, duplicated: false, inOrder: true, line: 10 },
            { name: 'Limitations', present: true, filled: false, duplicated: false, inOrder: true, line: 13 },
            { name: 'Utilities', present: false, filled: false, duplicated: false, inOrder: true, line: null },
          ],
        },
      ],
    });
  });

  it('prints an empty list with --json and exits 0 when all is well', async () => {
    const root = await vault({ 'Papers/Done.md': distilledNote() });
    const run = await cli('check', '--json', '--vault', root);
    expect([run.code, JSON.parse(run.out.join('\n'))]).toEqual([0, { checked: 1, incomplete: 0, notes: [] }]);
  });

  it('checks only the files it is given, as a pre-commit hook passes them', async () => {
    const root = await vault({ 'Papers/Done.md': distilledNote(), 'Papers/Half done.md': HALF_DONE, 'notes.txt': 'x' });
    const staged = await cli('check', '--vault', root, join(root, 'Papers/Done.md'), join(root, 'notes.txt'));
    expect([staged.code, staged.out]).toEqual([0, []]);
    const both = await cli('check', '--vault', root, join(root, 'Papers/Done.md'), join(root, 'Papers/Half done.md'));
    expect([both.code, both.out.length]).toEqual([1, 1]);
  });

  it('reads the required sections from the vault’s plugin settings', async () => {
    const root = await vault({
      'Papers/Half done.md': HALF_DONE,
      '.obsidian/plugins/paper-distill/data.json': JSON.stringify({ requiredSections: [{ name: 'Main Idea', aliases: [] }] }),
    });
    expect((await cli('check', '--vault', root)).code).toBe(1);
    const general = await vault({
      'Papers/Half done.md': HALF_DONE,
      '.obsidian/plugins/paper-distill/data.json': JSON.stringify({ requiredSections: [{ name: 'General Idea', aliases: [] }] }),
    });
    expect((await cli('check', '--vault', general)).code).toBe(0);
  });

  it('exits 2 without a usable vault', async () => {
    expect((await cli('check')).code).toBe(2);
    const run = await cli('check', '--vault', join(tmpdir(), 'paper-distill-no-such-vault'));
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/does not exist/);
  });
});
