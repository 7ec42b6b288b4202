import { absUrl, arxivDoi, pdfUrl, type ArxivIdString, type PaperMetadata } from '../arxiv/types';
import type { ReadingStatus } from '../settings';
import { splitFrontmatter, renderFrontmatter } from './frontmatter';
import { abstractCallout, DEFAULT_SECTIONS, quoteLines } from './render';

/*
 * A stub is the note written when arXiv cannot be reached: everything the id alone tells (links,
 * the arXiv DOI) plus the reader-owned keys, and NO `arxiv_version`. That missing key is the
 * shared mark of "metadata pending", so a stub is recognised from the vault alone, even when the
 * pending queue was lost. Its two placeholder lines are replaced on completion only while they
 * are still exactly as written here, so nothing the reader typed is ever overwritten.
 */

export interface StubOptions {
  readonly tags: readonly string[];
  readonly status: ReadingStatus;
  /** YYYY-MM-DD */
  readonly added: string;
}

/** The citation placeholder, one quoted line. */
export function stubCitationLine(id: ArxivIdString): string {
  return `> arXiv ${id}: metadata pending. arXiv could not be reached; Paper Distill fills this in when it answers.`;
}

const STUB_ABSTRACT_TEXT = '(Pending: the abstract is fetched from arXiv later.)';

/** The collapsed abstract callout of a stub, as written. */
export const STUB_ABSTRACT_CALLOUT = abstractCallout(STUB_ABSTRACT_TEXT);

/** The properties a stub starts with: those known from the id, then the reader's. */
export function stubProperties(id: ArxivIdString, opts: StubOptions): Record<string, unknown> {
  return {
    arxiv: id,
    doi: arxivDoi(id),
    url: absUrl(id),
    pdf: pdfUrl(id),
    tags: [...opts.tags],
    status: opts.status,
    added: opts.added,
  };
}

export function renderStubNote(id: ArxivIdString, opts: StubOptions): string {
  const parts = [`${stubCitationLine(id)}\n`, STUB_ABSTRACT_CALLOUT];
  for (const name of DEFAULT_SECTIONS) parts.push(`## ${name}\n- \n`);
  return `${renderFrontmatter(stubProperties(id, opts))}\n${parts.join('\n')}`;
}

/** A paper note with an `arxiv` id but no `arxiv_version`: created offline, awaiting metadata. */
export function isPendingStub(frontmatter: Readonly<Record<string, unknown>> | null): boolean {
  if (frontmatter === null) return false;
  const arxiv = frontmatter.arxiv;
  const hasId = (typeof arxiv === 'string' && arxiv.trim() !== '') || typeof arxiv === 'number';
  return hasId && (frontmatter.arxiv_version === undefined || frontmatter.arxiv_version === null);
}

/**
 * The stub's body with its placeholders swapped for the real citation and abstract; each
 * placeholder is replaced only if it is still there untouched (the reader may have edited or
 * removed it), and nothing else in the body changes. The frontmatter is left as it is.
 */
export function fillStubBody(markdown: string, id: ArxivIdString, meta: PaperMetadata, citation: string): string {
  const { body } = splitFrontmatter(markdown);
  const head = markdown.slice(0, markdown.length - body.length);
  let next = body;
  const placeholder = `${stubCitationLine(id)}\n`;
  const at = next.indexOf(placeholder);
  if (at !== -1 && (at === 0 || next[at - 1] === '\n')) {
    next = next.slice(0, at) + quoteLines(citation) + next.slice(at + placeholder.length);
  }
  const abs = next.indexOf(STUB_ABSTRACT_CALLOUT);
  if (abs !== -1 && (abs === 0 || next[abs - 1] === '\n')) {
    next = next.slice(0, abs) + abstractCallout(meta.abstract) + next.slice(abs + STUB_ABSTRACT_CALLOUT.length);
  }
  return head + next;
}
