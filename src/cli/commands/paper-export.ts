import { writeFile } from 'node:fs/promises';
import { exportNotes, exportPapers } from '../../app/paper-collection';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/dashboard/export';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { filteredPapers } from '../filtered-papers';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';

/** `export --format bibtex|csl-json|annotated [--filter TEXT] --vault DIR [--out FILE]`. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.options.get('format');
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    io.err(`Choose the export format with --format ${EXPORT_FORMATS.join('|')}${format === undefined ? '' : ` (not "${format}")`}.`);
    return EXIT_USAGE;
  }
  const found = await filteredPapers(args, io);
  if (typeof found === 'number') return found;
  const { settings, citations } = found.vault;
  const notes = exportNotes(found.collection, found.query);
  const text = await exportPapers(format as ExportFormat, notes, citations, settings);
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
  maxPositionals: 0,
  run,
};
