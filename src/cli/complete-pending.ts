import { completePendingStubs } from '../app/complete-pending';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';
import type { VaultContext } from './vault-context';

/**
 * Fills in the vault's stub notes (queued in `.paper-distill/pending.json` or found by their
 * missing `arxiv_version`) and reports one line per note. Exit 1 while any stub is left.
 */
export async function completePendingNotes(vault: VaultContext, io: CliIo, opts: { quietWhenNone?: boolean } = {}): Promise<number> {
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
  for (const s of report.completed) io.out(`Completed ${s.path} (arXiv ${s.id}).`);
  for (const s of report.notFound) io.err(`arXiv has no paper ${s.id}; ${s.path} stays a stub.`);
  for (const s of report.waiting) io.err(`Still pending: ${s.path} (arXiv ${s.id}).`);
  if (report.error !== null) io.err(report.error);
  for (const line of report.unreadable) io.err(line);
  const total = report.completed.length + report.notFound.length + report.waiting.length + report.unreadable.length;
  if (total === 0) {
    if (opts.quietWhenNone !== true) io.out('No pending paper notes.');
    return EXIT_OK;
  }
  const parts = [`${report.completed.length} completed`];
  if (report.waiting.length > 0) parts.push(`${report.waiting.length} still pending`);
  if (report.notFound.length > 0) parts.push(`${report.notFound.length} not found on arXiv`);
  if (report.unreadable.length > 0) parts.push(`${report.unreadable.length} with unreadable properties`);
  io.out(`${parts.join(', ')}.`);
  return report.waiting.length + report.notFound.length + report.unreadable.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}
