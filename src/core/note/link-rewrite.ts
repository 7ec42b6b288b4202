import { findArxivSpans } from '../arxiv/ids';
import type { ArxivIdString } from '../arxiv/types';
import { splitFrontmatter } from './frontmatter';

export interface LinkRewrite {
  readonly text: string;
  /** How many links were turned into wikilinks. */
  readonly replaced: number;
}

/**
 * Replaces each arXiv link or id in Markdown with a wikilink to its paper note; only the link's
 * own characters change. A Markdown link `[label](url)` keeps its label (`[[target|label]]`), an
 * autolink `<url>` loses its brackets, and references already inside a wikilink, inline code, a
 * fenced code block, a math block, a comment or the frontmatter are left alone (a `curl` line or a
 * BibTeX `url={…}` in a code block must stay as written). `targetFor` gives the link text for an id, or null to skip it.
 */
export function replaceArxivLinks(markdown: string, targetFor: (id: ArxivIdString) => string | null): LinkRewrite {
  const { body } = splitFrontmatter(markdown);
  const head = markdown.slice(0, markdown.length - body.length);
  let text = body;
  let replaced = 0;
  const untouchable = protectedRanges(body);
  const isProtected = (at: number) => untouchable.some(([from, to]) => at >= from && at < to);
  // Back to front, so earlier positions stay valid while later text changes length.
  for (const span of findArxivSpans(body).reverse()) {
    const target = targetFor(span.ref.id);
    if (target === null || isProtected(span.start) || insideWikilink(body, span.start) || insideInlineCode(body, span.start)) continue;
    const { start, end, label } = widenToLink(body, span.start, span.end);
    const link = label === null || label.trim() === '' ? `[[${target}]]` : `[[${target}|${label.replace(/[|\]]/g, ' ').trim()}]]`;
    text = text.slice(0, start) + link + text.slice(end);
    replaced++;
  }
  return { text: head + text, replaced };
}

/** The whole Markdown link or autolink around a URL, when the URL is one. */
function widenToLink(text: string, start: number, end: number): { start: number; end: number; label: string | null } {
  if (text.slice(start - 2, start) === '](' && text[end] === ')') {
    const close = start - 2;
    const open = text.lastIndexOf('[', close);
    const newline = text.lastIndexOf('\n', close);
    if (open !== -1 && open > newline && text[open - 1] !== '!') {
      return { start: open, end: end + 1, label: text.slice(open + 1, close) };
    }
  }
  if (text[start - 1] === '<' && text[end] === '>') return { start: start - 1, end: end + 1, label: null };
  return { start, end, label: null };
}

function insideWikilink(text: string, at: number): boolean {
  const open = text.lastIndexOf('[[', at);
  return open !== -1 && text.lastIndexOf(']]', at) < open;
}

/** An odd number of backticks earlier on the same line means the reference sits in inline code. */
function insideInlineCode(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  if (/^\s*(```|~~~)/.test(before)) return true;
  return (before.match(/`/g)?.length ?? 0) % 2 === 1;
}

/**
 * Offsets [from, to) of fenced code blocks (``` or ~~~, closed by an equal or longer fence of the
 * same character), `$$` math blocks, and HTML / Obsidian comments; an unclosed one runs to the end.
 */
function protectedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: { start: number; close: RegExp } | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length + 1;
    if (open === null) {
      const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        const mark = fence[1] ?? '```';
        open = { start: offset, close: new RegExp(`^\\s{0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}\\s*$`) };
      } else if (line.trim().startsWith('$$')) {
        const rest = line.trim().slice(2);
        // `$$ x $$` on one line is a whole block; a bare `$$` opens one that a later `$$` closes.
        if (/\$\$\s*$/.test(rest)) ranges.push([offset, end]);
        else open = { start: offset, close: /\$\$\s*$/ };
      }
    } else if (open.close.test(line)) {
      ranges.push([open.start, end]);
      open = null;
    }
    offset = end;
  }
  if (open !== null) ranges.push([open.start, text.length]);
  for (const comment of text.matchAll(/<!--[\s\S]*?(?:-->|$)|%%[\s\S]*?(?:%%|$)/g)) {
    ranges.push([comment.index ?? 0, (comment.index ?? 0) + comment[0].length]);
  }
  return ranges;
}
