import { planImport, type ImportDeps } from '../../app/import-reading-log';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_USAGE, type CliIo } from '../io';
import { nodeClock } from '../node-clock';
import { openVault } from '../vault-context';
import { readImportText, runPlannedImport } from './planned-import';

async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(`Usage: paper-distill ${importLogCommand.usage}`);
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const text = await readImportText(file, io);
  if (text === null) {
    io.err(`Cannot read the reading log ${file}.`);
    return EXIT_USAGE;
  }
  const { store, arxiv, settings, scholarly, titles, citations, pendingTitles } = vault.value;
  // Entries whose links were lost are looked up by title, as import-list does; offline, their
  // titles wait in the same queue as import-list's.
  const deps: ImportDeps = {
    store,
    arxiv,
    clock: nodeClock,
    settings: () => settings,
    titles,
    citations,
    pendingTitles,
    ...(scholarly === undefined ? {} : { scholarly }),
  };
  return runPlannedImport(await planImport(text, deps), deps, args, io);
}

export const importLogCommand: CliCommand = {
  name: 'import-log',
  usage: 'import-log FILE --vault DIR [--dry-run] [--api URL [--min-interval MS] [--openalex-api URL]] [--timeout SECONDS]',
  summary: 'Split a reading log (Markdown or its plain-text export) into paper notes, entries without a link found by title (FILE "-" reads stdin); prints a preview, then a summary.',
  run,
};
