import { parseArgs } from './args';
import type { CliCommand } from './command';
import { addCommand } from './commands/add';
import { checkCommand } from './commands/check';
import { idsCommand } from './commands/ids';
import { importLogCommand } from './commands/import-log';
import { refreshCommand } from './commands/refresh';
import { dashboardCommand } from './commands/bases-dashboard';
import { exportCommand } from './commands/paper-export';
import { listCommand } from './commands/paper-list';
import { rateCommand, statusCommand, tagCommand } from './commands/reading';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';

// One line per command keeps additions from colliding.
const COMMANDS: readonly CliCommand[] = [
  addCommand,
  idsCommand,
  checkCommand,
  importLogCommand,
  refreshCommand,
  listCommand,
  exportCommand,
  dashboardCommand,
  rateCommand,
  tagCommand,
  statusCommand,
];

export function usage(): string {
  const lines = COMMANDS.map((c) => `  paper-distill ${c.usage}\n      ${c.summary}`);
  return `paper-distill — distilled paper notes from arXiv, on a vault folder

Usage:
${lines.join('\n')}

Options:
  --vault DIR         the vault folder (settings are read from its Paper Distill data.json)
  --api URL           an arXiv-compatible API endpoint instead of export.arxiv.org
  --min-interval MS   pause between requests; only with --api (arXiv itself gets 3 s)
  --dry-run           import-log: print the preview, write nothing
  --hf-api URL        a Hugging Face-compatible paper API (with --api, links are only fetched when given)
  --filter TEXT       list/export: clauses such as "tags: robotics -survey; rating: >=4; sort: added desc"
  --help              this text`;
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
    io.err(`Unknown command "${args.command}". Run paper-distill --help for the list.`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}
