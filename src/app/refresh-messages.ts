import type { RefreshOutcome } from './refresh-metadata';

/** One line per refreshed note, the same words in notices and CLI output. */
export function describeRefresh(o: RefreshOutcome): string {
  switch (o.kind) {
    case 'updated': {
      const extra = [o.publication === null ? null : capitalize(o.publication) + '.', o.version?.message ?? null];
      return [`Updated ${o.path}: ${o.changed.join(', ')}.`, ...extra].filter((s) => s !== null).join(' ');
    }
    case 'unchanged':
      return [`Up to date: ${o.path}.`, o.version?.message ?? null].filter((s) => s !== null).join(' ');
    case 'not-paper':
    case 'not-found':
    case 'unreadable':
      return o.message;
    case 'failed':
      return `${o.path} was not refreshed: ${o.message}`;
  }
}

export interface RefreshSummary {
  /** "3 updated, 5 up to date, 1 failed." */
  readonly headline: string;
  /** Newer versions and new journal publications: what the reader should look at. */
  readonly news: readonly string[];
  readonly problems: readonly string[];
}

export function summarizeRefresh(outcomes: readonly RefreshOutcome[]): RefreshSummary {
  const count = (kind: RefreshOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  const parts = (
    [
      [count('updated'), 'updated'],
      [count('unchanged'), 'up to date'],
      [count('not-found'), 'not found on arXiv'],
      [count('not-paper'), 'without an arXiv ID'],
      [count('unreadable'), 'with unreadable properties'],
      [count('failed'), 'failed'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`);
  const news = outcomes
    .filter((o) => (o.kind === 'updated' && (o.version !== null || o.publication !== null)) || (o.kind === 'unchanged' && o.version !== null))
    .map(describeRefresh);
  return {
    headline: parts.length === 0 ? 'No paper notes to refresh.' : `${parts.join(', ')}.`,
    news,
    problems: outcomes.filter((o) => o.kind === 'failed' || o.kind === 'not-found' || o.kind === 'not-paper' || o.kind === 'unreadable').map(describeRefresh),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
