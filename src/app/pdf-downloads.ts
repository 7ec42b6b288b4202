import type { ArxivIdString } from '../core/arxiv/types';
import { readFrontmatter } from '../core/note/frontmatter';
import { positiveInt } from '../core/note/version-status';
import { linkedPdfPath, looksLikePdf, megabytes, pdfDownloadUrl, pdfLink, pdfPathFor } from '../core/pdf/pdf-file';
import type { Settings } from '../core/settings';
import { noteArxivId } from './paper-lookup';
import type { PendingQueue } from './pending-queue';
import type { PoliteQueue } from './polite-queue';
import type { BinaryStore, BinaryTransport, Clock, NoteStore } from './ports';

/** What getting one note's PDF did; pdf-messages.ts words these for notices and the CLI. */
export type PdfOutcome =
  | { readonly kind: 'saved'; readonly notePath: string; readonly pdfPath: string; readonly bytes: number }
  /** The PDF was in the vault already: linked, not fetched again. */
  | { readonly kind: 'existing'; readonly notePath: string; readonly pdfPath: string }
  /** arXiv could not be reached (or the note still waits for its metadata): tried again later. */
  | { readonly kind: 'queued'; readonly notePath: string; readonly message: string }
  /** An answer that is not the PDF (a web page, too large, not there): nothing was saved. */
  | { readonly kind: 'refused'; readonly notePath: string; readonly message: string }
  | { readonly kind: 'failed'; readonly notePath: string; readonly message: string };

export interface PdfDeps {
  readonly store: NoteStore;
  readonly files: BinaryStore;
  readonly http: BinaryTransport;
  /** arXiv's own queue: PDFs keep the API's pace (arXiv asks the same of both). */
  readonly queue: PoliteQueue;
  readonly clock: Clock;
  readonly settings: () => Settings;
  /** `https://arxiv.org/pdf/` unless a mirror or test server is named. */
  readonly pdfBase: () => string;
  /** Downloads waiting for the network, by arXiv id and note path. */
  readonly pending?: PendingQueue;
  readonly timeoutMs?: number;
}

const UNREACHABLE = new Set(['NETWORK', 'TIMEOUT', 'RATE_LIMITED']);

/**
 * Saves the PDF of the version each note records into the vault, named like the note, and links
 * it from the note's `pdf_file`. A PDF already there is linked, never fetched again or replaced;
 * whatever is not a PDF is refused and nothing is written. Offline, the download waits in a queue.
 */
export class PdfDownloader {
  constructor(private readonly deps: PdfDeps) {}

  /** One note after another through arXiv's queue; `onProgress(done, total)` after each. */
  async download(notePaths: readonly string[], onProgress?: (done: number, total: number) => void): Promise<PdfOutcome[]> {
    const paths = [...new Set(notePaths)];
    const outcomes: PdfOutcome[] = [];
    for (const path of paths) {
      outcomes.push(await this.one(path));
      onProgress?.(outcomes.length, paths.length);
    }
    const now = this.deps.clock.now().toISOString();
    const queued = outcomes.filter((o) => o.kind === 'queued').map((o) => o.notePath);
    const done = outcomes.filter((o) => o.kind !== 'queued').map((o) => o.notePath);
    await this.deps.pending?.remove(done);
    await this.deps.pending?.add(queued.map((p) => ({ id: p, path: p, queuedAt: now })));
    return outcomes;
  }

  /** Tries the queued downloads again; a vault with none sends no request. */
  async retryQueued(): Promise<PdfOutcome[]> {
    const queued = (await this.deps.pending?.list()) ?? [];
    return queued.length === 0 ? [] : this.download(queued.map((e) => e.path));
  }

  private async one(notePath: string): Promise<PdfOutcome> {
    const text = await this.deps.store.read(notePath);
    if (text === null) return { kind: 'failed', notePath, message: `There is no note at ${notePath}.` };
    const fm = readFrontmatter(text);
    const id = noteArxivId(fm);
    if (id === null) return { kind: 'refused', notePath, message: `${notePath} has no arXiv ID, so there is no PDF to get.` };
    const settings = this.deps.settings();
    const linked = linkedPdfPath(fm?.pdf_file);
    if (linked !== null && (await this.deps.files.exists(linked))) return { kind: 'existing', notePath, pdfPath: linked };
    const pdfPath = pdfPathFor(notePath, settings.pdfFolder);
    if (await this.deps.files.exists(pdfPath)) return this.link(notePath, pdfPath, 'existing', 0);
    const version = positiveInt(fm?.arxiv_version);
    // A stub records no version yet: its PDF waits until arXiv's metadata is in.
    if (version === null) return { kind: 'queued', notePath, message: `${notePath} is waiting for its arXiv metadata; its PDF follows.` };
    return this.fetch(notePath, pdfPath, id, version, settings);
  }

  private async fetch(notePath: string, pdfPath: string, id: ArxivIdString, version: number, settings: Settings): Promise<PdfOutcome> {
    const url = pdfDownloadUrl(this.deps.pdfBase(), id, version);
    const maxBytes = Math.round(settings.pdfMaxMb * 1024 * 1024);
    const res = await this.deps.queue.run(() => this.deps.http.getBytes(url, this.deps.timeoutMs ?? 60_000, maxBytes));
    if (!res.ok) {
      if (UNREACHABLE.has(res.error.code)) return { kind: 'queued', notePath, message: `${res.error.message} The PDF of ${id}v${version} will be fetched later.` };
      return { kind: 'refused', notePath, message: `${res.error.message} Nothing was saved for ${notePath}.` };
    }
    const { status, bytes } = res.value;
    if (status === 429 || status >= 500) return { kind: 'queued', notePath, message: `arXiv answered HTTP ${status}; the PDF of ${id}v${version} will be fetched later.` };
    if (status !== 200) return { kind: 'refused', notePath, message: `arXiv has no PDF at ${url} (HTTP ${status}); nothing was saved.` };
    if (bytes.byteLength > maxBytes) return { kind: 'refused', notePath, message: tooLarge(id, version, bytes.byteLength, settings.pdfMaxMb) };
    if (!looksLikePdf(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 1024)))) {
      return { kind: 'refused', notePath, message: `${url} sent a web page or other file, not a PDF; nothing was saved.` };
    }
    const written = await this.deps.files.createBinary(pdfPath, bytes);
    if (!written.ok) {
      // Someone saved it meanwhile (another device, a second command): theirs is kept and linked.
      if (written.error.code === 'EXISTS') return this.link(notePath, pdfPath, 'existing', 0);
      return { kind: 'failed', notePath, message: written.error.message };
    }
    return this.link(notePath, pdfPath, 'saved', bytes.byteLength);
  }

  private async link(notePath: string, pdfPath: string, kind: 'saved' | 'existing', size: number): Promise<PdfOutcome> {
    const value = pdfLink(pdfPath);
    const fm = readFrontmatter((await this.deps.store.read(notePath)) ?? '');
    if (fm?.pdf_file !== value) {
      const written = await this.deps.store.updateFrontmatter(notePath, (props) => {
        props.pdf_file = value;
      });
      if (!written.ok) return { kind: 'failed', notePath, message: `The PDF is at ${pdfPath}, but ${notePath} could not link it: ${written.error.message}` };
    }
    return kind === 'saved' ? { kind, notePath, pdfPath, bytes: size } : { kind, notePath, pdfPath };
  }
}

export function tooLarge(id: ArxivIdString, version: number, bytes: number, capMb: number): string {
  return `The PDF of ${id}v${version} is ${megabytes(bytes)}, over the ${capMb} MB limit in the settings; nothing was saved.`;
}
