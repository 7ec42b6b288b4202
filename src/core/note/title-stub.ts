import type { PaperMetadata } from '../arxiv/types';
import { renderFrontmatter, splitFrontmatter } from './frontmatter';
import { abstractCallout, DEFAULT_SECTIONS, quoteLines } from './render';
import { STUB_ABSTRACT_CALLOUT, type StubOptions } from './stub';

/*
 * A title stub is the note written for a paper known only by its title while arXiv could not be
 * searched: a paper note without an `arxiv` id whose citation line is a placeholder saying the
 * search is pending. Its title waits in the title queue; when arXiv answers, the note becomes the
 * full note (properties from arXiv, the placeholders replaced while still untouched) or, when
 * arXiv has no such title, a paper note without an id (the placeholders removed). Nothing else in
 * the note is ever changed, so what the reader wrote meanwhile stays.
 */

const SUFFIX = ' arXiv could not be searched; Paper Distill looks the title up when it answers.';

/** The citation placeholder, one quoted line naming the title searched for. */
export function titlePlaceholderLine(title: string): string {
  return `> Title search pending: "${title.replace(/\s+/g, ' ').trim()}".${SUFFIX}`;
}

/** Any title placeholder line as written (the title in it may differ from the note's by now). */
const PLACEHOLDER = new RegExp(`^> Title search pending: ".*"\\.${SUFFIX.replace(/[.;]/g, '\\$&')}\\n`, 'm');

const PLACEHOLDER_AND_GAP = new RegExp(`${PLACEHOLDER.source}\\n?`, 'm');

export function hasTitlePlaceholder(markdown: string): boolean {
  return PLACEHOLDER.test(splitFrontmatter(markdown).body.replace(/\r\n/g, '\n'));
}

/** A title stub from `add --title` or the link modal: the title, the reader-owned keys, the empty sections. */
export function renderTitleStubNote(title: string, opts: StubOptions): string {
  const parts = [`${titlePlaceholderLine(title)}\n`, STUB_ABSTRACT_CALLOUT];
  for (const name of DEFAULT_SECTIONS) parts.push(`## ${name}\n- \n`);
  const props = { title: title.replace(/\s+/g, ' ').trim(), tags: [...opts.tags], status: opts.status, added: opts.added };
  return `${renderFrontmatter(props)}\n${parts.join('\n')}`;
}

/**
 * The body with its placeholders swapped for arXiv's citation and abstract (`meta` given) or
 * removed (null: arXiv has no such title); each only while it is still there untouched. The
 * frontmatter is left as it is.
 */
export function settleTitleStubBody(markdown: string, found: { meta: PaperMetadata; citation: string } | null): string {
  const { body } = splitFrontmatter(markdown);
  const head = markdown.slice(0, markdown.length - body.length);
  const crlf = body.includes('\r\n');
  let next = crlf ? body.replace(/\r\n/g, '\n') : body;
  // Removed, a placeholder takes the blank line after it along, as if it had never been written.
  next = next.replace(found === null ? PLACEHOLDER_AND_GAP : PLACEHOLDER, () => (found === null ? '' : quoteLines(found.citation)));
  const abs = next.indexOf(STUB_ABSTRACT_CALLOUT);
  if (abs !== -1 && (abs === 0 || next[abs - 1] === '\n')) {
    const gap = found === null && next[abs + STUB_ABSTRACT_CALLOUT.length] === '\n' ? 1 : 0;
    const replacement = found === null ? '' : abstractCallout(found.meta.abstract);
    next = next.slice(0, abs) + replacement + next.slice(abs + STUB_ABSTRACT_CALLOUT.length + gap);
  }
  return head + (crlf ? next.replace(/\n/g, '\r\n') : next);
}
