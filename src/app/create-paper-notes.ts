import { parseArxivInput } from '../core/arxiv/ids';
import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { localIsoDate } from '../core/dates';
import { disambiguatedName, joinPath, noteBaseName } from '../core/note/filename';
import { readFrontmatter, splitFrontmatter } from '../core/note/frontmatter';
import { renderPaperNote } from '../core/note/render';
import { newNoteTags } from '../core/note/tags';
import { fillFileNamePattern, fillTemplate, placeholderValues, unknownPlaceholderMessage } from '../core/note/template';
import type { Settings } from '../core/settings';
import type { CitationEngine } from './citation-engine';
import { fallbackCitation } from './fallback-citation';
import { indexPaperNotes, noteArxivId } from './paper-lookup';
import type { ArxivClient, Clock, NoteStore } from './ports';

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
  | { readonly kind: 'not-found'; readonly id: ArxivIdString; readonly message: string }
  | { readonly kind: 'invalid'; readonly input: string; readonly message: string }
  | { readonly kind: 'failed'; readonly id: ArxivIdString; readonly message: string };

export interface CreateDeps {
  readonly store: NoteStore;
  readonly arxiv: ArxivClient;
  readonly citations: CitationEngine;
  readonly clock: Clock;
  readonly settings: () => Settings;
}

type IdOutcome = Exclude<CreateOutcome, { kind: 'invalid' }>;

/**
 * Creates paper notes from arXiv links, one note per paper: ids already in the vault (any
 * version, any link shape) resolve to their note, and concurrent requests for one id share one
 * creation instead of racing to write two files.
 */
export class PaperNoteCreator {
  private readonly inFlight = new Map<ArxivIdString, Promise<IdOutcome>>();

  constructor(private readonly deps: CreateDeps) {}

  async createFromInputs(inputs: readonly string[]): Promise<CreateOutcome[]> {
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
    if (mine.size > 0) await this.settle(mine);
    return Promise.all(slots.map((slot) => Promise.resolve(slot)));
  }

  private async settle(claims: Map<ArxivIdString, (o: IdOutcome) => void>): Promise<void> {
    try {
      const outcomes = await this.createClaimed([...claims.keys()]);
      for (const [id, resolve] of claims) {
        resolve(outcomes.get(id) ?? { kind: 'failed', id, message: 'Nothing was done for this paper.' });
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      for (const [id, resolve] of claims) resolve({ kind: 'failed', id, message });
    }
  }

  private async createClaimed(ids: ArxivIdString[]): Promise<Map<ArxivIdString, IdOutcome>> {
    const outcomes = new Map<ArxivIdString, IdOutcome>();
    const existing = await indexPaperNotes(this.deps.store);
    const toFetch = ids.filter((id) => {
      const path = existing.get(id);
      if (path !== undefined) outcomes.set(id, { kind: 'existing', id, path });
      return path === undefined;
    });
    if (toFetch.length === 0) return outcomes;

    const batch = await this.deps.arxiv.fetchPapers(toFetch);
    if (!batch.ok) {
      for (const id of toFetch) outcomes.set(id, { kind: 'failed', id, message: batch.error.message });
      return outcomes;
    }
    for (const id of batch.value.missing) {
      outcomes.set(id, { kind: 'not-found', id, message: `arXiv has no paper ${id}.` });
    }
    const template = await this.loadTemplate(this.deps.settings());
    for (const [id, meta] of batch.value.found) outcomes.set(id, await this.writeNote(meta, template));
    return outcomes;
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
    const citation = await this.citation(meta, settings);
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
    const base = noteBaseName(pattern.text, meta.arxiv);
    for (const name of [base, disambiguatedName(base, meta.arxiv)]) {
      const path = joinPath(settings.folder, name);
      const created = await this.deps.store.create(path, content);
      if (created.ok) return { kind: 'created', id: meta.arxiv, path, title: meta.title, ...(warnings.length > 0 ? { warnings } : {}) };
      if (created.error.code !== 'EXISTS') return { kind: 'failed', id: meta.arxiv, message: created.error.message };
      // The name is taken: by this very paper (made elsewhere meanwhile) or by another note.
      const other = await this.deps.store.read(path);
      if (other !== null && noteArxivId(readFrontmatter(other)) === meta.arxiv) {
        return { kind: 'existing', id: meta.arxiv, path };
      }
    }
    return { kind: 'failed', id: meta.arxiv, message: `Could not find a free file name for "${base}".` };
  }

  private async citation(meta: PaperMetadata, settings: Settings): Promise<string> {
    // BibTeX is an export format, not a line to read at the top of a note.
    const style = settings.citationStyle === 'bibtex' ? 'scholar' : settings.citationStyle;
    try {
      return await this.deps.citations.format(meta, style);
    } catch {
      // A citation engine failure must not cost the reader the note.
      return fallbackCitation(meta);
    }
  }
}
