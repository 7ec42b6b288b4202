import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { ownedProperties } from '../core/note/render';
import { fillStubBody, isPendingStub } from '../core/note/stub';
import { NOT_REFRESHED, unreadablePropertiesMessage } from '../core/note/unreadable-properties';
import type { Settings } from '../core/settings';
import type { CitationEngine } from './citation-engine';
import { formatCitation } from './format-citation';
import type { LinkEnricher } from './link-enricher';
import { noteArxivId } from './paper-lookup';
import type { PendingQueue } from './pending-queue';
import type { ArxivClient, NoteStore } from './ports';
import type { ScholarlyEnricher } from './scholarly-enricher';
import { enrich } from './enrich-papers';

export interface CompleteDeps {
  readonly store: NoteStore;
  readonly arxiv: ArxivClient;
  readonly citations: CitationEngine;
  readonly settings: () => Settings;
  readonly pending?: PendingQueue;
  readonly links?: LinkEnricher;
  readonly scholarly?: ScholarlyEnricher;
}

export interface StubRef {
  readonly id: ArxivIdString;
  readonly path: string;
}

/** A paper note whose properties are not valid YAML: it may be a stub, but it cannot be read. */
export interface UnreadableNote {
  readonly path: string;
  readonly line: number;
  /** "X's properties cannot be read (line N): fix the YAML there, …" */
  readonly message: string;
}

export interface PendingReport {
  readonly completed: readonly StubRef[];
  /** Still stubs: arXiv could not be reached again (see `error`) or a write failed. */
  readonly waiting: readonly StubRef[];
  readonly notFound: readonly StubRef[];
  /** Paper notes whose properties cannot be read: left as they are, their queue entries kept. */
  readonly unreadable: readonly UnreadableNote[];
  /** Why stubs are still waiting, as a sentence; null when nothing went wrong. */
  readonly error: string | null;
}

/**
 * Fills in every stub note (an `arxiv` id without `arxiv_version`) with arXiv's metadata: the
 * stubs in the queue and those found in the vault, so a lost queue loses nothing. Only
 * plugin-owned keys are set (never removed), and the placeholder citation and abstract are
 * replaced only where the reader left them untouched. Stubs arXiv still cannot serve stay queued.
 * `skip` leaves out ids the caller already knows to be unknown to arXiv.
 */
export async function completePendingStubs(deps: CompleteDeps, skip: ReadonlySet<ArxivIdString> = new Set()): Promise<PendingReport> {
  const { stubs, unreadable } = await findStubs(deps);
  const nothing: PendingReport = { completed: [], waiting: [], notFound: [], unreadable, error: null };
  const wanted = stubs.filter((s) => !skip.has(s.id));
  if (wanted.length === 0) return nothing;
  const batch = await deps.arxiv.fetchPapers(wanted.map((s) => s.id));
  if (!batch.ok) return { ...nothing, waiting: wanted, error: batch.error.message };
  const found = new Map((await enrich([...batch.value.found.values()], deps)).map((m) => [m.arxiv, m]));

  const completed: StubRef[] = [];
  const waiting: StubRef[] = [];
  const notFound: StubRef[] = [];
  let error: string | null = null;
  for (const stub of wanted) {
    const meta = found.get(stub.id);
    if (!meta) {
      notFound.push(stub);
      continue;
    }
    const written = await fillStub(deps, stub, meta);
    if (written === null) {
      completed.push(stub);
      deps.links?.patchLater(stub.id, stub.path, deps.store);
      deps.scholarly?.patchLater(stub.id, stub.path, deps.store);
    } else {
      waiting.push(stub);
      error = written;
    }
  }
  await deps.pending?.remove([...completed, ...notFound].map((s) => s.id));
  return { completed, waiting, notFound, unreadable, error };
}

/**
 * Stubs in the vault, by id, plus queued entries whose note still is a stub; and the paper notes
 * whose properties cannot be read, which are reported rather than taken for finished notes.
 */
async function findStubs(deps: CompleteDeps): Promise<{ stubs: StubRef[]; unreadable: UnreadableNote[] }> {
  const byId = new Map<ArxivIdString, string>();
  const unreadable: UnreadableNote[] = [];
  const notes = await deps.store.listNotes();
  for (const note of notes) {
    const line = note.unreadableLine ?? null;
    if (line !== null) unreadable.push({ path: note.path, line, message: unreadablePropertiesMessage(note.path, line, NOT_REFRESHED) });
    if (!isPendingStub(note.frontmatter)) continue;
    const id = noteArxivId(note.frontmatter);
    if (id !== null && !byId.has(id)) byId.set(id, note.path);
  }
  if (deps.pending) {
    // Entries whose note was completed elsewhere, deleted or renamed away from its id are done;
    // a note that cannot be read may still be the stub, so its entry stays.
    const broken = new Set(unreadable.map((u) => u.path));
    const queued = await deps.pending.list();
    await deps.pending.remove(queued.filter((e) => !byId.has(e.id) && !broken.has(e.path)).map((e) => e.id));
  }
  return { stubs: [...byId].map(([id, path]) => ({ id, path })), unreadable };
}

/** Null when the stub is complete now, else the reason it is not. */
async function fillStub(deps: CompleteDeps, stub: StubRef, meta: PaperMetadata): Promise<string | null> {
  const citation = await formatCitation(deps.citations, meta, deps.settings());
  const props = Object.entries(ownedProperties(meta)).filter(([, v]) => v !== undefined);
  // The body first: once arxiv_version is set the note no longer counts as a stub.
  const body = await deps.store.update(stub.path, (text) => fillStubBody(text, stub.id, meta, citation));
  if (!body.ok) return body.error.message;
  const fm = await deps.store.updateFrontmatter(stub.path, (p) => {
    for (const [key, value] of props) {
      // A link the reader set by hand on the stub is theirs to keep.
      if ((key === 'code' || key === 'project_page') && typeof p[key] === 'string' && p[key] !== '') continue;
      p[key] = value;
    }
  });
  return fm.ok ? null : fm.error.message;
}
