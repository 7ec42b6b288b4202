import { Notice } from 'obsidian';
import type { PdfDownloader, PdfOutcome } from '../../app/pdf-downloads';
import { summarizePdfs } from '../../app/pdf-messages';
import type { Notifier } from '../../app/ports';
import { clipLines } from '../commands/active-paper';

/**
 * Downloads with one notice that counts up for several PDFs ("2 of 5…", arXiv's pace makes each
 * take seconds), then one summary naming every problem.
 */
export async function downloadWithProgress(pdfs: PdfDownloader, notifier: Notifier, notePaths: readonly string[]): Promise<PdfOutcome[]> {
  if (notePaths.length === 0) return [];
  const progress = notePaths.length > 1 ? new Notice(`Paper Distill: downloading ${notePaths.length} PDFs…`, 0) : null;
  let outcomes: PdfOutcome[];
  try {
    outcomes = await pdfs.download(notePaths, (done, total) => progress?.setMessage(`Paper Distill: downloading PDFs, ${done} of ${total}…`));
  } finally {
    progress?.hide();
  }
  const summary = summarizePdfs(outcomes);
  const message = [`Paper Distill: ${summary.headline}`, ...clipLines(summary.problems)].join('\n');
  if (summary.problems.length > 0) notifier.error(message);
  else notifier.info(message);
  return outcomes;
}
