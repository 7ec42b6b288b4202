import { describeTitleStub } from '../../app/title-messages';
import type { TitleMatch } from '../../app/title-search';
import { writeTitleStubs } from '../../app/title-stubs';
import type { CliIo } from '../io';
import { nodeClock } from '../node-clock';
import { EXIT_OK, EXIT_PROBLEMS } from '../io';
import type { VaultContext } from '../vault-context';
import { createAndReport } from './create-and-report';
import { explainMatch, findLine } from './find';

/**
 * `add --title`: a note for each title with a confident arXiv match; for the others the
 * candidates (or "nothing found") are printed and nothing is written. A title arXiv could not be
 * searched for is kept as a title stub and completed by `refresh`.
 */
export async function addByTitle(vault: VaultContext, titles: readonly string[], io: CliIo): Promise<number> {
  const matches = await vault.titles.findTitles(titles);
  const ids: string[] = [];
  for (const match of matches) {
    if (match.kind === 'matched') {
      // The search already brought the whole entry: creating the note costs no second request.
      vault.arxiv.prime([match.entry]);
      ids.push(match.id);
    } else {
      io.out(findLine(match));
      explainMatch(match, io);
    }
  }
  const { summary } = await createAndReport(vault, ids, io, { quietWhenNone: true });
  const kept = await keepUnsearched(vault, matches, io);
  return summary.problems.length === 0 && ids.length === matches.length && kept ? EXIT_OK : EXIT_PROBLEMS;
}

/**
 * Titles arXiv could not be searched for are not dropped: each becomes a title stub, queued for
 * `refresh`, which searches again and completes the note. True when there were none.
 */
async function keepUnsearched(vault: VaultContext, matches: readonly TitleMatch[], io: CliIo): Promise<boolean> {
  const unsearched = matches.flatMap((m) => (m.kind === 'unreachable' ? [m] : []));
  if (unsearched.length === 0) return true;
  const reason = unsearched[0].error.message;
  const deps = { store: vault.store, clock: nodeClock, settings: () => vault.settings, pendingTitles: vault.pendingTitles };
  for (const o of await writeTitleStubs(deps, unsearched.map((m) => m.query))) {
    const line = describeTitleStub(o, reason);
    if (o.kind === 'failed') io.err(line);
    else io.out(line);
  }
  return false;
}
