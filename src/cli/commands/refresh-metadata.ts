import { describeRefresh, summarizeRefresh } from '../../app/refresh-messages';
import { MetadataRefresher, resolveNoteArgument, type RefreshOutcome } from '../../app/refresh-metadata';
import type { ParsedArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io';
import type { VaultContext } from '../vault-context';


/**
 * `paper-distill refresh <id|path>... --vault DIR` and `refresh --all --vault DIR`: refreshes the
 * plugin-owned keys of paper notes from arXiv, byte for byte elsewhere (DiskNoteStore edits only
 * the keys that changed). It takes the vault the `refresh` command opened, so pending stubs and
 * refreshed notes share one paced arXiv queue.
 * Exit status: 0 when every note was refreshed or up to date, 1 when some failed.
 */
export async function refreshNotesIn(
  vault: VaultContext,
  args: ParsedArgs,
  io: CliIo,
  alreadyNamedUnreadable: ReadonlySet<string> = new Set(),
): Promise<number> {
  const all = args.switches.has('all');
  const { store, arxiv } = vault;
  const refresher = new MetadataRefresher({ store, arxiv: arxiv.fresh, scholarly: vault.scholarly });
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
  const refreshedOutcomes = await refresher.refreshPaths(paths, progress);
  const outcomes = [...unresolved, ...refreshedOutcomes.filter((o) => !(o.kind === 'unreadable' && alreadyNamedUnreadable.has(o.path)))];
  await vault.scholarly?.settled();
  for (const o of outcomes) {
    const line = describeRefresh(o);
    if (o.kind === 'updated' || o.kind === 'unchanged') io.out(line);
    else io.err(line);
  }
  const summary = summarizeRefresh(outcomes);
  io.out(summary.headline);
  return summary.problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}
