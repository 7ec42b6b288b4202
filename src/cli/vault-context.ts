import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArxivApiClient, DEFAULT_ARXIV_OPTIONS } from '../app/arxiv-api-client';
import { createCitationEngine } from '../app/citation-engine';
import { PaperNoteCreator } from '../app/create-paper-notes';
import { PoliteQueue } from '../app/polite-queue';
import { nodeClock } from './node-clock';
import { err, ok, type Result } from '../core/result';
import { normalizeSettings, type Settings } from '../core/settings';
import type { ParsedArgs } from './args';
import { DiskNoteStore } from './disk-note-store';
import { FetchTransport } from './fetch-transport';

/** arXiv's terms: one request every three seconds. Only a custom --api may go faster. */
const ARXIV_MIN_INTERVAL_MS = 3_000;

export interface VaultContext {
  readonly root: string;
  readonly settings: Settings;
  readonly store: DiskNoteStore;
  readonly arxiv: ArxivApiClient;
  readonly creator: PaperNoteCreator;
}

/**
 * The same services the plugin builds, over a vault folder. Settings come from the plugin's own
 * data.json when the vault has one, so the CLI writes the notes Obsidian would.
 */
export async function openVault(args: ParsedArgs): Promise<Result<VaultContext>> {
  const dir = args.options.get('vault');
  if (dir === undefined) return err('IO', 'Missing --vault DIR (the vault folder to write notes into).');
  const root = resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) return err('IO', `The vault folder ${dir} does not exist.`);

  const settings = normalizeSettings(await readPluginData(root));
  const api = args.options.get('api');
  const interval = minInterval(args, api !== undefined);
  if (!interval.ok) return interval;
  const store = new DiskNoteStore(root);
  const arxiv = new ArxivApiClient(new FetchTransport(), new PoliteQueue(nodeClock, interval.value), nodeClock, {
    ...DEFAULT_ARXIV_OPTIONS,
    apiUrl: api ?? settings.apiUrl,
    // A test server answers at once; backing off for seconds would only slow the test down.
    backoffMs: api !== undefined ? Math.min(DEFAULT_ARXIV_OPTIONS.backoffMs, interval.value) : DEFAULT_ARXIV_OPTIONS.backoffMs,
  });
  const creator = new PaperNoteCreator({
    store,
    arxiv,
    citations: createCitationEngine(),
    clock: nodeClock,
    settings: () => settings,
  });
  return ok({ root, settings, store, arxiv, creator });
}

function minInterval(args: ParsedArgs, customApi: boolean): Result<number> {
  const raw = args.options.get('min-interval');
  if (raw === undefined) return ok(ARXIV_MIN_INTERVAL_MS);
  if (!customApi) return err('IO', '--min-interval is only allowed together with --api (arXiv asks for 3 s between requests).');
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) return err('IO', `--min-interval needs a number of milliseconds, not "${raw}".`);
  return ok(ms);
}

async function readPluginData(root: string): Promise<unknown> {
  const file = join(root, '.obsidian', 'plugins', 'paper-distill', 'data.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
