import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distilledNote, templateNote } from '../builders/note';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const DISTILLED = distilledNote().replace('tags:\n  - paper\n', 'arxiv_version: 2\ntags:\n  - paper\n  - ML\nstatus: to-read\n');
const UNDISTILLED = templateNote().replace('arxiv: "2406.10454"', 'arxiv: "2401.00001"');

describe('paper-distill rate, tag and status (on a temporary vault)', () => {
  let vault: string;
  const file = (name: string) => join(vault, 'Papers', name);
  const read = (name: string) => readFile(file(name), 'utf8');

  beforeEach(async () => {
    vault = await makeTempVault('pd-reading-', { 'Papers/Distilled.md': DISTILLED, 'Papers/Template.md': UNDISTILLED, 'Daily.md': '# Not a paper\n' });
  });
  afterEach(() => removeTempVault(vault));

  it('rates by arXiv id and clears with 0, touching only the rating line', async () => {
    const run = await cli('rate', 'arXiv:2406.10454v2', '5', '--vault', vault);
    expect(run).toEqual({ code: 0, out: ['Rated Distilled 5 stars.'], err: [] });
    expect(await read('Distilled.md')).toBe(DISTILLED.replace('status: to-read\n', 'status: to-read\nrating: 5\n'));
    expect((await cli('rate', 'Papers/Distilled.md', '0', '--vault', vault)).out).toEqual(['Cleared the rating of Distilled.']);
    expect(await read('Distilled.md')).toBe(DISTILLED);
  });

  it('accepts a path from the shell that lies inside the vault', async () => {
    const run = await cli('rate', file('Distilled.md'), '3', '--vault', vault);
    expect(run.code).toBe(0);
    expect(await read('Distilled.md')).toContain('rating: 3\n');
  });

  it.each([
    [['rate', 'Papers/Distilled', '7'], 1, '"7" is not a rating. A rating is a whole number from 1 to 5, or 0 to clear it.'],
    [['rate', '2412.99999', '3'], 1, 'No paper note in this vault has arXiv id 2412.99999.'],
    [['rate', 'Daily.md', '3'], 1, 'Daily is not a paper note: it has no arxiv property and no #paper tag.'],
    [['status', 'Papers/Distilled', 'done'], 1, '"done" is not a reading status; use to-read, reading or read.'],
    [['tag', 'Papers/Distilled', '+ok', '+cs.RO'], 1, '"cs.RO" is not a valid tag: it has a dot; use "-" instead, as in cs-RO.'],
    [['rate', 'Papers/Distilled'], 2, 'Usage: paper-distill rate <id|path> <1-5|0> --vault DIR'],
  ])('%j exits %j saying why, and changes nothing', async (argv, code, message) => {
    const run = await cli(...argv, '--vault', vault);
    expect(run.code).toBe(code);
    expect(run.err).toEqual([message]);
    expect(await read('Distilled.md')).toBe(DISTILLED);
  });

  it('tags: adds and removes in order, case-insensitively, keeping the spelling in the note', async () => {
    const run = await cli('tag', '2406.10454', '+robotics/humanoid', '-ml', 'обучение', '+Robotics/Humanoid', '--vault', vault);
    expect(run.out).toEqual([
      'Tagged Distilled #robotics/humanoid.',
      'Removed #ML from Distilled.',
      'Tagged Distilled #обучение.',
      'Distilled already has #robotics/humanoid.',
    ]);
    expect(run.code).toBe(0);
    expect(await read('Distilled.md')).toContain('tags:\n  - paper\n  - robotics/humanoid\n  - обучение\nstatus: to-read\n');
  });

  it('status: marks a distilled paper read with the version read', async () => {
    const run = await cli('status', '2406.10454', 'read', '--vault', vault);
    expect(run).toEqual({ code: 0, out: ['Marked Distilled read (version 2).'], err: [] });
    const text = await read('Distilled.md');
    expect(text).toContain('status: read\n');
    expect(text).toContain('read_version: 2\n');
  });

  it('status: the read gate refuses an undistilled paper with the same message as the plugin', async () => {
    const run = await cli('status', '2401.00001', 'read', '--vault', vault);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      'Not distilled yet: General Idea is empty; Limitations is empty; Utilities is empty. Fill these sections before marking it read.',
    ]);
    expect(await read('Template.md')).toBe(UNDISTILLED);
  });

  it('status: honours the settings in data.json (gate off, reading dates on)', async () => {
    const dir = join(vault, '.obsidian', 'plugins', 'paper-distill');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'data.json'), JSON.stringify({ gateReadOnTemplate: false, trackReadingDates: true }));
    expect((await cli('status', '2401.00001', 'reading', '--vault', vault)).code).toBe(0);
    expect((await cli('status', '2401.00001', 'read', '--vault', vault)).code).toBe(0);
    const text = await read('Template.md');
    expect(text).toMatch(/status: read\nstarted: \d{4}-\d\d-\d\d\nfinished: \d{4}-\d\d-\d\d\n/);
  });

  it('lists the commands in --help', async () => {
    const help = (await cli('--help')).out.join('\n');
    expect(help).toContain('paper-distill rate <id|path> <1-5|0> --vault DIR');
    expect(help).toContain('paper-distill tag <id|path> +tag -tag ... --vault DIR');
    expect(help).toContain('paper-distill status <id|path> <to-read|reading|read> --vault DIR');
  });
});
