import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { readFrontmatter, unreadablePropertiesLine } from '../core/note/frontmatter';
import { ownedProperties } from '../core/note/render';
import { newNoteTags } from '../core/note/tags';
import { hasTitlePlaceholder, settleTitleStubBody } from '../core/note/title-stub';
import { STUB_LEFT, unreadablePropertiesMessage } from '../core/note/unreadable-properties';
import type { Settings } from '../core/settings';
import type { CitationEngine } from './citation-engine';
import { enrich } from './enrich-papers';
import { formatCitation } from './format-citation';
import type { LinkEnricher } from './link-enricher';
import { indexPaperNotes, noteArxivId } from './paper-lookup';
import type { PendingQueue } from './pending-queue';
import type { NoteStore } from './ports';
import type { ScholarlyEnricher } from './scholarly-enricher';
import type { TitleSearch } from './title-search';

export interface TitleCompleteDeps {
  readonly store: NoteStore;
  readonly titles: TitleSearch;
  /** Notes waiting for their title search, by path (`id` and `path` are both the note's path). */
  readonly queue: PendingQueue;
  readonly citations: CitationEngine;
  readonly settings: () => Settings;
  readonly links?: LinkEnricher;
  readonly scholarly?: ScholarlyEnricher;
  /**
   * Also find title stubs in the vault by their placeholder line, so a lost or overwritten queue
   * loses nothing: for a store whose listing brings each note's text (the CLI's disk walk).
   */
  readonly scanVault?: boolean;
}

export interface TitleRef {
  readonly path: string;
  readonly title: string;
}

export interface TitleReport {
  /** Found on arXiv: the note is the full note now. */
  readonly completed: readonly (TitleRef & { readonly id: ArxivIdString })[];
  /** arXiv could not be searched again (see `error`), or the note could not be written: still queued. */
  readonly waiting: readonly TitleRef[];
  /** arXiv has no such title: the note stays a paper note without an id. */
  readonly notFound: readonly TitleRef[];
  /** Close titles only: the note stays without an id; the reader may add one of these by id. */
  readonly ambiguous: readonly (TitleRef & { readonly candidates: readonly ArxivIdString[] })[];
  /** The paper has a note of its own already: this one is left as it is, never a second copy. */
  readonly elsewhere: readonly (TitleRef & { readonly id: ArxivIdString; readonly other: string })[];
  /** Queued notes whose properties are not valid YAML, one sentence each (with the line): still queued. */
  readonly unreadable: readonly string[];
  readonly error: string | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

const EMPTY: TitleReport = { completed: [], waiting: [], notFound: [], ambiguous: [], elsewhere: [], unreadable: [], error: null };

/**
 * Searches arXiv again for the titles that could not be searched when their notes were written
 * (offline imports, `add --title`, the link modal), in one batched search, and settles each note:
 * found → the note becomes the full note (arXiv's properties set, the placeholders replaced while
 * untouched, nothing else changed); not found, only close titles, or a paper that has a note of
 * its own by now → the placeholders are removed and the note stays a paper note without an id. The entry leaves the queue once its note is
 * settled, gone, or has an id by other means; it stays while arXiv cannot be searched.
 */
export async function completePendingTitles(deps: TitleCompleteDeps): Promise<TitleReport> {
  const { wanted, unreadable } = await queuedTitles(deps);
  if (wanted.length === 0) return { ...EMPTY, unreadable };
  const answers = await deps.titles.findTitles(wanted.map((w) => w.title));
  const ids = await indexPaperNotes(deps.store);
  const report: Mutable<TitleReport> = { completed: [], waiting: [], notFound: [], ambiguous: [], elsewhere: [], unreadable, error: null };
  const settled: string[] = [];
  for (const [i, ref] of wanted.entries()) {
    const answer = answers[i];
    if (answer.kind === 'unreachable') {
      report.waiting.push(ref);
      report.error = answer.error.message;
      continue;
    }
    if (answer.kind === 'matched') {
      const other = ids.get(answer.id);
      if (other !== undefined && other !== ref.path) {
        // Never a second note with that id: this one stays without it, its placeholders gone so
        // it is not searched again.
        const cleared = await deps.store.update(ref.path, (text) => settleTitleStubBody(text, null));
        if (!cleared.ok) {
          report.waiting.push(ref);
          report.error = cleared.error.message;
          continue;
        }
        report.elsewhere.push({ ...ref, id: answer.id, other });
        settled.push(ref.path);
        continue;
      }
      const [meta] = await enrich([answer.entry], deps);
      const failed = await upgrade(deps, ref.path, meta);
      if (failed !== null) {
        report.waiting.push(ref);
        report.error = failed;
        continue;
      }
      ids.set(answer.id, ref.path);
      report.completed.push({ ...ref, id: answer.id });
      deps.links?.patchLater(answer.id, ref.path, deps.store);
      deps.scholarly?.patchLater(answer.id, ref.path, deps.store);
    } else {
      const cleared = await deps.store.update(ref.path, (text) => settleTitleStubBody(text, null));
      if (!cleared.ok) {
        report.waiting.push(ref);
        report.error = cleared.error.message;
        continue;
      }
      if (answer.kind === 'ambiguous') report.ambiguous.push({ ...ref, candidates: answer.candidates.map((c) => c.arxiv) });
      else report.notFound.push(ref);
    }
    settled.push(ref.path);
  }
  await deps.queue.remove(settled);
  return report;
}

/** Queued notes that still wait for their title: gone notes, and notes with an id by now, are done. */
async function queuedTitles(deps: TitleCompleteDeps): Promise<{ wanted: TitleRef[]; unreadable: string[] }> {
  const wanted: TitleRef[] = [];
  const unreadable: string[] = [];
  const done: string[] = [];
  if (deps.scanVault === true) {
    const queued = new Set((await deps.queue.list()).map((e) => e.path));
    const found = (await deps.store.listNotes()).filter(
      (n) => !queued.has(n.path) && n.text !== undefined && noteArxivId(n.frontmatter, n.text) === null && hasTitlePlaceholder(n.text),
    );
    // When such a stub was written is not known any more.
    await deps.queue.add(found.map((n) => ({ id: n.path, path: n.path, queuedAt: '' })));
  }
  for (const entry of await deps.queue.list()) {
    const text = await deps.store.read(entry.path);
    const fm = text === null ? null : readFrontmatter(text);
    const title = typeof fm?.title === 'string' ? fm.title.trim() : '';
    const broken = text === null || fm !== null ? null : unreadablePropertiesLine(text);
    if (text === null || noteArxivId(fm, text) !== null) done.push(entry.id);
    // Unreadable properties, or a title removed by hand: kept until the reader fixes the note.
    else if (broken !== null) unreadable.push(unreadablePropertiesMessage(entry.path, broken, STUB_LEFT));
    else if (title !== '') wanted.push({ path: entry.path, title });
  }
  await deps.queue.remove(done);
  return { wanted, unreadable };
}

/** Null when the note is the full note now, else why it is not. */
async function upgrade(deps: TitleCompleteDeps, path: string, meta: PaperMetadata): Promise<string | null> {
  const settings = deps.settings();
  const citation = await formatCitation(deps.citations, meta, settings);
  // The body first: once `arxiv` is set the note is no longer waiting for its title.
  const body = await deps.store.update(path, (text) => settleTitleStubBody(text, { meta, citation }));
  if (!body.ok) return body.error.message;
  const props = Object.entries(ownedProperties(meta)).filter(([, v]) => v !== undefined);
  const tags = newNoteTags(meta, settings);
  const fm = await deps.store.updateFrontmatter(path, (p) => {
    for (const [key, value] of props) p[key] = value;
    const own = Array.isArray(p.tags) ? p.tags.filter((t): t is string => typeof t === 'string') : typeof p.tags === 'string' ? p.tags.split(/[\s,]+/).filter((t) => t !== '') : [];
    const have = new Set(own.map((t) => t.toLowerCase()));
    const extra = tags.filter((t) => !have.has(t.toLowerCase()));
    if (extra.length > 0) p.tags = [...own, ...extra];
  });
  return fm.ok ? null : fm.error.message;
}
