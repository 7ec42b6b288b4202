import { splitFrontmatter } from '../note/frontmatter';

/**
 * A note's words as a reader sees them, whatever Markdown carried them: link targets, images,
 * URLs, emphasis, list markers and numbering dropped, case and punctuation ignored. A plain-text
 * export of a log and the Markdown it came from give the same words.
 */
export function comparableWords(markdown: string): string {
  return splitFrontmatter(markdown)
    .body.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:(?:[-*+•]|\d+[.)])\s+)*/, ''))
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

/** The note holds the expected text's words, in order and together. */
export function containsWords(note: string, expected: string): boolean {
  const want = comparableWords(expected);
  return want !== '' && ` ${comparableWords(note)} `.includes(` ${want} `);
}
