import type { CreateOutcome } from '../../app/create-paper-notes';
import { describeOutcome, summarizeOutcomes, type OutcomeSummary } from '../../app/outcome-messages';
import type { CliIo } from '../io';
import type { VaultContext } from '../vault-context';

/**
 * Creates the notes for `inputs` (ids, links) and prints what `add` prints: one line per paper
 * (notes made, kept or queued on stdout, the rest on stderr), the warnings, then the summary
 * (unless nothing was asked for and `quietWhenNone`).
 */
export async function createAndReport(
  vault: VaultContext,
  inputs: readonly string[],
  io: CliIo,
  opts: { quietWhenNone?: boolean } = {},
): Promise<{ outcomes: readonly CreateOutcome[]; summary: OutcomeSummary }> {
  const outcomes = await vault.creator.createFromInputs(inputs);
  await vault.creator.settled();
  for (const o of outcomes) {
    const line = describeOutcome(o);
    if (o.kind === 'created' || o.kind === 'existing' || o.kind === 'queued') io.out(line);
    else io.err(line);
  }
  const summary = summarizeOutcomes(outcomes);
  for (const warning of summary.warnings) io.err(warning);
  if (outcomes.length > 0 || opts.quietWhenNone !== true) io.out(summary.headline);
  return { outcomes, summary };
}
