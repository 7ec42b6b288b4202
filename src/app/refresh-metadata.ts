import { parseArxivInput } from '../core/arxiv/ids';
import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { isDeepStrictEqualish } from '../core/note/deep-equal';
import { readFrontmatter } from '../core/note/frontmatter';
import { NOT_REFRESHED, unreadablePropertiesMessage, unreadablePaperNoteLine } from '../core/note/unreadable-properties';
import { OWNED_KEYS, ownedProperties } from '../core/note/render';
import { positiveInt, versionStatus, type VersionStatus } from '../core/note/version-status';
import { noteArxivId } from './paper-lookup';
import type { ArxivClient, NoteStore } from './ports';
import type { ScholarlyEnricher } from './scholarly-enricher';

/** What refreshing one note did; refresh-messages.ts turns these into notices and CLI lines. */
export type RefreshOutcome =
  | {
      readonly kind: 'updated';
      readonly path: string;
      readonly id: ArxivIdString;
      /** Plugin-owned keys whose values changed, in contract order. */
      readonly changed: readonly string[];
      readonly version: VersionStatus | null;
      /** "Published: <journal_ref>, DOI <doi>" when the journal publication is new to the note. */
      readonly publication: string | null;
    }
  | { readonly kind: 'unchanged'; readonly path: string; readonly id: ArxivIdString; readonly version: VersionStatus | null }
  | { readonly kind: 'not-paper'; readonly path: string; readonly message: string }
  | { readonly kind: 'unreadable'; readonly path: string; readonly line: number; readonly message: string }
  | { readonly kind: 'not-found'; readonly path: string; readonly id: ArxivIdString; readonly message: string }
  | { readonly kind: 'failed'; readonly path: string; readonly id: ArxivIdString | null; readonly message: string };

export interface RefreshDeps {
  readonly store: NoteStore;
  readonly arxiv: ArxivClient;
  /** Citations and venue from OpenAlex (best effort: a late answer is written afterwards). */
  readonly scholarly?: ScholarlyEnricher;
}

/** Called after each batch is written: notes done so far, notes in all. */
export type RefreshProgress = (done: number, total: number) => void;

/** Ids per arXiv request while refreshing; also how often progress is reported. */
const REFRESH_BATCH = 100;

/**
 * Refreshes paper notes from arXiv, changing nothing but the plugin-owned keys (OWNED_KEYS):
 * the body, the reader's keys (tags, rating, status, added, read_version, tldr), unknown keys and,
 * with a byte-preserving store, the exact bytes of every untouched line stay as they were.
 * Optional owned keys arXiv no longer gives (a code link found elsewhere, a journal_ref) are kept,
 * never deleted: a refresh may add knowledge, not lose it.
 */
export class MetadataRefresher {
  constructor(private readonly deps: RefreshDeps) {}

  /** Every note whose frontmatter names an arXiv paper, in the store's order. */
  async paperNotePaths(): Promise<string[]> {
    const notes = await this.deps.store.listNotes();
    // Notes with an arxiv line whose properties do not parse are kept, so the refresh reports them.
    return notes.filter((n) => noteArxivId(n.frontmatter) !== null || (n.unreadableLine ?? null) !== null).map((n) => n.path);
  }

  async refreshAll(onProgress?: RefreshProgress): Promise<RefreshOutcome[]> {
    return this.refreshPaths(await this.paperNotePaths(), onProgress);
  }

  /** Refreshes the notes at `paths`: one arXiv request per 100 papers, one write per changed note. */
  async refreshPaths(paths: readonly string[], onProgress?: RefreshProgress): Promise<RefreshOutcome[]> {
    const outcomes = new Map<string, RefreshOutcome>();
    const targets: Array<{ path: string; id: ArxivIdString }> = [];
    for (const path of new Set(paths)) {
      const text = await this.deps.store.read(path);
      if (text === null) {
        outcomes.set(path, { kind: 'failed', path, id: null, message: `There is no note at ${path}.` });
        continue;
      }
      const id = noteArxivId(readFrontmatter(text), text);
      const broken = id === null ? unreadablePaperNoteLine(text) : null;
      if (broken !== null) {
        outcomes.set(path, { kind: 'unreadable', path, line: broken, message: unreadablePropertiesMessage(path, broken, NOT_REFRESHED) });
      } else if (id === null) outcomes.set(path, { kind: 'not-paper', path, message: `${path} has no arXiv ID, so there is nothing to refresh.` });
      else targets.push({ path, id });
    }
    const total = targets.length;
    let done = 0;
    for (let i = 0; i < targets.length; i += REFRESH_BATCH) {
      const chunk = targets.slice(i, i + REFRESH_BATCH);
      for (const outcome of await this.refreshChunk(chunk)) outcomes.set(outcome.path, outcome);
      done += chunk.length;
      onProgress?.(done, total);
    }
    return [...new Set(paths)].map((p) => outcomes.get(p)).filter((o): o is RefreshOutcome => o !== undefined);
  }

  private async refreshChunk(chunk: ReadonlyArray<{ path: string; id: ArxivIdString }>): Promise<RefreshOutcome[]> {
    const batch = await this.deps.arxiv.fetchPapers([...new Set(chunk.map((t) => t.id))]);
    if (!batch.ok) return chunk.map(({ path, id }) => ({ kind: 'failed', path, id, message: batch.error.message }));
    const results: RefreshOutcome[] = [];
    const scholarly = this.deps.scholarly;
    const enriched = scholarly ? await scholarly.withinBudget([...batch.value.found.values()]) : [...batch.value.found.values()];
    const found = new Map(enriched.map((m) => [m.arxiv, m]));
    for (const { path, id } of chunk) {
      const meta = found.get(id);
      if (meta === undefined) results.push({ kind: 'not-found', path, id, message: `arXiv has no paper ${id}; ${path} was left as it is.` });
      else {
        results.push(await this.refreshNote(path, meta));
        scholarly?.patchLater(id, path, this.deps.store);
      }
    }
    return results;
  }

  private async refreshNote(path: string, meta: PaperMetadata): Promise<RefreshOutcome> {
    const fresh = ownedProperties(meta);
    // Nothing to change means no write at all: processFrontMatter would re-serialize the block anyway.
    const current = readFrontmatter((await this.deps.store.read(path)) ?? '') ?? {};
    const probe = { ...current };
    applyOwned(probe, fresh);
    if (OWNED_KEYS.every((k) => isDeepStrictEqualish(current[k], probe[k]))) {
      return { kind: 'unchanged', path, id: meta.arxiv, version: versionStatus({ frontmatter: current, comment: meta.comment }) };
    }
    let before: Record<string, unknown> = {};
    let after: Record<string, unknown> = {};
    const written = await this.deps.store.updateFrontmatter(path, (props) => {
      before = { ...props };
      applyOwned(props, fresh);
      after = { ...props };
    });
    if (!written.ok) return { kind: 'failed', path, id: meta.arxiv, message: written.error.message };
    const changed = OWNED_KEYS.filter((k) => !isDeepStrictEqualish(before[k], after[k]));
    const version = versionStatus({ frontmatter: after, baseline: positiveInt(before.arxiv_version), comment: meta.comment });
    if (changed.length === 0) return { kind: 'unchanged', path, id: meta.arxiv, version };
    return { kind: 'updated', path, id: meta.arxiv, changed, version, publication: newPublication(before, after) };
  }
}

/** Sets the owned keys arXiv gave a value for; leaves every other key exactly as it was. */
export function applyOwned(props: Record<string, unknown>, fresh: Readonly<Record<string, unknown>>): void {
  for (const key of OWNED_KEYS) {
    const value = fresh[key];
    if (value === undefined) continue;
    if (!isDeepStrictEqualish(props[key], value)) props[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
}

function newPublication(before: Record<string, unknown>, after: Record<string, unknown>): string | null {
  const parts: string[] = [];
  if (typeof after.journal_ref === 'string' && !isDeepStrictEqualish(before.journal_ref, after.journal_ref)) {
    parts.push(`published in ${after.journal_ref}`);
  }
  const doi = typeof after.doi === 'string' ? after.doi : '';
  if (doi !== '' && !/^10\.48550\/arxiv\./i.test(doi) && !isDeepStrictEqualish(before.doi, after.doi)) parts.push(`journal DOI ${doi}`);
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * A CLI argument as a note: a vault path (with or without `.md`), or an arXiv id or link that a
 * paper note in the vault has. Null when neither matches.
 */
export async function resolveNoteArgument(store: NoteStore, arg: string): Promise<string | null> {
  const asPath = arg.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const candidate of asPath.endsWith('.md') ? [asPath] : [asPath, `${asPath}.md`]) {
    if ((await store.read(candidate)) !== null) return candidate;
  }
  const parsed = parseArxivInput(arg);
  if (!parsed.ok) return null;
  for (const note of await store.listNotes()) {
    if (noteArxivId(note.frontmatter) === parsed.value.id) return note.path;
  }
  return null;
}
