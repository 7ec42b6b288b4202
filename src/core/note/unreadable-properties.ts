import { splitFrontmatter, unreadablePropertiesLine } from './frontmatter';

// An `arxiv:` key at the start of a line of the block: the reader meant this as a paper note.
const ARXIV_LINE = /^[ \t]*["']?arxiv["']?[ \t]*:/im;

/**
 * The line where a paper note's properties stop being valid YAML, or null when they read fine or
 * the note does not look like a paper note (no `arxiv:` line in its block). Every command asks
 * this, so a broken note is reported the same way everywhere instead of being skipped.
 */
export function unreadablePaperNoteLine(markdown: string): number | null {
  const { yaml } = splitFrontmatter(markdown);
  if (yaml === null || !ARXIV_LINE.test(yaml)) return null;
  return unreadablePropertiesLine(markdown);
}

/** "X's properties cannot be read (line N): fix the YAML there, …" with what the command did. */
export function unreadablePropertiesMessage(name: string, line: number, outcome: string): string {
  return `${name}'s properties cannot be read (line ${line}): fix the YAML there, ${outcome}`;
}

/** What a command that edits a note says after refusing. */
export const NOTHING_CHANGED = 'then try again. Nothing was changed.';
/** What a command that reads every note says about one it had to leave out. */
export const NOTE_SKIPPED = 'then run this again; the note was skipped.';
/** What stub completion says about a queued stub whose properties it could not read. */
export const STUB_LEFT = 'then it will be filled in; it is still a stub.';
/** What the live dashboard says about a paper note it has to leave out. */
export const NOT_LISTED = 'then it is listed here; until then it is left out.';
/** What a refresh says about a note it could not read. */
export const NOT_REFRESHED = 'then refresh it again; it was left as it is.';
