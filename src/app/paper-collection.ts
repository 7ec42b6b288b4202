import { writeUnderFreeName } from './free-name';
import { renderBaseFile } from '../core/dashboard/bases';
import { exportAnnotated, exportBibtex, exportCslJson, noteMetadata, plainCitation, type ExportFormat, type ExportNote } from '../core/dashboard/export';
import { parseFilter, describeFilterErrors } from '../core/dashboard/filter-language';
import { PaperIndex } from '../core/dashboard/index';
import { EMPTY_QUERY, type PaperQuery } from '../core/dashboard/query';
import { paperRecord } from '../core/dashboard/record';
import { runQuery } from '../core/dashboard/run-query';
import { err, ok, type Result } from '../core/result';
import type { Settings } from '../core/settings';
import type { CitationEngine } from './citation-engine';
import type { NoteStore, NoteSummary } from './ports';
import { NOTE_SKIPPED, unreadablePropertiesMessage } from '../core/note/unreadable-properties';

/** Every paper note of a store, indexed, with its properties and text kept for exports. */
export interface PaperCollection {
  readonly index: PaperIndex;
  readonly notes: ReadonlyMap<string, { readonly frontmatter: Readonly<Record<string, unknown>>; readonly text: string }>;
  /** Notes with an arxiv line whose properties cannot be read: left out, one sentence each. */
  readonly unreadable: readonly string[];
}

/** One sentence per note the store found with an arxiv line and properties that do not parse. */
export function unreadableNoteMessages(summaries: readonly NoteSummary[]): string[] {
  return summaries
    .filter((s) => (s.unreadableLine ?? null) !== null)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((s) => unreadablePropertiesMessage(s.path, s.unreadableLine ?? 0, NOTE_SKIPPED));
}

/** Reads every paper note once (the CLI's way; the plugin keeps its index current instead). */
export async function loadPaperCollection(store: NoteStore, settings: Settings): Promise<PaperCollection> {
  const opts = { paperTag: settings.paperTag, requiredSections: settings.requiredSections };
  const notes = new Map<string, { frontmatter: Readonly<Record<string, unknown>>; text: string }>();
  const records = [];
  const summaries = await store.listNotes();
  for (const summary of summaries) {
    if (summary.frontmatter === null) continue;
    const text = summary.text ?? (await store.read(summary.path));
    if (text === null) continue;
    const record = paperRecord(summary.path, summary.frontmatter, text, opts);
    if (record === null) continue;
    records.push(record);
    notes.set(summary.path, { frontmatter: summary.frontmatter, text });
  }
  const index = new PaperIndex();
  index.reset(records);
  return { index, notes, unreadable: unreadableNoteMessages(summaries) };
}

/** The query for filter text; errors as one sentence per bad clause. */
export function queryFromFilter(text: string | undefined): Result<PaperQuery> {
  if (text === undefined) return ok(EMPTY_QUERY);
  const parsed = parseFilter(text);
  if (parsed.ok) return ok(parsed.query);
  return err('PARSE', `The filter is not valid.\n${describeFilterErrors(parsed.errors).join('\n')}`);
}

export function exportNotes(collection: PaperCollection, query: PaperQuery): ExportNote[] {
  return runQuery(collection.index, query).records.flatMap((record) => {
    const note = collection.notes.get(record.path);
    return note === undefined ? [] : [{ record, ...note }];
  });
}

/** The filtered papers as BibTeX, CSL-JSON or an annotated bibliography in Markdown. */
export async function exportPapers(
  format: ExportFormat,
  notes: readonly ExportNote[],
  engine: CitationEngine,
  settings: Settings,
): Promise<string> {
  if (format === 'bibtex') return exportBibtex(notes);
  if (format === 'csl-json') return exportCslJson(notes);
  // An annotated bibliography reads best with a prose citation, even when notes use BibTeX.
  const style = settings.citationStyle === 'bibtex' ? 'scholar' : settings.citationStyle;
  const citations: string[] = [];
  for (const note of notes) {
    const meta = noteMetadata(note);
    citations.push(meta.arxiv === '' ? plainCitation(meta) : await engine.format(meta, style).catch(() => plainCitation(meta)));
  }
  return exportAnnotated(notes, citations, settings.requiredSections);
}

export const BASE_FILE_NAME = 'Paper dashboard';

/** Where the .base file goes: beside the paper notes. */
/** Writes the Bases dashboard beside the papers; returns its path. */
export async function writeBaseFile(store: NoteStore, index: PaperIndex, settings: Settings, filter?: PaperQuery): Promise<Result<string>> {
  const content = renderBaseFile({
    ...(filter === undefined ? {} : { filter }),
    paperTag: settings.paperTag,
    categoryTagPrefix: settings.categoryTagPrefix,
    tags: runQuery(index, EMPTY_QUERY).facets,
    directTags: new Set([...index.all()].flatMap((r) => r.tags.map((t) => t.toLowerCase()))),
  });
  // A .base file the reader customised in Bases is never replaced: a new one gets a free name.
  return writeUnderFreeName(store, settings.folder, BASE_FILE_NAME, 'base', content);
}
