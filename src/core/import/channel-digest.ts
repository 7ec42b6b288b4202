import { findArxivRefs } from '../arxiv/ids';
import { cleanTitle, plainHeading, type ListedPaper } from './listed-paper';

/** The line that closes a post: `👀LINK`, `👀 link, blog` (the link itself lost in the copy). */
const CLOSER = /^\s*👀/u;
/** Reactions under a post: `👍5 2`, `🔥3❤1`, `❤️ 12` — emoji and counts only. */
const REACTION = /^(?:[\s\d\p{Extended_Pictographic}\p{Emoji_Modifier},.·|]|\u200d|\uFE0F)+$/u;
/** Words that leave a title unfinished at the end of a line. */
const OPEN_END = /(?:\b(?:a|an|the|of|for|and|or|to|in|on|with|via|from|by|at|as|into|through|towards?|using|over|under|without|vs)|[:,&–—-])$/i;

/**
 * A channel's digest of paper posts: per post a title (sometimes wrapped over two lines), the
 * channel's commentary, then a `👀…` line. Copies of a channel repeat a post's commentary, the
 * second time without its title (or with only the title's last line): that copy is the same
 * paper, so it is dropped and the commentary kept once. Reaction lines are noise.
 */
export function parseChannelDigest(text: string): ListedPaper[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const posts: { start: number; lines: string[]; closer: string }[] = [];
  let current: { start: number; lines: string[] } = { start: 0, lines: [] };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || isReaction(line)) return;
    if (CLOSER.test(line)) {
      if (current.lines.length > 0) posts.push({ ...current, closer: line });
      current = { start: i + 1, lines: [] };
      return;
    }
    if (current.lines.length === 0) current.start = i;
    current.lines.push(line);
  });
  if (current.lines.length > 0) posts.push({ ...current, closer: '' });

  const papers: ListedPaper[] = [];
  let previous: string[] | null = null;
  for (const post of posts) {
    if (previous !== null && isRepeat(post.lines, previous)) continue;
    previous = post.lines;
    const titleLines = post.lines.length > 1 && continuesTitle(post.lines[0], post.lines[1]) ? 2 : 1;
    const title = cleanTitle(post.lines.slice(0, titleLines).join(' '));
    const commentary = post.lines.slice(titleLines);
    const ref = findArxivRefs([...post.lines, post.closer].join('\n'))[0] ?? null;
    papers.push({
      line: post.start + 1,
      heading: plainHeading(title),
      arxivId: ref?.id ?? null,
      abstract: null,
      summary: null,
      commentary,
      upvotes: null,
    });
  }
  return papers;
}

function isReaction(line: string): boolean {
  return REACTION.test(line) && /\p{Extended_Pictographic}/u.test(line);
}

/** The post repeats the one before it: its lines are the tail of the previous post's lines. */
function isRepeat(post: readonly string[], previous: readonly string[]): boolean {
  if (post.length === 0 || post.length > previous.length) return false;
  const offset = previous.length - post.length;
  return post.every((line, i) => line === previous[offset + i]);
}

/** The second line finishes a title wrapped over two lines. */
function continuesTitle(first: string, second: string): boolean {
  if (/[.!?…]$/.test(first) || second.length > 120) return false;
  if (/(\*\*|__)$/.test(second)) return true;
  if (OPEN_END.test(first)) return true;
  const words = second.split(/\s+/);
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\d(]/u.test(w) || /^(?:a|an|the|of|for|and|or|to|in|on|with|via)$/.test(w)) && /^\p{Lu}/u.test(second);
}

export function looksLikeChannelDigest(text: string): boolean {
  return text.split(/\r?\n/).some((l) => CLOSER.test(l));
}
