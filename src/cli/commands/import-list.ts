import { basename, extname } from 'node:path';
import { HF_DAILY_API, planHfDailyImport, planListImport } from '../../app/import-paper-list';
import type { ImportDeps, ImportPlan } from '../../app/import-reading-log';
import { isIsoDay } from '../../core/import/hf-daily-json';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { nodeClock } from '../node-clock';
import { openVault } from '../vault-context';
import { readImportText, runPlannedImport } from './planned-import';

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
  const deps: ImportDeps = {
    store: ctx.store,
    arxiv: ctx.arxiv,
    clock: nodeClock,
    settings: () => ctx.settings,
    titles: ctx.titles,
    citations: ctx.citations,
    pendingTitles: ctx.pendingTitles,
    ...(ctx.scholarly === undefined ? {} : { scholarly: ctx.scholarly }),
  };
  let plan: ImportPlan;
  if (day !== undefined) {
    const planned = await planHfDailyImport(day, ctx.http, hfDailyUrl(args), deps);
    if (!planned.ok) {
      io.err(planned.error.message);
      return EXIT_PROBLEMS;
    }
    plan = planned.value;
  } else {
    const text = await readImportText(file, io);
    if (text === null) {
      io.err(`Cannot read the paper list ${file}.`);
      return EXIT_USAGE;
    }
    plan = await planListImport(text, sourceName(file), deps);
  }
  return runPlannedImport(plan, deps, args, io);
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
  usage:
    'import-list FILE --vault DIR [--dry-run] [--api URL [--min-interval MS] [--openalex-api URL]]\n  paper-distill import-list --hf-daily YYYY-MM-DD --vault DIR [--dry-run] [--hf-api URL] [--api URL [--openalex-api URL]]',
  summary: 'One to-read note per paper of a list (a Hugging Face daily list copied as text, a channel digest, one-line entries, arXiv links, a reading log), found by id or title; or of Hugging Face daily papers of a day.',
  maxPositionals: 1,
  run,
};
