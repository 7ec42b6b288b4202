import { parseArgs } from './args';
import type { CliCommand } from './command';
import { addCommand } from './commands/add';
import { checkCommand } from './commands/check';
import { findCommand } from './commands/find';
import { idsCommand } from './commands/ids';
import { importLogCommand } from './commands/import-log';
import { importListCommand } from './commands/import-list';
import { refreshCommand } from './commands/refresh';
import { dashboardCommand } from './commands/bases-dashboard';
import { exportCommand } from './commands/paper-export';
import { listCommand } from './commands/paper-list';
import { pdfCommand } from './commands/pdf';
import { rateCommand, statusCommand, tagCommand } from './commands/reading';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { checkOptions, optionsHelp } from './options';
import { didYouMean } from '../core/text/suggest';

// One line per command keeps additions from colliding.
const COMMANDS: readonly CliCommand[] = [
  addCommand,
  idsCommand,
  findCommand,
  checkCommand,
  importLogCommand,
  importListCommand,
  refreshCommand,
  listCommand,
  exportCommand,
  dashboardCommand,
  rateCommand,
  tagCommand,
  statusCommand,
  pdfCommand,
];

export function usage(): string {
  const lines = COMMANDS.map((c) => `  paper-distill ${c.usage}\n      ${c.summary}`);
  return `paper-distill — distilled paper notes from arXiv, on a vault folder

Usage:
${lines.join('\n')}

Options:
${optionsHelp()}`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(args.error);
    return EXIT_USAGE;
  }
  if (args.command === null || args.switches.has('help') || args.command === 'help') {
    io.out(usage());
    return args.command === null && !args.switches.has('help') ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === args.command);
  if (!command) {
    const hint = didYouMean(args.command, COMMANDS.map((c) => c.name));
    io.err(`Unknown command "${args.command}".${hint} Run paper-distill --help for the list.`);
    return EXIT_USAGE;
  }
  const problem = checkOptions(command.name, args) ?? extraArguments(command, args.positionals);
  if (problem !== null) {
    io.err(problem);
    io.err(`Usage: paper-distill ${command.usage}`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}

/** Commands that take no arguments besides options say so rather than ignore a stray word. */
function extraArguments(command: CliCommand, positionals: readonly string[]): string | null {
  if (command.maxPositionals === undefined || positionals.length <= command.maxPositionals) return null;
  const stray = positionals[command.maxPositionals] ?? '';
  const hint = /^-[a-z]/i.test(stray) ? ` Options start with two dashes: --${stray.slice(1)}.` : ' (a --filter with spaces needs quotes).';
  return `${command.name} does not take "${stray}".${hint}`;
}
