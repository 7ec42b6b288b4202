import type { App } from 'obsidian';
import { ArxivApiClient, DEFAULT_ARXIV_OPTIONS } from '../app/arxiv-api-client';
import { createCitationEngine, type CitationEngine } from '../app/citation-engine';
import { PaperNoteCreator } from '../app/create-paper-notes';
import type { ArxivClient } from '../app/ports';
import { PoliteQueue } from '../app/polite-queue';
import { windowClock } from './adapters/window-clock';
import type { Settings } from '../core/settings';
import { NoticeNotifier } from './adapters/notice-notifier';
import { RequestUrlTransport } from './adapters/request-url-transport';
import { VaultNoteStore } from './vault-note-store';

/** arXiv asks for at most one request every three seconds. */
export const ARXIV_MIN_INTERVAL_MS = 3_000;

/**
 * Everything the commands use, built on first use rather than in `onload`, so that enabling the
 * plugin costs no network and no citation-engine load.
 */
export class Services {
  readonly notifier = new NoticeNotifier();
  readonly store: VaultNoteStore;
  readonly creator: PaperNoteCreator;
  readonly arxiv: ArxivClient;
  readonly citations: CitationEngine = createCitationEngine();

  constructor(app: App, settings: () => Settings) {
    this.store = new VaultNoteStore(app);
    const queue = new PoliteQueue(windowClock, ARXIV_MIN_INTERVAL_MS);
    const options = {
      ...DEFAULT_ARXIV_OPTIONS,
      // Read on every request so a changed endpoint applies without rebuilding the shared queue.
      get apiUrl() {
        return settings().apiUrl;
      },
    };
    this.arxiv = new ArxivApiClient(new RequestUrlTransport(), queue, windowClock, options);
    this.creator = new PaperNoteCreator({
      store: this.store,
      arxiv: this.arxiv,
      citations: this.citations,
      clock: windowClock,
      settings,
    });
  }
}
