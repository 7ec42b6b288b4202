import { parseArgs } from './args';
import { addCommand } from './commands/add';
import { idsCommand } from './commands/ids';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';

export const USAGE = `paper-distill — distilled paper notes from arXiv, on a vault folder

Usage:
  paper-distill add <id|url>... --vault DIR [--api URL [--min-interval MS]]
      Create a paper note per arXiv paper (an existing note for the same paper is kept).
  paper-distill ids [TEXT|-]
      Print the canonical arXiv ids found in TEXT (or stdin), one per line.

Options:
  --vault DIR         the vault folder (settings are read from its Paper Distill data.json)
  --api URL           an arXiv-compatible API endpoint instead of export.arxiv.org
  --min-interval MS   pause between requests; only with --api (arXiv itself gets 3 s)
  --help              this text`;

type Command = (args: Parameters<typeof addCommand>[0], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = { add: addCommand, ids: idsCommand };

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(args.error);
    return EXIT_USAGE;
  }
  if (args.command === null || args.switches.has('help') || args.command === 'help') {
    io.out(USAGE);
    return args.command === null && !args.switches.has('help') ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[args.command];
  if (!command) {
    io.err(`Unknown command "${args.command}". Run paper-distill --help for the list.`);
    return EXIT_USAGE;
  }
  return command(args, io);
}
