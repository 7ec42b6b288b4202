import { completePendingStubs } from '../app/complete-pending';
import { completePendingTitles } from '../app/complete-titles';
import { titleReportLines } from '../app/title-messages';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';
import type { VaultContext } from './vault-context';

/**
 * Fills in the vault's stub notes (queued in `.paper-distill/pending.json` or found by their
 * missing `arxiv_version`) and the notes whose title waits to be searched
 * (`.paper-distill/pending-titles.json`), and reports one line per note. Exit 1 while any stub or
 * title is left waiting, or a stub is unknown to arXiv.
 */
export async function completePendingNotes(vault: VaultContext, io: CliIo, opts: { quietWhenNone?: boolean } = {}): Promise<number> {
  const titles = await completePendingTitles({
    store: vault.store,
    titles: vault.titles,
    queue: vault.pendingTitles,
    citations: vault.citations,
    settings: () => vault.settings,
    links: vault.links,
    scholarly: vault.scholarly,
    scanVault: true,
  });
  const report = await completePendingStubs({
    store: vault.store,
    arxiv: vault.arxiv,
    citations: vault.citations,
    settings: () => vault.settings,
    pending: vault.pending,
    links: vault.links,
    scholarly: vault.scholarly,
  });
  await vault.links?.settled();
  await vault.scholarly?.settled();
  const byTitle = titleReportLines(titles);
  for (const line of byTitle.done) io.out(line);
  for (const line of byTitle.problems) io.err(line);
  if (titles.error !== null && titles.error !== report.error) io.err(titles.error);
  for (const s of report.completed) io.out(`Completed ${s.path} (arXiv ${s.id}).`);
  for (const s of report.notFound) io.err(`arXiv has no paper ${s.id}; ${s.path} stays a stub.`);
  for (const s of report.waiting) io.err(`Still pending: ${s.path} (arXiv ${s.id}).`);
  if (report.error !== null) io.err(report.error);
  for (const line of report.unreadable) io.err(line);
  const settledTitles = titles.notFound.length + titles.ambiguous.length + titles.elsewhere.length;
  const total = report.completed.length + report.notFound.length + report.waiting.length + report.unreadable.length + byTitle.done.length + byTitle.problems.length;
  if (total === 0) {
    if (opts.quietWhenNone !== true) io.out('No pending paper notes.');
    return EXIT_OK;
  }
  const parts = [`${report.completed.length + titles.completed.length} completed`];
  const waiting = report.waiting.length + titles.waiting.length;
  const unreadable = report.unreadable.length + titles.unreadable.length;
  if (waiting > 0) parts.push(`${waiting} still pending`);
  if (settledTitles > 0) parts.push(`${settledTitles} left without an arXiv ID`);
  if (report.notFound.length > 0) parts.push(`${report.notFound.length} not found on arXiv`);
  if (unreadable > 0) parts.push(`${unreadable} with unreadable properties`);
  io.out(`${parts.join(', ')}.`);
  return waiting + report.notFound.length + unreadable === 0 ? EXIT_OK : EXIT_PROBLEMS;
}
