import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { completePendingNotes } from '../complete-pending';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';
import { refreshNotesIn } from './refresh-metadata';

const USAGE = 'refresh [<id|path>... | --all] --vault DIR [--timeout SECONDS] [--api URL [--min-interval MS]] [--hf-api URL] [--openalex-api URL]';

/**
 * `refresh`: first fill in the stubs written while arXiv was unreachable, then, when notes are
 * named or `--all` is given, refresh their plugin-owned properties. Stubs go first because they
 * need their placeholder lines replaced, which a plain metadata refresh does not do.
 */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const all = args.switches.has('all');
  if (all && args.positionals.length > 0) {
    io.err(`Usage: paper-distill ${USAGE} (name notes or give --all, not both).`);
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const onlyPending = !all && args.positionals.length === 0;
  const pending = await completePendingNotes(vault.value, io, { quietWhenNone: !onlyPending });
  if (onlyPending) return pending;
  // A queued stub whose properties cannot be read was just named by the stub pass and is still
  // queued; the refresh pass would name it a second time.
  const queued = [...(await vault.value.pending.list()), ...(await vault.value.pendingTitles.list())];
  const named = new Set(queued.map((e) => e.path));
  const refreshed = await refreshNotesIn(vault.value, args, io, named);
  return pending === EXIT_OK ? refreshed : Math.max(pending, refreshed);
}

export const refreshCommand: CliCommand = {
  name: 'refresh',
  usage: USAGE,
  summary:
    'Fill in paper notes created while arXiv was unreachable; with notes or --all, also refresh their arXiv metadata (only plugin-owned properties change).',
  run,
};
