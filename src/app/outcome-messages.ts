import type { CreateOutcome } from './create-paper-notes';

/** One line per outcome, the same words in notices and CLI output. */
export function describeOutcome(o: CreateOutcome): string {
  switch (o.kind) {
    case 'created':
      return `Created ${o.path} (arXiv ${o.id}).`;
    case 'existing':
      return `Already there: ${o.path} (arXiv ${o.id}).`;
    case 'queued':
      return `Queued for later: ${o.path} (arXiv ${o.id}) was created without metadata. ${o.message} It is filled in when arXiv answers again.`;
    case 'not-found':
      return o.message;
    case 'invalid':
      return `Not an arXiv link: "${clip(o.input)}". ${o.message}`;
    case 'failed':
      return `arXiv ${o.id} failed: ${o.message}`;
  }
}

export interface OutcomeSummary {
  /** Short sentence for a notice: "2 created, 1 already there, 1 failed." */
  readonly headline: string;
  /** The note to open afterwards: the first created or found one. */
  readonly openPath: string | null;
  readonly problems: readonly string[];
  /** Template and file-name warnings of the created notes, each once. */
  readonly warnings: readonly string[];
}

export function summarizeOutcomes(outcomes: readonly CreateOutcome[]): OutcomeSummary {
  const count = (kind: CreateOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  const parts = [
    [count('created'), 'created'],
    [count('existing'), 'already there'],
    [count('queued'), 'queued for later'],
    [count('not-found'), 'not found on arXiv'],
    [count('invalid'), 'not recognised'],
    [count('failed'), 'failed'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, label]) => `${n} ${label}`);
  const open = outcomes.find((o) => o.kind === 'created' || o.kind === 'existing' || o.kind === 'queued');
  return {
    headline: parts.length === 0 ? 'No arXiv links given.' : `${parts.join(', ')}.`,
    openPath: open && 'path' in open ? open.path : null,
    problems: outcomes.filter((o) => o.kind !== 'created' && o.kind !== 'existing').map(describeOutcome),
    warnings: [...new Set(outcomes.flatMap((o) => (o.kind === 'created' ? (o.warnings ?? []) : [])))],
  };
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
