import type { PdfOutcome } from './pdf-downloads';

/** One line per note, the same in notices and on the CLI. */
export function describePdf(o: PdfOutcome): string {
  switch (o.kind) {
    case 'saved':
      return `Saved ${o.pdfPath} for ${o.notePath}.`;
    case 'existing':
      return `Already in the vault: ${o.pdfPath} (${o.notePath}).`;
    case 'queued':
      return `Queued for later: ${o.notePath}. ${o.message}`;
    case 'refused':
    case 'failed':
      return o.message;
  }
}

export interface PdfSummary {
  readonly headline: string;
  /** Sentences for every note whose PDF is not in the vault now. */
  readonly problems: readonly string[];
}

export function summarizePdfs(outcomes: readonly PdfOutcome[]): PdfSummary {
  const count = (kind: PdfOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  const parts: string[] = [];
  const saved = count('saved');
  parts.push(`${saved} ${saved === 1 ? 'PDF' : 'PDFs'} saved`);
  if (count('existing') > 0) parts.push(`${count('existing')} already in the vault`);
  if (count('queued') > 0) parts.push(`${count('queued')} queued for later`);
  if (count('refused') > 0) parts.push(`${count('refused')} refused`);
  if (count('failed') > 0) parts.push(`${count('failed')} failed`);
  const problems = outcomes.filter((o) => o.kind === 'queued' || o.kind === 'refused' || o.kind === 'failed').map(describePdf);
  return { headline: `${parts.join(', ')}.`, problems };
}
