import { loadPaperCollection, writeBaseFile } from '../../app/paper-collection';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

/** `dashboard --vault DIR`: writes the Obsidian Bases dashboard beside the paper notes. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const { settings, store } = vault.value;
  const { index } = await loadPaperCollection(store, settings);
  const written = await writeBaseFile(store, index, settings);
  if (!written.ok) {
    io.err(written.error.message);
    return EXIT_PROBLEMS;
  }
  io.out(`Wrote ${written.value} (${index.size} papers). Open it in Obsidian to see the Bases views.`);
  return EXIT_OK;
}

export const dashboardCommand: CliCommand = {
  name: 'dashboard',
  usage: 'dashboard --vault DIR',
  summary: 'Write an Obsidian Bases file with views To read, Top rated, Not yet distilled and one per frequent tag.',
  maxPositionals: 0,
  run,
};
