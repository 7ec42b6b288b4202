import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI_OPTIONS, optionsOf } from '../../src/cli/options';
import { usage } from '../../src/cli/run';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const LOG = '# Reading log\n\n## Robotics\n\n- HumanPlus https://arxiv.org/abs/2406.10454\n  - General Idea: shadowing.\n';
const COMMAND_NAMES = ['add', 'ids', 'find', 'check', 'import-log', 'import-list', 'refresh', 'list', 'export', 'dashboard', 'rate', 'tag', 'status', 'pdf'];

/** Every file in the vault, so a test can see that a rejected command wrote nothing. */
async function filesIn(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) out.push(...(await filesIn(join(dir, entry.name), `${path}/`)));
    else out.push(path);
  }
  return out.sort();
}

jest.setTimeout(30_000);

describe('the CLI rejects options it does not know, before doing anything', () => {
  let stub: ArxivStub;
  let vault: string;
  let log: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];

  beforeEach(async () => {
    stub = await startArxivStub([atomEntryXml(samplePaper())]);
    vault = await makeTempVault('pd-options-', { 'Papers/Note.md': '---\narxiv: "2406.10454"\ntags: [paper]\n---\n' });
    log = join(vault, 'log.md');
    await writeFile(log, LOG);
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it.each([
    [['import-log', '<log>', '--vault', '<vault>', '--dryrun'], '--dry-run'],
    [['list', '--vault', '<vault>', '--fitler', 'tags: x'], '--filter'],
    [['add', '2406.10454', '--vault', '<vault>', '--vualt', 'x'], '--vault'],
    [['export', '--vault', '<vault>', '--fromat', 'bibtex'], '--format'],
    [['check', '--vault', '<vault>', '--JSON'], '--json'],
    [['refresh', '--vault', '<vault>', '--al'], '--all'],
    [['add', '2406.10454', '--vault', '<vault>', '--min_interval', '0'], '--min-interval'],
  ])('%j says "did you mean %s?", exits 2 and writes nothing', async (argv, meant) => {
    const before = await filesIn(vault);
    const run = await cli(...argv.map((a) => (a === '<vault>' ? vault : a === '<log>' ? log : a)), ...(argv[0] === 'list' || argv[0] === 'export' || argv[0] === 'check' ? [] : api()));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain(`Did you mean ${meant}?`);
    expect(run.out).toEqual([]);
    expect(await filesIn(vault)).toEqual(before);
    expect(stub.requests).toHaveLength(0);
  });

  it.each(COMMAND_NAMES)('%s rejects an unknown option with exit 2 and names what it takes', async (command) => {
    const before = await filesIn(vault);
    const run = await cli(command, 'Papers/Note.md', 'x', ...(command === 'ids' || command === 'find' ? [] : ['--vault', vault]), '--bogus-option');
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(new RegExp(`^Unknown option --bogus-option for ${command}\\. ${command} takes --`));
    expect(await filesIn(vault)).toEqual(before);
  });

  it.each(CLI_OPTIONS.filter((o) => o.value !== undefined).map((o) => o.name))('--%s without its value is exit 2', async (name) => {
    const command = optionsOf('add').some((o) => o.name === name) ? 'add' : optionsOf('export').some((o) => o.name === name) ? 'export' : 'list';
    for (const argv of [[command, `--${name}`], [command, `--${name}`, '--json'], [command, `--${name}=`]]) {
      const run = await cli(...argv);
      expect(run.code).toBe(2);
      expect(run.err[0]).toBe(`Option --${name} needs a value.`);
    }
  });

  it('names the command that does take an option given to the wrong one', async () => {
    const run = await cli('list', '--vault', vault, '--format', 'bibtex');
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^list does not take --format \(export does\)\. list takes --filter, --help, --json, --vault\.$/);
  });

  it('says which commands an option belongs to only when they are few', async () => {
    const run = await cli('ids', '2406.10454', '--vault', vault);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe('ids does not take --vault. ids takes --help.');
  });

  it('refuses a value on a switch and an option given twice with different values', async () => {
    expect((await cli('list', '--vault', vault, '--json=yes')).err[0]).toBe('Option --json takes no value (remove "=yes").');
    const twice = await cli('list', '--vault', vault, '--vault', `${vault}/Papers`);
    expect(twice.code).toBe(2);
    expect(twice.err[0]).toBe('Option --vault is given twice; give it once.');
  });

  it('refuses a stray word where a command takes none (an unquoted filter, a one-dash option)', async () => {
    const unquoted = await cli('list', '--vault', vault, '--filter', 'tags:', 'robotics');
    expect(unquoted.code).toBe(2);
    expect(unquoted.err[0]).toBe('list does not take "robotics". (a --filter with spaces needs quotes).');
    const oneDash = await cli('list', '--vault', vault, '-json');
    expect(oneDash.err[0]).toBe('list does not take "-json". Options start with two dashes: --json.');
  });

  it('suggests a command for a misspelt one', async () => {
    const run = await cli('lsit', '--vault', vault);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe('Unknown command "lsit". Did you mean list? Run paper-distill --help for the list.');
  });

  it('still runs a well-formed command, options in any order and in --name=value form', async () => {
    const run = await cli(`--vault=${vault}`, 'list', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out.join('\n'))).toHaveLength(1);
  });

  it('declares options only for commands that exist, and --help lists every option', () => {
    for (const option of CLI_OPTIONS) {
      if (option.commands !== '*') for (const c of option.commands) expect(COMMAND_NAMES).toContain(c);
      expect(usage()).toContain(`--${option.name}`);
    }
  });
});
