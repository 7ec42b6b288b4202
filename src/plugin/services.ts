import type { App } from 'obsidian';
import { arxivTimeouts, ArxivApiClient, DEFAULT_ARXIV_OPTIONS } from '../app/arxiv-api-client';
import { CachingArxivClient } from '../app/caching-arxiv-client';
import { completePendingStubs, type CompleteDeps, type PendingReport } from '../app/complete-pending';
import { completePendingTitles, type TitleReport } from '../app/complete-titles';
import { createCitationEngine, type CitationEngine } from '../app/citation-engine';
import { PaperNoteCreator } from '../app/create-paper-notes';
import { HuggingFaceLinkSource } from '../app/hf-links';
import { LinkEnricher } from '../app/link-enricher';
import { OPENALEX_MIN_INTERVAL_MS, OpenAlexClient } from '../app/openalex-client';
import { ScholarlyEnricher } from '../app/scholarly-enricher';
import { PdfDownloader } from '../app/pdf-downloads';
import { withByteExactFrontmatter } from '../app/byte-exact-frontmatter';
import { ARXIV_PDF_BASE } from '../core/pdf/pdf-file';
import { VaultBinaryStore } from './vault-binary-store';
import { downloadWithProgress } from './pdf/pdf-progress';
import { MemoryPendingStore, PendingQueue, type PendingStore } from '../app/pending-queue';
import { PoliteQueue } from '../app/polite-queue';
import { ReadingActions } from '../app/reading-actions';
import type { HttpTransport } from '../app/ports';
import { ArxivTitleSearch, type TitleSearch } from '../app/title-search';
import { windowClock } from './adapters/window-clock';
import type { Settings } from '../core/settings';
import { NoticeNotifier } from './adapters/notice-notifier';
import { RequestUrlTransport } from './adapters/request-url-transport';
import { saveOpenEditors } from './template/active-note';
import { VaultNoteStore } from './vault-note-store';

/** What one round of filling in stubs and queued titles did. */
export type CompletionReport = PendingReport & { readonly titles: TitleReport };

/** arXiv asks for at most one request every three seconds. */
export const ARXIV_MIN_INTERVAL_MS = 3_000;
/** Hugging Face states no limit; its own queue at one a second never delays arXiv's. */
export const HF_MIN_INTERVAL_MS = 1_000;

/**
 * Everything the commands use, built on first use rather than in `onload`, so that enabling the
 * plugin costs no network and no citation-engine load.
 */
export class Services {
  readonly notifier = new NoticeNotifier();
  readonly store: VaultNoteStore;
  readonly creator: PaperNoteCreator;
  /** arXiv behind a session cache: a paper fetched once is not fetched again until restart. */
  readonly arxiv: CachingArxivClient;
  readonly citations: CitationEngine = createCitationEngine();
  /** Stubs waiting for arXiv, kept in data.json. */
  readonly pending: PendingQueue;
  /** Notes whose title waits to be searched on arXiv, kept in data.json. */
  readonly pendingTitles: PendingQueue;
  readonly links: LinkEnricher;
  /** Citations, venue and work id from OpenAlex (setting), on its own queue at ten a second. */
  readonly scholarly: ScholarlyEnricher;
  /** PDFs into the vault, on arXiv's queue; downloads waiting for the network are kept in data.json. */
  readonly pdfs: PdfDownloader;
  /** Rating, reading status and tags of paper notes (commands, paper card, dashboard). */
  readonly reading: ReadingActions;
  /** Papers found by title, paced by the same queue as every arXiv request. */
  readonly titles: TitleSearch;
  /** Plain HTTP (Hugging Face's daily papers). */
  readonly http: HttpTransport;

  constructor(
    app: App,
    settings: () => Settings,
    pendingStore: PendingStore = new MemoryPendingStore(),
    pdfPendingStore: PendingStore = new MemoryPendingStore(),
    titlePendingStore: PendingStore = new MemoryPendingStore(),
  ) {
    // Typing in an open note is saved before any write to it, or the write would reload the editor over it.
    this.store = new VaultNoteStore(app, (path) => saveOpenEditors(app, path));
    const queue = new PoliteQueue(windowClock, ARXIV_MIN_INTERVAL_MS);
    const options = {
      ...DEFAULT_ARXIV_OPTIONS,
      // Read on every request so a changed endpoint applies without rebuilding the shared queue.
      get apiUrl() {
        return settings().apiUrl;
      },
      get timeoutMs() {
        return arxivTimeouts(settings().arxivTimeoutSeconds).timeoutMs;
      },
      get totalTimeoutMs() {
        return arxivTimeouts(settings().arxivTimeoutSeconds).totalTimeoutMs;
      },
    };
    const http = new RequestUrlTransport();
    this.arxiv = new CachingArxivClient(new ArxivApiClient(http, queue, windowClock, options));
    this.pending = new PendingQueue(pendingStore);
    this.pendingTitles = new PendingQueue(titlePendingStore);
    this.http = http;
    this.titles = new ArxivTitleSearch(http, queue, windowClock, options);
    this.links = new LinkEnricher(new HuggingFaceLinkSource(http, new PoliteQueue(windowClock, HF_MIN_INTERVAL_MS)), windowClock);
    const openAlex = new OpenAlexClient(http, new PoliteQueue(windowClock, OPENALEX_MIN_INTERVAL_MS), undefined, () => settings().openAlexMailto);
    this.scholarly = new ScholarlyEnricher(openAlex, windowClock, () => settings().openAlex);
    this.creator = new PaperNoteCreator({
      store: this.store,
      arxiv: this.arxiv,
      citations: this.citations,
      clock: windowClock,
      settings,
      pending: this.pending,
      links: this.links,
      scholarly: this.scholarly,
      afterWrite: (paths) => {
        if (settings().savePdfs) void downloadWithProgress(this.pdfs, this.notifier, paths);
      },
    });
    this.pdfs = new PdfDownloader({
      store: withByteExactFrontmatter(this.store),
      files: new VaultBinaryStore(app.vault),
      http,
      queue,
      clock: windowClock,
      settings,
      pdfBase: () => ARXIV_PDF_BASE,
      pending: new PendingQueue(pdfPendingStore),
    });
    this.reading = new ReadingActions({ store: this.store, clock: windowClock, settings });
    this.settings = settings;
  }

  private readonly settings: () => Settings;

  private stubRun: Promise<CompletionReport> | null = null;

  /**
   * Fills in stub notes, and the notes whose title could not be searched; one run at a time for
   * the whole plugin, so the timer and a refresh command never ask arXiv for the same papers
   * twice. A caller arriving mid-run shares it.
   */
  completeStubs(skip: ReadonlySet<string> = new Set()): Promise<CompletionReport> {
    this.stubRun ??= (async () => {
      const titles = await completePendingTitles({
        store: this.store,
        titles: this.titles,
        queue: this.pendingTitles,
        citations: this.citations,
        settings: this.settings,
        links: this.links,
        scholarly: this.scholarly,
      });
      return { ...(await completePendingStubs(this.stubDeps(), skip)), titles };
    })().finally(() => {
      this.stubRun = null;
    });
    return this.stubRun;
  }

  /** What filling in stubs needs. */
  stubDeps(): CompleteDeps {
    return {
      store: this.store,
      arxiv: this.arxiv,
      citations: this.citations,
      settings: this.settings,
      pending: this.pending,
      links: this.links,
      scholarly: this.scholarly,
    };
  }
}
