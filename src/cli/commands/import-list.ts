import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { previewLines, summarizeImport } from '../../app/import-messages';
import { HF_DAILY_API, planHfDailyImport, planListImport } from '../../app/import-paper-list';
import { executeImport, type ImportDeps, type ImportPlan } from '../../app/import-reading-log';
import { isIsoDay } from '../../core/import/hf-daily-json';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { nodeClock } from '../node-clock';
import { openVault } from '../vault-context';

async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const [file, ...extra] = args.positionals;
  const day = args.options.get('hf-daily');
  if ((file === undefined) === (day === undefined) || extra.length > 0) {
    io.err(`Usage: paper-distill ${importListCommand.usage}`);
    return EXIT_USAGE;
  }
  if (day !== undefined && !isIsoDay(day)) {
    io.err(`--hf-daily needs a day as YYYY-MM-DD, not "${day}".`);
    return EXIT_USAGE;
  }
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const ctx = vault.value;
  const deps: ImportDeps = { store: ctx.store, arxiv: ctx.arxiv, clock: nodeClock, settings: () => ctx.settings, titles: ctx.titles, citations: ctx.citations };
  let plan: ImportPlan;
  if (day !== undefined) {
    const planned = await planHfDailyImport(day, ctx.http, hfDailyUrl(args), deps);
    if (!planned.ok) {
      io.err(planned.error.message);
      return EXIT_PROBLEMS;
    }
    plan = planned.value;
  } else {
    const text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8').catch(() => null);
    if (text === null) {
      io.err(`Cannot read the paper list ${file}.`);
      return EXIT_USAGE;
    }
    plan = await planListImport(text, sourceName(file), deps);
  }
  return finish(plan, deps, args, io);
}

async function finish(plan: ImportPlan, deps: ImportDeps, args: ParsedArgs, io: CliIo): Promise<number> {
  for (const line of previewLines(plan)) io.out(line);
  if (args.switches.has('dry-run')) {
    io.out('Dry run: nothing was written.');
    return EXIT_OK;
  }
  const result = await executeImport(plan, deps);
  const summary = summarizeImport(plan, result);
  io.out(summary.headline);
  for (const line of summary.details) io.err(line);
  return summary.problems ? EXIT_PROBLEMS : EXIT_OK;
}

/** The daily papers endpoint beside the paper API named by --hf-api (`…/api/papers/` → `…/api/daily_papers`). */
function hfDailyUrl(args: ParsedArgs): string {
  const hf = args.options.get('hf-api');
  if (hf === undefined) return HF_DAILY_API;
  return `${hf.replace(/\/?$/, '/').replace(/papers\/$/, '')}daily_papers`;
}

function sourceName(file: string): string {
  return file === '-' ? 'the list' : basename(file, extname(file));
}

export const importListCommand: CliCommand = {
  name: 'import-list',
  usage: 'import-list FILE --vault DIR [--dry-run] [--api URL [--min-interval MS]]\n  paper-distill import-list --hf-daily YYYY-MM-DD --vault DIR [--dry-run] [--hf-api URL]',
  summary: 'One to-read note per paper of a list (a Hugging Face daily list copied as text, a channel digest, one-line entries, arXiv links, a reading log), found by id or title; or of Hugging Face daily papers of a day.',
  maxPositionals: 1,
  run,
};
