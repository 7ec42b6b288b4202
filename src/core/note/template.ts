import { absUrl, arxivDoi, pdfUrl, type PaperMetadata } from '../arxiv/types';
import { familyName } from './tags';
import { texToPlain } from './filename';

/**
 * The reader's own note template: a Markdown file whose `{{placeholders}}` are filled in from the
 * paper. Placeholders are case-sensitive, may have spaces inside the braces (`{{ title }}`), and
 * an unknown one is left in the text as written and reported, never silently dropped.
 */
export const PLACEHOLDER_HELP: Readonly<Record<string, string>> = {
  title: 'the title as arXiv gives it (TeX kept)',
  authors: 'all authors, comma separated',
  firstAuthor: "the first author's family name",
  citation: 'the citation line in the chosen style',
  abstract: 'the abstract',
  arxiv: 'the arXiv ID, e.g. 2406.10454',
  version: 'the arXiv version number',
  url: 'the abstract page URL',
  pdf: 'the PDF URL',
  doi: 'the journal DOI, else the arXiv DOI',
  journal_ref: 'the journal reference, when there is one',
  code: 'the code repository URL, when known',
  project_page: 'the project page URL, when known',
  published: 'the v1 date, YYYY-MM-DD',
  updated: 'the date of the newest version, YYYY-MM-DD',
  year: 'the year of v1',
  categories: 'arXiv categories, comma separated',
  tags: 'the tags the note starts with, as #tags',
  tldr: 'empty at creation: the line for your one-line summary',
  added: 'the day the note was created, YYYY-MM-DD',
};

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export interface TemplateContext {
  readonly citation: string;
  readonly tags: readonly string[];
  readonly added: string;
}

export function placeholderValues(meta: PaperMetadata, ctx: TemplateContext): Record<string, string> {
  return {
    title: meta.title,
    authors: meta.authors.join(', '),
    firstAuthor: familyName(meta.authors[0] ?? ''),
    citation: ctx.citation,
    abstract: meta.abstract.trim(),
    arxiv: meta.arxiv,
    version: String(meta.version),
    url: absUrl(meta.arxiv),
    pdf: pdfUrl(meta.arxiv),
    doi: meta.doi ?? arxivDoi(meta.arxiv),
    journal_ref: meta.journalRef ?? '',
    code: meta.code ?? '',
    project_page: meta.projectPage ?? '',
    published: meta.published,
    updated: meta.updated,
    year: meta.published.slice(0, 4),
    categories: meta.categories.join(', '),
    tags: ctx.tags.map((t) => `#${t}`).join(' '),
    tldr: '',
    added: ctx.added,
  };
}

export interface FilledTemplate {
  readonly text: string;
  /** Placeholder names the template used that are not in PLACEHOLDER_HELP, in order, once each. */
  readonly unknown: readonly string[];
}

/** Fills every known placeholder; unknown ones stay as written and are listed. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): FilledTemplate {
  const unknown: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (Object.prototype.hasOwnProperty.call(values, name)) return values[name] ?? '';
    if (!unknown.includes(name)) unknown.push(name);
    return whole;
  });
  return { text, unknown };
}

/** A sentence for the notice or CLI line that names unknown placeholders. */
export function unknownPlaceholderMessage(where: string, unknown: readonly string[]): string | null {
  if (unknown.length === 0) return null;
  const names = unknown.map((n) => `{{${n}}}`).join(', ');
  return `${where} uses ${unknown.length === 1 ? 'an unknown placeholder' : 'unknown placeholders'} ${names}, left in the text as written. Known placeholders are listed in the README.`;
}

/** The file name from a pattern like `{{year}} {{firstAuthor}} {{title}}`, before sanitizing. */
export function fillFileNamePattern(pattern: string, meta: PaperMetadata): FilledTemplate {
  const values = placeholderValues(meta, { citation: '', tags: [], added: '' });
  return fillTemplate(pattern, { ...values, title: texToPlain(meta.title), arxiv: meta.arxiv.replace(/\//g, '-') });
}
