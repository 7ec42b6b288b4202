import { resolvePaperRef } from '../../app/paper-ref';
import type { PdfOutcome } from '../../app/pdf-downloads';
import { describePdf, summarizePdfs } from '../../app/pdf-messages';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault, type VaultContext } from '../vault-context';
import { vaultRelative } from './reading';

const USAGE = 'pdf [<id|path>...] --vault DIR [--api URL [--min-interval MS] [--pdf-base URL]]';

/**
 * `pdf <id|path>...`: saves each paper note's PDF in the vault. With no notes named it tries the
 * downloads queued while arXiv was unreachable. Exit 1 when some PDF is not in the vault now.
 */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const { root, store, pdfs } = vault.value;
  if (args.positionals.length === 0) {
    const outcomes = await pdfs.retryQueued();
    if (outcomes.length === 0) {
      io.out('No queued PDFs.');
      return EXIT_OK;
    }
    return report(outcomes, io);
  }
  const paths: string[] = [];
  let unresolved = 0;
  for (const ref of args.positionals) {
    const path = await resolvePaperRef(store, await vaultRelative(root, ref));
    if (path.ok) paths.push(path.value);
    else {
      io.err(path.error.message);
      unresolved++;
    }
  }
  const code = await downloadPdfs(vault.value, paths, io);
  return unresolved > 0 ? EXIT_PROBLEMS : code;
}

/** Downloads with a progress line on stderr for several, one line per note and a summary. */
export async function downloadPdfs(vault: VaultContext, paths: readonly string[], io: CliIo): Promise<number> {
  if (paths.length === 0) return EXIT_OK;
  const outcomes = await vault.pdfs.download(paths, (done, total) => {
    if (total > 1 && done < total) io.err(`Downloaded ${done} of ${total} PDFs…`);
  });
  return report(outcomes, io);
}

function report(outcomes: readonly PdfOutcome[], io: CliIo): number {
  for (const o of outcomes) {
    if (o.kind === 'saved' || o.kind === 'existing') io.out(describePdf(o));
    else io.err(describePdf(o));
  }
  const summary = summarizePdfs(outcomes);
  io.out(summary.headline);
  return summary.problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

export const pdfCommand: CliCommand = {
  name: 'pdf',
  usage: USAGE,
  summary: 'Save the PDF of each named paper note (the version it records) in the vault and link it as pdf_file; with no notes, retry the queued downloads.',
  run,
};
