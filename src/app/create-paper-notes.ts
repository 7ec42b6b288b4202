import { parseArxivInput } from '../core/arxiv/ids';
import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { localIsoDate } from '../core/dates';
import { splitFrontmatter } from '../core/note/frontmatter';
import { noteBaseName } from '../core/note/filename';
import { renderPaperNote } from '../core/note/render';
import { renderStubNote } from '../core/note/stub';
import { newNoteTags } from '../core/note/tags';
import { fillFileNamePattern, fillTemplate, placeholderValues, unknownPlaceholderMessage } from '../core/note/template';
import { ok, type PdError } from '../core/result';
import type { Settings } from '../core/settings';
import type { CitationEngine } from './citation-engine';
import { formatCitation } from './format-citation';
import { enrich } from './enrich-papers';
import type { LinkEnricher } from './link-enricher';
import { writeNewPaperNote } from './note-writer';
import { indexPaperNotes } from './paper-lookup';
import type { PendingQueue } from './pending-queue';
import type { ArxivClient, Clock, NoteStore } from './ports';
import type { ScholarlyEnricher } from './scholarly-enricher';

/** What happened to one input; the adapters turn these into notices or CLI lines. */
export type CreateOutcome =
  | {
      readonly kind: 'created';
      readonly id: ArxivIdString;
      readonly path: string;
      readonly title: string;
      /** Things the reader should fix that did not stop the note: a missing template, unknown placeholders. */
      readonly warnings?: readonly string[];
    }
  | { readonly kind: 'existing'; readonly id: ArxivIdString; readonly path: string }
  /** arXiv could not be reached: a stub note was written and queued for completion. */
  | { readonly kind: 'queued'; readonly id: ArxivIdString; readonly path: string; readonly message: string }
  | { readonly kind: 'not-found'; readonly id: ArxivIdString; readonly message: string }
  | { readonly kind: 'invalid'; readonly input: string; readonly message: string }
  | { readonly kind: 'failed'; readonly id: ArxivIdString; readonly message: string };

export interface CreateDeps {
  readonly store: NoteStore;
  readonly arxiv: ArxivClient;
  readonly citations: CitationEngine;
  readonly clock: Clock;
  readonly settings: () => Settings;
  /** Where stubs are recorded when arXiv cannot be reached; without it stubs are still written. */
  readonly pending?: PendingQueue;
  /** Code and project links from a second source (Hugging Face), within a short time budget. */
  readonly links?: LinkEnricher;
  /** Citations and venue from OpenAlex, within a short time budget. */
  readonly scholarly?: ScholarlyEnricher;
  /** Told the paths of the notes just written (new notes and stubs), e.g. to fetch their PDFs. */
  readonly afterWrite?: (paths: readonly string[]) => void;
}

type IdOutcome = Exclude<CreateOutcome, { kind: 'invalid' }>;

/**
 * Errors after which the paper is kept as a stub: arXiv (or the way to it) failed. An error feed
 * (INVALID_ID) is an answer about the input, so it is reported instead.
 */
const UNREACHABLE: ReadonlySet<PdError['code']> = new Set(['NETWORK', 'TIMEOUT', 'RATE_LIMITED', 'HTTP', 'PARSE']);

/**
 * Creates paper notes from arXiv links, one note per paper: ids already in the vault (any
 * version, any link shape) resolve to their note, and concurrent requests for one id share one
 * creation instead of racing to write two files. When arXiv cannot be reached the paper is not
 * lost: a stub note is written at once and queued for completion.
 */
export class PaperNoteCreator {
  private readonly inFlight = new Map<ArxivIdString, Promise<IdOutcome>>();

  constructor(private readonly deps: CreateDeps) {}

  /** `onProgress(done, total)` is called as each paper's outcome is known (for an "n of N" notice). */
  async createFromInputs(inputs: readonly string[], onProgress?: (done: number, total: number) => void): Promise<CreateOutcome[]> {
    const slots: Array<CreateOutcome | Promise<IdOutcome>> = [];
    const mine = new Map<ArxivIdString, (o: IdOutcome) => void>();
    const seen = new Set<ArxivIdString>();
    // Claim ids synchronously, before any await, so a concurrent call sees our claim.
    for (const input of inputs) {
      const parsed = parseArxivInput(input);
      if (!parsed.ok) {
        slots.push({ kind: 'invalid', input, message: parsed.error.message });
        continue;
      }
      const id = parsed.value.id;
      if (seen.has(id)) continue;
      seen.add(id);
      const pending = this.inFlight.get(id);
      if (pending) {
        slots.push(pending.then((o) => (o.kind === 'created' ? { kind: 'existing', id, path: o.path } : o)));
        continue;
      }
      const promise = new Promise<IdOutcome>((resolve) => mine.set(id, resolve));
      this.inFlight.set(id, promise);
      void promise.finally(() => this.inFlight.delete(id));
      slots.push(promise);
    }
    let done = 0;
    const tracked = slots.map((slot) => Promise.resolve(slot).then((o) => (onProgress?.(++done, slots.length), o)));
    if (mine.size > 0) await this.settle(mine);
    const all = await Promise.all(tracked);
    const written = all.flatMap((o) => (o.kind === 'created' || o.kind === 'queued' ? [o.path] : []));
    if (written.length > 0) this.deps.afterWrite?.(written);
    return all;
  }

  /** Resolves when link lookups that outlived their time budget have been written into their notes. */
  settled(): Promise<void> {
    return Promise.all([this.deps.links?.settled(), this.deps.scholarly?.settled()]).then(() => undefined);
  }

  private async settle(claims: Map<ArxivIdString, (o: IdOutcome) => void>): Promise<void> {
    try {
      const outcomes = await this.createClaimed([...claims.keys()], (id, o) => claims.get(id)?.(o));
      for (const [id, resolve] of claims) {
        resolve(outcomes.get(id) ?? { kind: 'failed', id, message: 'Nothing was done for this paper.' });
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      for (const [id, resolve] of claims) resolve({ kind: 'failed', id, message });
    }
  }

  private async createClaimed(ids: ArxivIdString[], report: (id: ArxivIdString, o: IdOutcome) => void): Promise<Map<ArxivIdString, IdOutcome>> {
    const outcomes = new Map<ArxivIdString, IdOutcome>();
    // Each outcome is passed on as soon as it is known, so progress moves while notes are written.
    const set = (id: ArxivIdString, o: IdOutcome) => {
      outcomes.set(id, o);
      report(id, o);
    };
    const existing = await indexPaperNotes(this.deps.store);
    const toFetch = ids.filter((id) => {
      const path = existing.get(id);
      if (path !== undefined) set(id, { kind: 'existing', id, path });
      return path === undefined;
    });
    if (toFetch.length === 0) return outcomes;

    const batch = await this.deps.arxiv.fetchPapers(toFetch);
    if (!batch.ok && !UNREACHABLE.has(batch.error.code)) {
      for (const id of toFetch) set(id, { kind: 'failed', id, message: batch.error.message });
      return outcomes;
    }
    await this.exclusively(async () => {
      // Another process (a second CLI, Obsidian) may have written a note for one of these papers
      // while arXiv answered: looked up again, under the vault's lock, so one paper gets one note.
      const now = await indexPaperNotes(this.deps.store);
      const still = toFetch.filter((id) => {
        const path = now.get(id);
        if (path !== undefined) set(id, { kind: 'existing', id, path });
        return path === undefined;
      });
      if (!batch.ok) {
        for (const [id, o] of await this.writeStubs(still, batch.error.message)) set(id, o);
        return;
      }
      const left = new Set(still);
      for (const id of batch.value.missing) {
        if (left.has(id)) set(id, { kind: 'not-found', id, message: `arXiv has no paper ${id}.` });
      }
      const found = [...batch.value.found.values()].filter((meta) => left.has(meta.arxiv));
      const ready = await enrich(found, this.deps);
      const template = await this.loadTemplate(this.deps.settings());
      for (const meta of ready) set(meta.arxiv, await this.writeNote(meta, template));
    });
    return outcomes;
  }

  /** Runs `work` holding the store's lock for writing new paper notes, when it has one (the CLI's). */
  private async exclusively(work: () => Promise<void>): Promise<void> {
    const { store } = this.deps;
    if (store.exclusive === undefined) return work();
    const held = await store.exclusive('new paper notes', async () => ok(await work()));
    if (!held.ok) throw new Error(held.error.message);
  }

  /** The reader's template, read once per batch; a missing file falls back to the built-in body, and says so. */
  private async loadTemplate(settings: Settings): Promise<{ text: string | null; warning: string | null }> {
    if (settings.templatePath === '') return { text: null, warning: null };
    const path = settings.templatePath.endsWith('.md') ? settings.templatePath : `${settings.templatePath}.md`;
    const text = await this.deps.store.read(path);
    // The template's own properties block is not copied: the plugin writes the properties.
    if (text !== null) return { text: splitFrontmatter(text).body, warning: null };
    return { text: null, warning: `The note template ${path} was not found, so the built-in note body was used.` };
  }

  private async writeNote(meta: PaperMetadata, template: { text: string | null; warning: string | null }): Promise<IdOutcome> {
    const settings = this.deps.settings();
    const citation = await formatCitation(this.deps.citations, meta, settings);
    const tags = newNoteTags(meta, settings);
    const added = localIsoDate(this.deps.clock.now());
    const warnings: string[] = template.warning === null ? [] : [template.warning];
    let body: string | undefined;
    if (template.text !== null) {
      const filled = fillTemplate(template.text, placeholderValues(meta, { citation, tags, added }));
      body = filled.text;
      const unknown = unknownPlaceholderMessage(`The note template ${settings.templatePath}`, filled.unknown);
      if (unknown !== null) warnings.push(unknown);
    }
    const content = renderPaperNote(meta, { citation, tags, status: settings.defaultStatus, added, body });
    const pattern = fillFileNamePattern(settings.fileNamePattern, meta);
    const unknownInName = unknownPlaceholderMessage('The file name pattern', pattern.unknown);
    if (unknownInName !== null) warnings.push(unknownInName);
    const written = await writeNewPaperNote(this.deps.store, settings.folder, noteBaseName(pattern.text, meta.arxiv), meta.arxiv, content);
    if (written.kind === 'failed') return { kind: 'failed', id: meta.arxiv, message: written.message };
    if (written.kind === 'existing') return { kind: 'existing', id: meta.arxiv, path: written.path };
    if (written.fallback !== undefined) warnings.push(`${written.fallback} The note was written as ${written.path} instead.`);
    this.deps.links?.patchLater(meta.arxiv, written.path, this.deps.store);
    this.deps.scholarly?.patchLater(meta.arxiv, written.path, this.deps.store);
    return { kind: 'created', id: meta.arxiv, path: written.path, title: meta.title, ...(warnings.length > 0 ? { warnings } : {}) };
  }

  private async writeStubs(ids: readonly ArxivIdString[], reason: string): Promise<Map<ArxivIdString, IdOutcome>> {
    const settings = this.deps.settings();
    const now = this.deps.clock.now();
    const outcomes = new Map<ArxivIdString, IdOutcome>();
    const queued = [];
    for (const id of ids) {
      const content = renderStubNote(id, { tags: [settings.paperTag], status: settings.defaultStatus, added: localIsoDate(now) });
      const written = await writeNewPaperNote(this.deps.store, settings.folder, noteBaseName('', id), id, content);
      if (written.kind === 'failed') {
        outcomes.set(id, { kind: 'failed', id, message: `${reason} The note could not be kept either: ${written.message}` });
      } else if (written.kind === 'existing') {
        outcomes.set(id, { kind: 'existing', id, path: written.path });
      } else {
        const fallback = written.fallback === undefined ? '' : ` ${written.fallback} The stub was written as ${written.path} instead.`;
        outcomes.set(id, { kind: 'queued', id, path: written.path, message: `${reason}${fallback}` });
        queued.push({ id, path: written.path, queuedAt: now.toISOString() });
      }
    }
    await this.deps.pending?.add(queued);
    return outcomes;
  }
}
