import type { PaperMetadata } from '../arxiv/types';
import { formatBibtexEntries } from '../citation/bibtex';
import { toCslItem, type CslItem } from '../citation/csl-item';
import { venueKind } from '../citation/venue-kind';
import { locateSections } from '../note/sections';
import { DEFAULT_REQUIRED_SECTIONS, type RequiredSection } from '../note/template-settings';
import { isEmptyBody } from '../note/validate';
import type { PaperRecord } from './record';

/** A paper to export: its record, its properties and its text (for the annotated sections). */
export interface ExportNote {
  readonly record: PaperRecord;
  readonly frontmatter: Readonly<Record<string, unknown>>;
  readonly text: string;
}

export type ExportFormat = 'bibtex' | 'csl-json' | 'annotated';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['bibtex', 'csl-json', 'annotated'];

/** The metadata citation code takes, from a note's properties (papers without an id get `arxiv: ''`). */
export function noteMetadata(note: ExportNote): PaperMetadata {
  const fm = note.frontmatter;
  const r = note.record;
  const date = (v: unknown) => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : '');
  const published = date(fm.published) || (r.year === null ? '' : String(r.year));
  return {
    arxiv: r.arxiv ?? '',
    version: r.versions.arxiv ?? 1,
    title: r.title,
    authors: r.authors,
    abstract: '',
    published,
    updated: date(fm.updated) || published,
    categories: r.categories,
    ...(typeof fm.doi === 'string' && !fm.doi.startsWith('10.48550/') ? { doi: fm.doi } : {}),
    ...(r.venue !== null ? { venue: r.venue } : {}),
    ...(r.venue !== null && r.venueType !== null ? { venueType: r.venueType } : {}),
    ...(r.citations !== null ? { citations: r.citations } : {}),
  };
}

/**
 * One .bib file: arXiv's entry with eprint, archivePrefix and primaryClass for arXiv papers
 * (`@inproceedings`/`@article` when the note has a venue, `@misc` otherwise); an entry with what
 * is known for the others. Keys are unique within the file.
 */
export function exportBibtex(notes: readonly ExportNote[]): string {
  if (notes.length === 0) return '';
  const metas = notes.map(noteMetadata);
  // No field can start a line with `@x{`: the record keeps titles and venues on one line.
  const entries = formatBibtexEntries(metas).split(/\n\n(?=@\w+\{)/);
  return entries.map((entry, i) => (metas[i].arxiv === '' ? withoutArxivFields(entry) : entry)).join('\n\n') + '\n';
}

function withoutArxivFields(entry: string): string {
  return entry
    .split('\n')
    .filter((line) => !/^ {2}(eprint|archivePrefix|primaryClass|url)=\{/.test(line))
    .join('\n')
    .replace(/,\n\}$/, '\n}');
}

/** A CSL-JSON array, the format Zotero, Pandoc and citation-js read. */
export function exportCslJson(notes: readonly ExportNote[]): string {
  const items = notes.map((note) => {
    const meta = noteMetadata(note);
    if (meta.arxiv !== '') return publishedCsl(toCslItem(meta), meta);
    const year = note.record.year;
    return {
      id: note.record.path,
      type: 'article',
      title: meta.title,
      author: meta.authors.map((a) => {
        const parts = a.trim().split(/\s+/);
        const family = parts.pop() ?? a;
        return parts.length > 0 ? { family, given: parts.join(' ') } : { family };
      }),
      ...(year === null ? {} : { issued: { 'date-parts': [[year]] } }),
      ...(meta.doi === undefined ? {} : { DOI: meta.doi }),
    };
  });
  return JSON.stringify(items, null, 2) + '\n';
}

/**
 * A paper published at a conference or in a journal is that CSL type, with the venue as its
 * container; arXiv's `publisher` and `number` (which CSL would print as the journal's issue) go.
 * Anything else stays the arXiv item.
 */
function publishedCsl(item: CslItem, meta: PaperMetadata): CslItem | Record<string, unknown> {
  if (meta.venue === undefined) return item;
  const kind = venueKind(meta.venue, meta.venueType);
  if (kind === 'other') return item;
  const { publisher: _publisher, number: _number, ...rest } = item;
  return { ...rest, type: kind === 'conference' ? 'paper-conference' : 'article-journal', 'container-title': meta.venue };
}

/** The General Idea and Limitations text of a note ('' when missing or empty). */
export function distilledParts(text: string, required: readonly RequiredSection[]): { idea: string; limitations: string } {
  const [idea, limitations] = ['General Idea', 'Limitations'].map(
    (name) => required.find((s) => s.name === name) ?? DEFAULT_REQUIRED_SECTIONS.find((s) => s.name === name)!,
  );
  const { occurrences } = locateSections(text, [idea, limitations]);
  const bodyOf = (section: number) => {
    const o = occurrences.find((x) => x.section === section);
    if (o === undefined) return '';
    const body = text.slice(o.bodyStart, o.bodyEnd);
    return isEmptyBody(body) ? '' : dedent(body).trim();
  };
  return { idea: bodyOf(0), limitations: bodyOf(1) };
}

/** Outline-style notes nest a section's points under its bullet; bring them to column 0. */
function dedent(body: string): string {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n');
}

/**
 * An annotated bibliography in Markdown: per paper a heading, the citation line, the venue and
 * citation count when OpenAlex gave them, then General Idea and Limitations as the reader wrote them. `citations` holds one line per note, in order.
 */
export function exportAnnotated(notes: readonly ExportNote[], citations: readonly string[], required: readonly RequiredSection[]): string {
  const blocks = notes.map((note, i) => {
    const { idea, limitations } = distilledParts(note.text, required);
    const published = publishedLine(note.record);
    return [
      `## ${note.record.title}`,
      '',
      `> ${citations[i] ?? ''}`,
      '',
      ...(published === null ? [] : [published, '']),
      '**General Idea**',
      '',
      idea === '' ? '_Not written yet._' : idea,
      '',
      '**Limitations**',
      '',
      limitations === '' ? '_Not written yet._' : limitations,
    ].join('\n');
  });
  return `# Annotated bibliography\n\n${blocks.join('\n\n')}\n`;
}

/** "Venue: CoRL 2023 · 120 citations" from the note's OpenAlex keys; null when it has neither. */
function publishedLine(r: PaperRecord): string | null {
  const parts: string[] = [];
  if (r.venue !== null) parts.push(`Venue: ${r.venue}`);
  if (r.citations !== null) parts.push(`${r.citations.toLocaleString('en-US')} citation${r.citations === 1 ? '' : 's'}`);
  return parts.length === 0 ? null : parts.join(' · ');
}

/** A citation for a paper without an arXiv id, where the citation styles have nothing to cite. */
export function plainCitation(meta: PaperMetadata): string {
  const year = meta.published.slice(0, 4);
  const authors = meta.authors.join(', ');
  return [authors, year === '' ? '' : `(${year}).`, `${meta.title}.`].filter((s) => s !== '').join(' ');
}
