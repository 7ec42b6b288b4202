import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { arxivTimeouts, ArxivApiClient, DEFAULT_ARXIV_OPTIONS, type ArxivApiOptions } from '../app/arxiv-api-client';
import { ArxivTitleSearch } from '../app/title-search';
import { CachingArxivClient } from '../app/caching-arxiv-client';
import { createCitationEngine, type CitationEngine } from '../app/citation-engine';
import { PaperNoteCreator } from '../app/create-paper-notes';
import { HF_PAPERS_API, HuggingFaceLinkSource } from '../app/hf-links';
import { LinkEnricher } from '../app/link-enricher';
import { OPENALEX_MIN_INTERVAL_MS, OPENALEX_WORKS_API, OpenAlexClient } from '../app/openalex-client';
import { ScholarlyEnricher } from '../app/scholarly-enricher';
import { PdfDownloader } from '../app/pdf-downloads';
import { ARXIV_PDF_BASE } from '../core/pdf/pdf-file';
import { PendingQueue } from '../app/pending-queue';
import { PoliteQueue } from '../app/polite-queue';
import { nodeClock } from './node-clock';
import { err, ok, type Result } from '../core/result';
import { MAX_ARXIV_TIMEOUT_SECONDS, normalizeSettings, type Settings } from '../core/settings';
import type { ParsedArgs } from './args';
import { DiskNoteStore } from './disk-note-store';
import { FetchTransport } from './fetch-transport';
import { PENDING_PDF_FILE, PENDING_TITLES_FILE, PendingFile } from './pending-file';

/** arXiv's terms: one request every three seconds. Only a custom --api may go faster. */
const ARXIV_MIN_INTERVAL_MS = 3_000;
/** Hugging Face states no limit; one request a second is gentle and keeps imports quick. */
const HF_MIN_INTERVAL_MS = 1_000;

export interface VaultContext {
  readonly root: string;
  readonly settings: Settings;
  readonly store: DiskNoteStore;
  readonly arxiv: CachingArxivClient;
  /** Request counts, for diagnostics. */
  readonly api: ArxivApiClient;
  readonly citations: CitationEngine;
  readonly pending: PendingQueue;
  /** Notes waiting for their title to be searched on arXiv (`.paper-distill/pending-titles.json`). */
  readonly pendingTitles: PendingQueue;
  readonly links: LinkEnricher | undefined;
  readonly scholarly: ScholarlyEnricher | undefined;
  readonly creator: PaperNoteCreator;
  /** PDFs into the vault, on arXiv's queue. */
  readonly pdfs: PdfDownloader;
  /** Title search through the same pace as every other arXiv request; its finds prime the cache. */
  readonly titles: ArxivTitleSearch;
  /** Plain HTTP (Hugging Face's daily papers). */
  readonly http: FetchTransport;
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
  const customApi = args.options.get('api');
  const interval = minInterval(args, customApi !== undefined);
  if (!interval.ok) return interval;
  const timeout = timeoutOption(args, settings.arxivTimeoutSeconds);
  if (!timeout.ok) return timeout;
  const store = new DiskNoteStore(root);
  const http = new FetchTransport();
  const pdfBase = args.options.get('pdf-base');
  if (pdfBase !== undefined && customApi === undefined) return err('IO', '--pdf-base is only allowed together with --api.');
  const queue = new PoliteQueue(nodeClock, interval.value);
  const options = { ...apiOptions(customApi ?? settings.apiUrl, customApi !== undefined, interval.value), ...timeout.value };
  const api = new ArxivApiClient(http, queue, nodeClock, options);
  const titles = new ArxivTitleSearch(http, queue, nodeClock, options);
  const arxiv = new CachingArxivClient(api);
  const citations = createCitationEngine();
  const pending = new PendingQueue(new PendingFile(root));
  const pendingTitles = new PendingQueue(new PendingFile(root, PENDING_TITLES_FILE));
  const links = linkEnricher(args, settings, customApi !== undefined, http);
  const scholarly = scholarlyEnricher(args, settings, customApi !== undefined, http);
  if (!scholarly.ok) return scholarly;
  const creator = new PaperNoteCreator({ store, arxiv, citations, clock: nodeClock, settings: () => settings, pending, links, scholarly: scholarly.value });
  const pdfs = new PdfDownloader({
    store,
    files: store,
    http,
    queue,
    clock: nodeClock,
    settings: () => settings,
    pdfBase: () => pdfBase ?? ARXIV_PDF_BASE,
    pending: new PendingQueue(new PendingFile(root, PENDING_PDF_FILE)),
  });
  return ok({ root, settings, store, arxiv, api, citations, pending, pendingTitles, links, scholarly: scholarly.value, creator, titles, http, pdfs });
}

/** Title search without a vault (`find`): arXiv, or --api at --min-interval. */
export function openTitleSearch(args: ParsedArgs): Result<ArxivTitleSearch> {
  const customApi = args.options.get('api');
  const interval = minInterval(args, customApi !== undefined);
  if (!interval.ok) return interval;
  const timeout = timeoutOption(args, DEFAULT_ARXIV_OPTIONS.totalTimeoutMs / 1000);
  if (!timeout.ok) return timeout;
  const options = { ...apiOptions(customApi ?? DEFAULT_ARXIV_OPTIONS.apiUrl, customApi !== undefined, interval.value), ...timeout.value };
  return ok(new ArxivTitleSearch(new FetchTransport(), new PoliteQueue(nodeClock, interval.value), nodeClock, options));
}

function apiOptions(apiUrl: string, custom: boolean, intervalMs: number): ArxivApiOptions {
  // A test server answers at once; backing off for seconds would only slow the test down.
  const backoffMs = custom ? Math.min(DEFAULT_ARXIV_OPTIONS.backoffMs, intervalMs) : DEFAULT_ARXIV_OPTIONS.backoffMs;
  return { ...DEFAULT_ARXIV_OPTIONS, apiUrl, backoffMs };
}

/**
 * Hugging Face links, unless the settings turn them off. With a custom --api (a mirror or a test
 * server) they are off too unless --hf-api names a matching endpoint, so a test never reaches out.
 */
function linkEnricher(args: ParsedArgs, settings: Settings, customApi: boolean, http: FetchTransport): LinkEnricher | undefined {
  const hfApi = args.options.get('hf-api');
  if (!settings.huggingFaceLinks || (customApi && hfApi === undefined)) return undefined;
  const base = hfApi === undefined ? HF_PAPERS_API : hfApi.replace(/\/?$/, '/');
  const source = new HuggingFaceLinkSource(http, new PoliteQueue(nodeClock, hfApi === undefined ? HF_MIN_INTERVAL_MS : 0), () => base);
  return new LinkEnricher(source, budgetClock);
}

// A budget timer must not keep the process alive once the answers are in.
const budgetClock = { ...nodeClock, sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms).unref()) };

/**
 * OpenAlex facts, unless the settings turn them off. Like Hugging Face, a custom --api means no
 * OpenAlex unless --openalex-api names one; --openalex-api alone would send the test's papers to
 * arXiv itself, so it is refused.
 */
function scholarlyEnricher(args: ParsedArgs, settings: Settings, customApi: boolean, http: FetchTransport): Result<ScholarlyEnricher | undefined> {
  const custom = args.options.get('openalex-api');
  if (custom !== undefined && !customApi) return err('IO', '--openalex-api is only allowed together with --api.');
  if (!settings.openAlex || (customApi && custom === undefined)) return ok(undefined);
  const endpoint = custom ?? OPENALEX_WORKS_API;
  const queue = new PoliteQueue(nodeClock, OPENALEX_MIN_INTERVAL_MS);
  const source = new OpenAlexClient(http, queue, () => endpoint, () => settings.openAlexMailto);
  return ok(new ScholarlyEnricher(source, budgetClock));
}

function minInterval(args: ParsedArgs, customApi: boolean): Result<number> {
  const raw = args.options.get('min-interval');
  if (raw === undefined) return ok(ARXIV_MIN_INTERVAL_MS);
  if (!customApi) return err('IO', '--min-interval is only allowed together with --api (arXiv asks for 3 s between requests).');
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) return err('IO', `--min-interval needs a number of milliseconds, not "${raw}".`);
  return ok(ms);
}

/**
 * `--timeout SECONDS` (else the vault's setting): the whole budget of one batch, retries included;
 * no single request may take longer either.
 */
function timeoutOption(args: ParsedArgs, fromSettings: number): Result<{ timeoutMs: number; totalTimeoutMs: number }> {
  const raw = args.options.get('timeout');
  const seconds = raw === undefined ? fromSettings : Number(raw);
  if (raw !== undefined && (!/^\d*\.?\d+$/.test(raw.trim()) || !(seconds > 0) || seconds > MAX_ARXIV_TIMEOUT_SECONDS)) {
    return err('IO', `--timeout needs a number of seconds above 0 and at most ${MAX_ARXIV_TIMEOUT_SECONDS}, not "${raw}".`);
  }
  return ok(arxivTimeouts(seconds));
}

async function readPluginData(root: string): Promise<unknown> {
  const file = join(root, '.obsidian', 'plugins', 'paper-distill', 'data.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
