import { loadPaperCollection, queryFromFilter, writeBaseFile } from '../../app/paper-collection';
import { basesFilter, leftOutMessage } from '../../core/dashboard/bases-filter';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

/** `dashboard --vault DIR [--filter TEXT]`: writes the Obsidian Bases dashboard beside the paper notes. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const filterText = args.options.get('filter');
  const query = filterText === undefined ? null : queryFromFilter(filterText);
  if (query !== null && !query.ok) {
    io.err(query.error.message);
    return EXIT_USAGE;
  }
  const { settings, store } = vault.value;
  const { index, unreadable } = await loadPaperCollection(store, settings);
  for (const line of unreadable) io.err(line);
  const written = await writeBaseFile(store, index, settings, query?.value);
  if (!written.ok) {
    io.err(written.error.message);
    return EXIT_PROBLEMS;
  }
  io.out(`Wrote ${written.value} (${index.size} papers). Open it in Obsidian to see the Bases views.`);
  const left = query === null ? [] : basesFilter(query.value).untranslated;
  if (left.length > 0) io.out(leftOutMessage(left));
  return EXIT_OK;
}

export const dashboardCommand: CliCommand = {
  name: 'dashboard',
  usage: 'dashboard --vault DIR [--filter TEXT]',
  summary: 'Write an Obsidian Bases file with views To read, Top rated, Not yet distilled, Most cited, the --filter and one per frequent tag.',
  maxPositionals: 0,
  run,
};
