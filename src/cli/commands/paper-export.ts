import { writeFile } from 'node:fs/promises';
import { createCitationEngine } from '../../app/citation-engine';
import { exportNotes, exportPapers, loadPaperCollection, queryFromFilter } from '../../app/paper-collection';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/dashboard/export';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

/** `export --format bibtex|csl-json|annotated [--filter TEXT] --vault DIR [--out FILE]`. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.options.get('format');
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    io.err(`Choose the export format with --format ${EXPORT_FORMATS.join('|')}${format === undefined ? '' : ` (not "${format}")`}.`);
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const query = queryFromFilter(args.options.get('filter'));
  if (!query.ok) {
    io.err(query.error.message);
    return EXIT_USAGE;
  }
  const { settings, store } = vault.value;
  const notes = exportNotes(await loadPaperCollection(store, settings), query.value);
  const text = await exportPapers(format as ExportFormat, notes, createCitationEngine(), settings);
  const out = args.options.get('out');
  if (out === undefined) {
    io.out(text.replace(/\n$/, ''));
  } else {
    try {
      await writeFile(out, text, 'utf8');
    } catch (e) {
      io.err(`Could not write ${out}: ${e instanceof Error ? e.message : String(e)}.`);
      return EXIT_PROBLEMS;
    }
    io.out(`Exported ${notes.length} papers to ${out}.`);
  }
  return EXIT_OK;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --format bibtex|csl-json|annotated --vault DIR [--filter TEXT] [--out FILE]',
  summary: 'Export the papers matching a filter as BibTeX, CSL-JSON or an annotated bibliography (stdout or --out).',
  run,
};
