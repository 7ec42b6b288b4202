import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { completePendingNotes } from '../complete-pending';
import { EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

/** `refresh --vault DIR` with no notes named: complete the stubs written while arXiv was unreachable. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length > 0) {
    io.err('Refreshing named notes is not available yet; run `refresh --vault DIR` to complete pending notes.');
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  return completePendingNotes(vault.value, io);
}

export const refreshCommand: CliCommand = {
  name: 'refresh',
  usage: 'refresh --vault DIR [--api URL [--min-interval MS]] [--hf-api URL]',
  summary: 'Fill in paper notes created while arXiv was unreachable (stubs), keeping everything the reader wrote.',
  run,
};
