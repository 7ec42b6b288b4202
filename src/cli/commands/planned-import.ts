import { readFile } from 'node:fs/promises';
import { previewLines, summarizeImport } from '../../app/import-messages';
import { executeImport, type ImportDeps, type ImportPlan } from '../../app/import-reading-log';
import type { ParsedArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io';

/**
 * The tail `import-log` and `import-list` share: the preview, then (unless `--dry-run`) the
 * notes written and the summary, the details on stderr. Exit 1 when an entry needs attention.
 */
export async function runPlannedImport(plan: ImportPlan, deps: ImportDeps, args: ParsedArgs, io: CliIo): Promise<number> {
  for (const line of previewLines(plan)) io.out(line);
  if (args.switches.has('dry-run')) {
    io.out('Dry run: nothing was written.');
    return EXIT_OK;
  }
  const result = await executeImport(plan, deps);
  // OpenAlex answers that outlived their budget are written before the process ends.
  await deps.scholarly?.settled();
  const summary = summarizeImport(plan, result);
  io.out(summary.headline);
  for (const line of summary.details) io.err(line);
  return summary.problems ? EXIT_PROBLEMS : EXIT_OK;
}

/** The text of FILE, or of stdin for `-`; null when the file cannot be read. */
export function readImportText(file: string, io: CliIo): Promise<string | null> {
  return file === '-' ? io.readStdin() : readFile(file, 'utf8').catch(() => null);
}
