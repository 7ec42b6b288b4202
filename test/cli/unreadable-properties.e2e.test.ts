import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unreadablePropertiesLine } from '../../src/core/note/frontmatter';
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
    expect(run.err).toEqual(["Broken's properties cannot be read (line 5): fix the YAML there, then try again. Nothing was changed."]);
    expect(await readFile(join(vault, 'Papers/Broken.md'), 'utf8')).toBe(BROKEN);
  });

  it.each([
    ['---\ntitle: ok\n---\n', null],
    ['no properties', null],
    ['---\na: [1, 2\n---\n', 2],
    ['---\ntitle: x\nfoo: : bar\n---\n', 3],
    ['\uFEFF---\ntitle: "unclosed\n---\n', 2],
  ])('unreadablePropertiesLine(%j) = %p', (text, line) => {
    expect(unreadablePropertiesLine(text)).toBe(line);
  });
});
