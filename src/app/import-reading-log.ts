import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { localIsoDate } from '../core/dates';
import { renderDistillation, renderImportedNote, sectionMappings, type ImportNoteOptions, type SectionMapping } from '../core/import/imported-note';
import { isUntouchedTemplate } from '../core/import/untouched-template';
import { splitEntrySections, type EntryParts } from '../core/import/log-sections';
import { splitReadingLog, type LogEntry } from '../core/import/log-split';
import { topicTag } from '../core/import/topic-tags';
import { readFrontmatter, splitFrontmatter } from '../core/note/frontmatter';
import { editFrontmatter } from '../core/note/frontmatter-edit';
import type { Result } from '../core/result';
import type { Settings } from '../core/settings';
import { containsWords } from '../core/import/comparable-text';
import { parseCitation } from '../core/import/citation-line';
import type { ListFormat } from '../core/import/listed-paper';
import type { CitationEngine } from './citation-engine';
import { formatCitation } from './format-citation';
import { chooseCandidate, resolveTitles, type ResolvedEntry } from './import-titles';
import { findInVault, titleKey, vaultIndex, type VaultIndex } from './import-vault-index';
import { writeNew } from './write-new-note';
import { noteArxivId } from './paper-lookup';
import type { PendingEntry, PendingQueue } from './pending-queue';
import type { ArxivClient, Clock, NoteStore } from './ports';
import type { ScholarlyEnricher } from './scholarly-enricher';
import type { TitleSearch } from './title-search';

export { titleKey } from './import-vault-index';

export interface ImportDeps {
  readonly store: NoteStore;
  readonly arxiv: ArxivClient;
  readonly clock: Clock;
  readonly settings: () => Settings;
  /** Finds entries without an arXiv id by their title; without it they stay papers without an id. */
  readonly titles?: TitleSearch;
  /** Writes the citation line of matched papers whose source gives none (a paper list). */
  readonly citations?: CitationEngine;
  /** Citations and venue from OpenAlex for the notes written, as `add` gets them (best effort). */
  readonly scholarly?: ScholarlyEnricher;
  /**
   * Where notes whose title arXiv could not be searched are queued (by path), so the search is
   * made again later; without it they are written as papers without an id and left so.
   */
  readonly pendingTitles?: PendingQueue;
}

/** What the import will do with one entry, decided before anything is written. */
export type EntryAction =
  | { readonly kind: 'create' }
  /** The vault already has this paper and its note still holds the entry's text as imported. */
  | { readonly kind: 'imported'; readonly path: string }
  /** The vault has this paper as a note still holding the empty template: the log fills it in. */
  | { readonly kind: 'fill'; readonly path: string }
  /** The vault has this paper but its note differs from the entry: never overwritten. */
  | { readonly kind: 'differs'; readonly path: string }
  /** A paper list names a paper the vault already has: reported, never written again. */
  | { readonly kind: 'exists'; readonly path: string }
  /** The same paper appeared earlier in the log (entry number, 1-based). */
  | { readonly kind: 'duplicate'; readonly of: number };

export interface PlannedEntry extends ResolvedEntry {
  readonly number: number;
  readonly parts: EntryParts;
  readonly title: string;
  readonly mappings: readonly SectionMapping[];
  readonly topicTags: readonly string[];
  readonly action: EntryAction;
}

/** A reading log (its Markdown or plain-text shape) or a paper list (its detected format). */
export type ImportMode = 'headings' | 'plain' | ListFormat;

export interface ImportPlan {
  readonly mode: ImportMode;
  /** Lists write `to-read` notes and keep what they say; logs write what the reader distilled. */
  readonly kind: 'log' | 'list';
  readonly entries: readonly PlannedEntry[];
  /** Distinct arXiv ids of the entries to create whose metadata is not known yet: one batch request. */
  readonly idsToFetch: readonly ArxivIdString[];
}

export type ImportOutcome =
  | {
      readonly kind: 'created';
      readonly number: number;
      readonly path: string;
      /** `title-queued`: arXiv could not be searched for the title; the search waits in the title queue. */
      readonly metadata: 'fetched' | 'queued' | 'title-queued' | 'none' | 'not-found';
    }
  | { readonly kind: 'filled'; readonly number: number; readonly path: string }
  | { readonly kind: 'skipped'; readonly number: number; readonly action: Exclude<EntryAction, { kind: 'create' | 'fill' }> }
  | { readonly kind: 'failed'; readonly number: number; readonly message: string };

export interface ImportResult {
  readonly outcomes: readonly ImportOutcome[];
  /** Why metadata could not be fetched (the network), when it could not. */
  readonly fetchError: string | null;
}

/** Reads the log and the vault and decides, entry by entry, what an import would do. */
export async function planImport(text: string, deps: ImportDeps): Promise<ImportPlan> {
  const log = splitReadingLog(text, deps.settings().requiredSections);
  return planSearched(log.mode, 'log', log.entries, deps);
}

/**
 * Looks the entries without an id up by title, then plans them. The vault is read first: an
 * entry whose title already has a note (with or without an id) is that note, and only the
 * titles the vault lacks are searched, so importing a log again costs no request.
 */
export async function planSearched(mode: ImportMode, kind: ImportPlan['kind'], entries: readonly LogEntry[], deps: ImportDeps): Promise<ImportPlan> {
  const vault = await vaultIndex(deps.store, deps.settings().paperTag);
  const inVault = (e: LogEntry): boolean => findInVault(vault, null, entryTitles(e)) !== undefined;
  return planEntries(mode, kind, await resolveTitles(entries, deps.titles, inVault), deps, vault);
}

/** The titles an entry gives for itself: its title line, and the title inside its citation. */
function entryTitles(entry: LogEntry): (string | undefined)[] {
  const cited = entry.citation === null ? null : parseCitation(entry.citation);
  return [entry.heading.title, cited?.title];
}

/** Decides what to do with entries whose arXiv ids are known (from the text or their titles). */
export async function planEntries(
  mode: ImportMode,
  kind: ImportPlan['kind'],
  resolved: readonly ResolvedEntry[],
  deps: ImportDeps,
  known?: VaultIndex,
): Promise<ImportPlan> {
  const settings = deps.settings();
  const vault = known ?? (await vaultIndex(deps.store, settings.paperTag));
  const seen = new Map<string, number>();
  const entries: PlannedEntry[] = [];
  for (const [i, r] of resolved.entries()) {
    const { entry, meta } = r;
    const number = i + 1;
    const parts = entryParts(entry, settings);
    const cited = entry.citation === null ? null : parseCitation(entry.citation);
    const title = meta?.title ?? (entry.heading.title || cited?.title || (entry.arxivId !== null ? `arXiv ${entry.arxivId}` : 'Untitled paper'));
    const key = entry.arxivId !== null ? `arxiv:${entry.arxivId}` : `title:${titleKey(title)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, number);
    const path = findInVault(vault, entry.arxivId, [entry.heading.title, cited?.title, meta?.title]);
    const action: EntryAction =
      earlier !== undefined
        ? { kind: 'duplicate', of: earlier }
        : path === undefined
          ? { kind: 'create' }
          : kind === 'list'
            ? { kind: 'exists', path }
            : await existingAction(deps.store, path, entry, parts, settings);
    const topicTags = entry.topics.map((t) => topicTag(t, settings.importTopicTagPrefix)).filter((t): t is string => t !== null);
    entries.push({ ...r, number, parts, title, mappings: sectionMappings(parts, settings.requiredSections), topicTags, action });
  }
  const idsToFetch = [...new Set(entries.filter((e) => e.action.kind === 'create' && e.entry.arxivId !== null && e.meta === null).map((e) => e.entry.arxivId as string))];
  return { mode, kind, entries, idsToFetch };
}

/** The plan again after the reader chose papers for close titles (entry number → arXiv id). */
export async function replan(plan: ImportPlan, choices: ReadonlyMap<number, ArxivIdString>, deps: ImportDeps): Promise<ImportPlan> {
  const resolved = plan.entries.map((e): ResolvedEntry => {
    const id = choices.get(e.number);
    const base = { entry: e.entry, found: e.found, meta: e.meta };
    return id === undefined ? base : chooseCandidate(base, id);
  });
  return planEntries(plan.mode, plan.kind, resolved, deps);
}

/** The entry's sections; a list's own words about the paper become a section of their own. */
function entryParts(entry: LogEntry, settings: Settings): EntryParts {
  const parts = splitEntrySections(entry.body, settings.requiredSections);
  if (entry.notes === undefined || entry.notes.lines.length === 0) return parts;
  return { lead: parts.lead, sections: [...parts.sections, { label: entry.notes.label, target: null, lines: entry.notes.lines }] };
}

/**
 * Writes the planned notes: arXiv metadata for all of them in one batch, then one new note per
 * entry. A note is never overwritten: creating fails rather than replace a file, and a name
 * taken by another note gets the id or year appended. Offline, notes are still written from the
 * log (with their arXiv id, so the metadata is filled in later).
 */
export async function executeImport(plan: ImportPlan, deps: ImportDeps): Promise<ImportResult> {
  const settings = deps.settings();
  const found = new Map<ArxivIdString, PaperMetadata>();
  for (const e of plan.entries) if (e.meta !== null && e.entry.arxivId !== null) found.set(e.entry.arxivId, e.meta);
  let missing = new Set<ArxivIdString>();
  let fetchError: string | null = null;
  if (plan.idsToFetch.length > 0) {
    const batch = await deps.arxiv.fetchPapers(plan.idsToFetch);
    if (batch.ok) {
      for (const [id, meta] of batch.value.found) found.set(id, meta);
      missing = new Set(batch.value.missing);
    } else {
      fetchError = batch.error.message;
    }
  }
  await withScholarlyFacts(plan, found, deps.scholarly);
  const opts: ImportNoteOptions = {
    required: settings.requiredSections,
    paperTag: settings.paperTag,
    categoryPrefix: settings.addCategoryTags ? settings.categoryTagPrefix : null,
    topicPrefix: settings.importTopicTagPrefix,
    recommendedRating: settings.importRecommendedRating,
    added: localIsoDate(deps.clock.now()),
    gateRead: settings.gateReadOnTemplate,
    ...(plan.kind === 'list' ? { status: 'to-read' as const } : {}),
  };
  const outcomes: ImportOutcome[] = [];
  const titlesQueued: PendingEntry[] = [];
  for (const planned of plan.entries) {
    const { action, number } = planned;
    if (action.kind === 'fill') {
      const filled = await fillTemplateNote(deps.store, action.path, planned, opts);
      outcomes.push(filled.ok ? { kind: 'filled', number, path: action.path } : { kind: 'failed', number, message: filled.error.message });
      continue;
    }
    if (action.kind !== 'create') {
      outcomes.push({ kind: 'skipped', number, action });
      continue;
    }
    const id = planned.entry.arxivId;
    const meta = id === null ? null : (found.get(id) ?? null);
    const entry = meta !== null && planned.entry.citation === null && deps.citations !== undefined
      ? { ...planned.entry, citation: await formatCitation(deps.citations, meta, settings) }
      : planned.entry;
    const titlePending = id === null && planned.found.kind === 'unreachable' && deps.pendingTitles !== undefined;
    const note = renderImportedNote(entry, planned.parts, meta, opts, titlePending);
    const samePaper = (other: string): boolean => {
      const fm = readFrontmatter(other);
      if (id !== null) return noteArxivId(fm) === id;
      return typeof fm?.title === 'string' && titleKey(fm.title) === titleKey(note.title);
    };
    const written = await writeNew(deps.store, settings.folder, note.title, note.text, id ?? yearOf(note.text), samePaper);
    if (written.ok && written.existing) {
      // Made meanwhile by another import or command: one paper, one note.
      outcomes.push({ kind: 'skipped', number, action: { kind: 'imported', path: written.path } });
      continue;
    }
    if (!written.ok) {
      outcomes.push({ kind: 'failed', number, message: written.message });
      continue;
    }
    if (titlePending) titlesQueued.push({ id: written.path, path: written.path, queuedAt: deps.clock.now().toISOString() });
    if (id !== null && meta !== null) deps.scholarly?.patchLater(id, written.path, deps.store);
    const metadata = titlePending ? 'title-queued' : id === null ? 'none' : meta !== null ? 'fetched' : missing.has(id) ? 'not-found' : 'queued';
    outcomes.push({ kind: 'created', number, path: written.path, metadata });
  }
  await deps.pendingTitles?.add(titlesQueued);
  return { outcomes, fetchError };
}

/**
 * Adds OpenAlex's facts to the metadata of the papers about to get a note, in one lookup within
 * the enricher's budget: an answer that comes later is written into the notes afterwards
 * (patchLater), and OpenAlex failing leaves the notes as they would be without it.
 */
async function withScholarlyFacts(plan: ImportPlan, found: Map<ArxivIdString, PaperMetadata>, scholarly: ScholarlyEnricher | undefined): Promise<void> {
  if (scholarly === undefined) return;
  const ids = new Set(plan.entries.filter((e) => e.action.kind === 'create' && e.entry.arxivId !== null).map((e) => e.entry.arxivId!));
  const papers = [...found.values()].filter((m) => ids.has(m.arxiv));
  for (const meta of await scholarly.withinBudget(papers)) found.set(meta.arxiv, meta);
}

function yearOf(text: string): string | null {
  const year = readFrontmatter(text)?.year;
  return typeof year === 'number' ? String(year) : null;
}

/** What to do with the note the vault already has for an entry's paper. */
async function existingAction(store: NoteStore, path: string, entry: LogEntry, parts: EntryParts, settings: Settings): Promise<EntryAction> {
  if (await stillAsImported(store, path, entry, parts, settings)) return { kind: 'imported', path };
  const text = await store.read(path);
  if (text !== null && isUntouchedTemplate(text, settings.requiredSections)) return { kind: 'fill', path };
  return { kind: 'differs', path };
}

/**
 * Fills a note that still holds the empty template with the entry's distillation: the note's
 * citation and abstract stay, the empty sections give way to the log's, and the log's topic
 * tags, 🌟 rating and markers are added where the reader has not set them. Nothing is lost: the
 * note had no text of the reader's (isUntouchedTemplate).
 */
async function fillTemplateNote(store: NoteStore, path: string, planned: PlannedEntry, opts: ImportNoteOptions): Promise<Result<void>> {
  const imported = readFrontmatter(renderImportedNote(planned.entry, planned.parts, null, opts).text) ?? {};
  const distillation = renderDistillation(planned.parts, opts.required);
  return store.update(path, (text) => {
    if (!isUntouchedTemplate(text, opts.required)) throw new Error('it was edited while the import ran; nothing was changed');
    const { body } = splitFrontmatter(text);
    const head = text.slice(0, text.length - body.length);
    const firstHeading = body.search(/^#{1,6}\s/m);
    const lead = (firstHeading === -1 ? body : body.slice(0, firstHeading)).replace(/\s*$/, '\n\n');
    return editFrontmatter(head + lead + distillation, (props) => mergeImported(props, imported));
  });
}

/** Adds what the log knows to the reader's keys without overriding anything already set. */
function mergeImported(props: Record<string, unknown>, imported: Record<string, unknown>): void {
  const tags = Array.isArray(props.tags) ? props.tags.filter((t): t is string => typeof t === 'string') : [];
  const have = new Set(tags.map((t) => t.toLowerCase()));
  const extra = (Array.isArray(imported.tags) ? imported.tags : []).filter((t): t is string => typeof t === 'string' && !have.has(t.toLowerCase()));
  if (extra.length > 0) props.tags = [...tags, ...extra];
  for (const key of ['rating', 'resources', 'remarks'] as const) {
    if (props[key] === undefined && imported[key] !== undefined) props[key] = imported[key];
  }
  // A note that was only ever "to read" takes the log's status (read when distilled).
  if ((props.status === undefined || props.status === 'to-read') && imported.status !== undefined) props.status = imported.status;
}

/**
 * The note still holds the entry's text exactly as an import writes it (metadata filled in
 * later does not count, as it only touches properties and the abstract).
 */
async function stillAsImported(store: NoteStore, path: string, entry: LogEntry, parts: EntryParts, settings: Settings): Promise<boolean> {
  const text = await store.read(path);
  if (text === null) return false;
  const opts: ImportNoteOptions = {
    required: settings.requiredSections,
    paperTag: settings.paperTag,
    categoryPrefix: null,
    topicPrefix: settings.importTopicTagPrefix,
    recommendedRating: settings.importRecommendedRating,
    added: '',
    gateRead: false,
  };
  const expected = renderImportedNote(entry, parts, null, opts).distillation;
  // The same log exported as plain text lost its links, emphasis and numbering: the note still
  // holds the entry when it holds the entry's words in order.
  return text.replace(/\r\n/g, '\n').includes(expected) || containsWords(text, expected);
}
