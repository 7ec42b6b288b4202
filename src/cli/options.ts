import { didYouMean } from '../core/text/suggest';
import type { ParsedArgs } from './args';

/**
 * Every `--option` of the CLI in one table: which commands accept it, whether it takes a value,
 * and its line in --help. A command rejects any option not declared for it (exit 2, with a "did
 * you mean"), before it reads or writes anything. A new option is one new line here, kept in
 * alphabetical order; reading it in the command is the only other change.
 */
export interface CliOption {
  readonly name: string;
  /** The value's placeholder in --help (`DIR`, `URL`); absent for a switch such as --json. */
  readonly value?: string;
  /** Names of the commands that accept it; `'*'` for every command. */
  readonly commands: readonly string[] | '*';
  readonly help: string;
}

const FETCHING = ['add', 'refresh', 'import-log', 'import-list', 'find', 'pdf'];
const VAULT = ['add', 'refresh', 'check', 'import-log', 'import-list', 'list', 'export', 'dashboard', 'rate', 'tag', 'status', 'pdf'];

export const CLI_OPTIONS: readonly CliOption[] = [
  { name: 'all', commands: ['refresh'], help: 'refresh: every paper note in the vault' },
  { name: 'api', value: 'URL', commands: FETCHING, help: 'an arXiv-compatible API endpoint instead of export.arxiv.org' },
  { name: 'dry-run', commands: ['import-log', 'import-list'], help: 'import-log/import-list: print the preview, write nothing' },
  { name: 'filter', value: 'TEXT', commands: ['list', 'export', 'dashboard'], help: 'list/export/dashboard: clauses such as "tags: robotics -survey; rating: >=4; sort: added desc"' },
  { name: 'format', value: 'FORMAT', commands: ['export'], help: 'export: bibtex, csl-json or annotated' },
  { name: 'help', commands: '*', help: 'this text' },
  { name: 'hf-api', value: 'URL', commands: ['add', 'refresh', 'import-list'], help: 'a Hugging Face-compatible paper API (with --api, links are only fetched when given)' },
  { name: 'hf-daily', value: 'DATE', commands: ['import-list'], help: "import-list: Hugging Face's daily papers of DATE (YYYY-MM-DD) instead of a file" },
  { name: 'json', commands: ['list', 'check'], help: 'list/check: one JSON document on stdout' },
  { name: 'min-interval', value: 'MS', commands: FETCHING, help: 'pause between requests; only with --api (arXiv itself gets 3 s)' },
  { name: 'openalex-api', value: 'URL', commands: ['add', 'refresh', 'import-log', 'import-list'], help: 'an OpenAlex-compatible API; only with --api (with --api, OpenAlex is only asked when given)' },
  { name: 'out', value: 'FILE', commands: ['export'], help: 'export: write into FILE instead of stdout' },
  { name: 'pdf', commands: ['add'], help: 'add: also save each paper\'s PDF in the vault' },
  { name: 'pdf-base', value: 'URL', commands: ['add', 'pdf'], help: 'where PDFs come from instead of https://arxiv.org/pdf/; only with --api' },
  { name: 'timeout', value: 'SECONDS', commands: FETCHING, help: 'give up on arXiv after SECONDS per batch, retries included (default 60); then stubs are queued' },
  { name: 'title', commands: ['add'], help: 'add: the arguments are paper titles, searched on arXiv (a note only for a confident match)' },
  { name: 'vault', value: 'DIR', commands: VAULT, help: 'the vault folder (settings are read from its Paper Distill data.json)' },
];

const BY_NAME = new Map(CLI_OPTIONS.map((o) => [o.name, o]));

export function isOption(name: string): boolean {
  return BY_NAME.has(name);
}

/** Whether `--name` takes a value; unknown names are read as switches and rejected later. */
export function takesValue(name: string): boolean {
  return BY_NAME.get(name)?.value !== undefined;
}

export function optionsOf(command: string): CliOption[] {
  return CLI_OPTIONS.filter((o) => o.commands === '*' || o.commands.includes(command));
}

/**
 * The first option on the command line that `command` does not accept, as a sentence that says
 * what it probably meant and what the command does accept; null when every option is fine.
 */
export function checkOptions(command: string, args: ParsedArgs): string | null {
  const accepted = optionsOf(command);
  const names = accepted.map((o) => o.name);
  for (const name of [...args.options.keys(), ...args.switches]) {
    if (names.includes(name)) continue;
    const known = BY_NAME.get(name);
    if (known !== undefined) {
      const owners = known.commands === '*' ? [] : known.commands;
      const who = owners.length > 0 && owners.length <= 3 ? ` (${owners.join(', ')} ${owners.length === 1 ? 'does' : 'do'})` : '';
      return `${command} does not take --${name}${who}. ${acceptedLine(command, names)}`;
    }
    return `Unknown option --${name} for ${command}.${didYouMean(name, names, '--')} ${acceptedLine(command, names)}`;
  }
  return null;
}

function acceptedLine(command: string, names: readonly string[]): string {
  return `${command} takes ${names.map((n) => `--${n}`).join(', ')}.`;
}

/** The Options section of --help. */
export function optionsHelp(): string {
  const heads = CLI_OPTIONS.map((o) => `--${o.name}${o.value === undefined ? '' : ` ${o.value}`}`);
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return CLI_OPTIONS.map((o, i) => `  ${(heads[i] ?? '').padEnd(width)}${o.help}`).join('\n');
}
