import { Notice } from 'obsidian';
import type { CreateOutcome } from '../../app/create-paper-notes';
import { summarizeOutcomes } from '../../app/outcome-messages';
import type { PluginHost } from '../host';

type Host = Pick<PluginHost, 'services'>;

/**
 * Creates the notes for many inputs with one notice that counts up ("Creating paper notes: 3 of
 * 12…") and then gives way to the summary, with every problem listed.
 */
export async function createWithProgress(host: Host, inputs: readonly string[]): Promise<CreateOutcome[]> {
  const services = host.services();
  const progress = inputs.length > 1 ? new Notice(`Paper Distill: fetching ${inputs.length} papers from arXiv…`, 0) : null;
  let outcomes: CreateOutcome[];
  try {
    outcomes = await services.creator.createFromInputs(inputs, (done, total) => {
      progress?.setMessage(`Paper Distill: creating paper notes, ${done} of ${total}…`);
    });
  } finally {
    progress?.hide();
  }
  const summary = summarizeOutcomes(outcomes);
  const detail = summary.problems.length > 0 ? `\n${summary.problems.join('\n')}` : '';
  const message = `Paper Distill: ${summary.headline}${detail}`;
  if (summary.problems.length > 0) services.notifier.error(message);
  else services.notifier.info(message);
  return outcomes;
}

/** The note path of each paper that has a note now (created, found, or kept as a stub). */
export function notePathsById(outcomes: readonly CreateOutcome[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const o of outcomes) {
    if (o.kind === 'created' || o.kind === 'existing' || o.kind === 'queued') paths.set(o.id, o.path);
  }
  return paths;
}
