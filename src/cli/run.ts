import { parseArgs } from './args';
import type { CliCommand } from './command';
import { addCommand } from './commands/add';
import { idsCommand } from './commands/ids';
import { refreshMetadataCommand } from './commands/refresh-metadata';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';

// One line per command keeps additions from colliding.
const COMMANDS: readonly CliCommand[] = [
  addCommand,
  idsCommand,
  refreshMetadataCommand,
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
