import { readFile } from 'node:fs/promises';
import { summarizeImport, previewLines } from '../../app/import-messages';
import { executeImport, planImport, type ImportDeps } from '../../app/import-reading-log';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { nodeClock } from '../node-clock';
import { openVault } from '../vault-context';

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
  const text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    io.err(`Cannot read the reading log ${file}.`);
    return EXIT_USAGE;
  }
  const { store, arxiv, settings } = vault.value;
  const deps: ImportDeps = { store, arxiv, clock: nodeClock, settings: () => settings };
  const plan = await planImport(text, deps);
  for (const line of previewLines(plan)) io.out(line);
  if (args.switches.has('dry-run')) {
    io.out('Dry run: nothing was written.');
    return EXIT_OK;
  }
  const result = await executeImport(plan, deps);
  const summary = summarizeImport(plan, result);
  io.out(summary.headline);
  for (const line of summary.details) io.err(line);
  return summary.problems ? EXIT_PROBLEMS : EXIT_OK;
}

export const importLogCommand: CliCommand = {
  name: 'import-log',
  usage: 'import-log FILE --vault DIR [--dry-run] [--api URL [--min-interval MS]] [--timeout SECONDS]',
  summary: 'Split a Markdown reading log into paper notes (FILE "-" reads stdin); prints a preview, then a summary.',
  run,
};
