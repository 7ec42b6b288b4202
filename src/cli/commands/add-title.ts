import type { CliIo } from '../io';
import { EXIT_OK, EXIT_PROBLEMS } from '../io';
import type { VaultContext } from '../vault-context';
import { createAndReport } from './create-and-report';
import { explainMatch, findLine } from './find';

/**
 * `add --title`: a note for each title with a confident arXiv match; for the others the
 * candidates (or "nothing found") are printed and nothing is written.
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
  if (matches.some((m) => m.kind === 'unreachable')) io.err('Nothing was written for those titles; run the command again when arXiv answers.');
  const { summary } = await createAndReport(vault, ids, io, { quietWhenNone: true });
  return summary.problems.length === 0 && ids.length === matches.length ? EXIT_OK : EXIT_PROBLEMS;
}
