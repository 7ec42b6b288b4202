import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';
import { downloadPdfs } from './pdf';
import { addByTitle } from './add-title';
import { createAndReport } from './create-and-report';

async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) {
    io.err(`Usage: paper-distill ${addCommand.usage}`);
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  if (args.switches.has('title')) return addByTitle(vault.value, args.positionals, io);
  const { outcomes, summary } = await createAndReport(vault.value, args.positionals, io);
  const notes = outcomes.flatMap((o) => (o.kind === 'created' || o.kind === 'existing' || o.kind === 'queued' ? [o.path] : []));
  // --pdf, or the "Save PDFs in the vault" setting of the vault's plugin.
  const pdfs = args.switches.has('pdf') || vault.value.settings.savePdfs ? await downloadPdfs(vault.value, notes, io) : EXIT_OK;
  return summary.problems.length === 0 && pdfs === EXIT_OK ? EXIT_OK : EXIT_PROBLEMS;
}

export const addCommand: CliCommand = {
  name: 'add',
  usage: 'add <id|url>... --vault DIR [--pdf] [--timeout SECONDS] [--api URL [--min-interval MS]] [--hf-api URL] [--openalex-api URL] [--pdf-base URL]\n  paper-distill add --title "TITLE"... --vault DIR [--api URL [--min-interval MS]] [--timeout SECONDS]',
  summary:
    'Create a paper note per arXiv paper; an existing note for the same paper is kept. Offline, a stub is written and queued for `refresh`. With --title, each argument is a title: a note for a confident arXiv match, else the candidates are printed and nothing is written.',
  run,
};
