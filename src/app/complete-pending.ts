import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import { ownedProperties } from '../core/note/render';
import { fillStubBody, isPendingStub } from '../core/note/stub';
import { STUB_LEFT, unreadablePropertiesMessage } from '../core/note/unreadable-properties';
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

export interface PendingReport {
  readonly completed: readonly StubRef[];
  /** Still stubs: arXiv could not be reached again (see `error`) or a write failed. */
  readonly waiting: readonly StubRef[];
  readonly notFound: readonly StubRef[];
  /** Why stubs are still waiting, as a sentence; null when nothing went wrong. */
  readonly error: string | null;
  /** Queued stubs whose properties are not valid YAML: kept in the queue, one sentence each (with the line). */
  readonly unreadable: readonly string[];
}

const NOTHING: PendingReport = { completed: [], waiting: [], notFound: [], error: null, unreadable: [] };

/**
 * Fills in every stub note (an `arxiv` id without `arxiv_version`) with arXiv's metadata: the
 * stubs in the queue and those found in the vault, so a lost queue loses nothing. Only
 * plugin-owned keys are set (never removed), and the placeholder citation and abstract are
 * replaced only where the reader left them untouched. Stubs arXiv still cannot serve stay queued.
 * `skip` leaves out ids the caller already knows to be unknown to arXiv.
 */
export async function completePendingStubs(deps: CompleteDeps, skip: ReadonlySet<ArxivIdString> = new Set()): Promise<PendingReport> {
  const { stubs, unreadable } = await findStubs(deps);
  const wanted = stubs.filter((s) => !skip.has(s.id));
  if (wanted.length === 0) return { ...NOTHING, unreadable };
  const batch = await deps.arxiv.fetchPapers(wanted.map((s) => s.id));
  if (!batch.ok) return { ...NOTHING, waiting: wanted, error: batch.error.message, unreadable };
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
  return { completed, waiting, notFound, error, unreadable };
}

/** Stubs in the vault, by id, plus queued entries whose note still is a stub. */
async function findStubs(deps: CompleteDeps): Promise<{ stubs: StubRef[]; unreadable: string[] }> {
  const byId = new Map<ArxivIdString, string>();
  const notes = await deps.store.listNotes();
  const brokenAt = new Map<string, number>();
  for (const note of notes) {
    if (note.unreadableLine !== undefined && note.unreadableLine !== null) brokenAt.set(note.path, note.unreadableLine);
    if (!isPendingStub(note.frontmatter)) continue;
    const id = noteArxivId(note.frontmatter);
    if (id !== null && !byId.has(id)) byId.set(id, note.path);
  }
  const unreadable: string[] = [];
  if (deps.pending) {
    // Entries whose note was completed elsewhere, deleted or renamed away from its id are done. A
    // stub whose YAML the reader broke is not: it stays queued and is named, with the line.
    const queued = await deps.pending.list();
    const broken = queued.filter((e) => !byId.has(e.id) && brokenAt.has(e.path));
    for (const e of broken) unreadable.push(unreadablePropertiesMessage(e.path, brokenAt.get(e.path) ?? 0, STUB_LEFT));
    await deps.pending.remove(queued.filter((e) => !byId.has(e.id) && !brokenAt.has(e.path)).map((e) => e.id));
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
