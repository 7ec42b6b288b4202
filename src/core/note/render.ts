import { absUrl, arxivDoi, pdfUrl, type PaperMetadata } from '../arxiv/types';
import type { ReadingStatus } from '../settings';
import { renderFrontmatter } from './frontmatter';

export const DEFAULT_SECTIONS = ['General Idea', 'Limitations', 'Utilities'] as const;

export interface NoteOptions {
  /** The formatted citation line (Scholar style by default). */
  readonly citation: string;
  readonly tags: readonly string[];
  readonly status: ReadingStatus;
  /** YYYY-MM-DD, the day the note was created. */
  readonly added: string;
  /** The body from the reader's template, already filled in; the built-in body when absent. */
  readonly body?: string;
}

/** Keys written and refreshed by the plugin, in the order they appear in a new note. */
export const OWNED_KEYS = [
  'title', 'authors', 'arxiv', 'arxiv_version', 'published', 'updated', 'categories',
  'doi', 'journal_ref', 'url', 'pdf', 'code', 'project_page', 'venue', 'venue_type', 'citations', 'openalex',
] as const;

/** The plugin-owned properties for a paper; optional ones are left out rather than empty. */
export function ownedProperties(meta: PaperMetadata): Record<string, unknown> {
  return {
    title: meta.title,
    authors: [...meta.authors],
    arxiv: meta.arxiv,
    arxiv_version: meta.version,
    published: meta.published,
    updated: meta.updated,
    categories: [...meta.categories],
    doi: meta.doi ?? arxivDoi(meta.arxiv),
    journal_ref: meta.journalRef,
    url: absUrl(meta.arxiv),
    pdf: pdfUrl(meta.arxiv),
    code: meta.code,
    project_page: meta.projectPage,
    venue: meta.venue,
    venue_type: meta.venue === undefined ? undefined : meta.venueType,
    citations: meta.citations,
    openalex: meta.openalex,
  };
}

/** A complete new paper note: frontmatter, citation, collapsed abstract, the three sections. */
export function renderPaperNote(meta: PaperMetadata, opts: NoteOptions): string {
  const props = {
    ...ownedProperties(meta),
    tags: [...opts.tags],
    status: opts.status,
    added: opts.added,
  };
  return renderFrontmatter(props) + '\n' + (opts.body ?? renderBody(meta, opts.citation));
}

export function renderBody(meta: PaperMetadata, citation: string): string {
  const parts = [quoteLines(citation), abstractCallout(meta.abstract)];
  for (const name of DEFAULT_SECTIONS) parts.push(`## ${name}\n- \n`);
  return parts.join('\n');
}

/** `cs.RO` → `arxiv/cs-RO`: Obsidian tags cannot hold dots or spaces. */
export function categoryTag(category: string, prefix: string): string {
  return prefix + category.replace(/[.\s]+/g, '-');
}

/** The tags a new note starts with: the paper tag, then one per arXiv category. */
export function initialTags(meta: PaperMetadata, paperTag: string, categoryPrefix: string | null): string[] {
  const tags = [paperTag];
  if (categoryPrefix !== null) {
    for (const c of meta.categories) tags.push(categoryTag(c, categoryPrefix));
  }
  return [...new Set(tags)];
}

/** Text as a blockquote, line by line (blank lines become a bare `>`). */
export function quoteLines(text: string): string {
  return text.split(/\r?\n/).map((line) => (line === '' ? '>' : `> ${line}`)).join('\n') + '\n';
}

/** The collapsed abstract callout; stubs use it with a placeholder text. */
export function abstractCallout(abstract: string): string {
  const text = abstract.trim() === '' ? '(No abstract.)' : abstract.trim();
  return `> [!abstract]- Abstract\n${quoteLines(text)}`;
}
