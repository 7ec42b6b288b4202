import { describeRefresh, summarizeRefresh } from '../../app/refresh-messages';
import { MetadataRefresher, resolveNoteArgument, type RefreshOutcome } from '../../app/refresh-metadata';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

export const REFRESH_METADATA_USAGE = 'refresh-metadata <id|path>... | --all --vault DIR [--api URL [--min-interval MS]]';

/**
 * `paper-distill refresh <id|path>... --vault DIR` and `refresh --all --vault DIR`: refreshes the
 * plugin-owned keys of paper notes from arXiv, byte for byte elsewhere (DiskNoteStore edits only
 * the keys that changed). Exported on its own so the `refresh` command can delegate to it.
 * Exit status: 0 when every note was refreshed or up to date, 1 when some failed, 2 for usage.
 */
export async function runRefreshMetadata(args: ParsedArgs, io: CliIo): Promise<number> {
  const all = args.switches.has('all');
  if (all === (args.positionals.length > 0)) {
    io.err(`Usage: paper-distill ${REFRESH_METADATA_USAGE} (give notes or --all, not both).`);
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const { store, arxiv } = vault.value;
  const refresher = new MetadataRefresher({ store, arxiv });
  const unresolved: RefreshOutcome[] = [];
  let paths: string[];
  if (all) {
    paths = await refresher.paperNotePaths();
  } else {
    paths = [];
    for (const arg of args.positionals) {
      const path = await resolveNoteArgument(store, arg);
      if (path !== null) paths.push(path);
      else unresolved.push({ kind: 'failed', path: arg, id: null, message: 'no note at that path and no paper note with that arXiv ID in the vault.' });
    }
  }
  const progress = (done: number, total: number) => {
    if (total > 100) io.err(`Refreshed ${done} of ${total} notes…`);
  };
  const outcomes = [...unresolved, ...(await refresher.refreshPaths(paths, progress))];
  for (const o of outcomes) {
    const line = describeRefresh(o);
    if (o.kind === 'updated' || o.kind === 'unchanged') io.out(line);
    else io.err(line);
  }
  const summary = summarizeRefresh(outcomes);
  io.out(summary.headline);
  return summary.problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/** Temporary name; it joins `refresh` (which completes pending stubs) when the two are merged. */
export const refreshMetadataCommand: CliCommand = {
  name: 'refresh-metadata',
  usage: REFRESH_METADATA_USAGE,
  summary: 'Refresh the arXiv metadata of paper notes; only plugin-owned properties change.',
  run: runRefreshMetadata,
};
