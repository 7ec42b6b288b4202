import { loadPaperCollection, queryFromFilter, type PaperCollection } from '../app/paper-collection';
import type { PaperQuery } from '../core/dashboard/query';
import type { ParsedArgs } from './args';
import { EXIT_USAGE, type CliIo } from './io';
import { openVault, type VaultContext } from './vault-context';

export interface FilteredPapers {
  readonly vault: VaultContext;
  readonly collection: PaperCollection;
  readonly query: PaperQuery;
}

/**
 * The vault, its paper collection and the query of `--filter` (the code block's filter language), as
 * `list` and `export` both need them; a usage error is reported and returned as an exit code.
 */
export async function filteredPapers(args: ParsedArgs, io: CliIo): Promise<FilteredPapers | number> {
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const query = queryFromFilter(args.options.get('filter'));
  if (!query.ok) {
    io.err(query.error.message);
    return EXIT_USAGE;
  }
  const collection = await loadPaperCollection(vault.value.store, vault.value.settings);
  // On stderr, so `list --json` and an export on stdout stay valid.
  for (const line of collection.unreadable) io.err(line);
  return { vault: vault.value, collection, query: query.value };
}
