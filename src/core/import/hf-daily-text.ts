import { findArxivRefs } from '../arxiv/ids';
import { cleanTitle, plainHeading, type ListedPaper } from './listed-paper';

/**
 * A Hugging Face daily papers page copied as text: per paper a title line, a blank line, the
 * abstract, then a byline (`• 6 authors`, `·`, a date with the upvote count after it, `Submitted
 * by …`), any of which may be missing. The page's own header (`Daily Papers`, `Subscribe`, a
 * date) is not a paper: a title is a short line whose next paragraph is an abstract.
 */
export function parseHfDailyText(text: string): ListedPaper[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const papers: ListedPaper[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i].trim();
    const next = nextNonBlank(lines, i + 1);
    if (line === '' || isBylineLine(line) || next === -1 || !isTitleLine(line) || !isAbstractLine(lines[next].trim())) {
      i++;
      continue;
    }
    const abstract: string[] = [];
    let j = next;
    while (j < lines.length && lines[j].trim() !== '' && !isBylineLine(lines[j].trim())) abstract.push(lines[j++].trim());
    let upvotes: number | null = null;
    // The byline runs until the next title or abstract-looking line.
    for (let k = j; k < lines.length; k++) {
      const t = lines[k].trim();
      if (t === '') continue;
      if (!isBylineLine(t)) break;
      const votes = /^(?:[A-Z][a-z]{2}\s+\d{1,2}(?:,\s*\d{4})?|\d{4}-\d{2}-\d{2})\s+(\d+)$/.exec(t) ?? /^(\d+)$/.exec(t);
      if (votes) upvotes = Number(votes[1]);
      j = k + 1;
    }
    const body = abstract.join(' ');
    const ref = findArxivRefs(line)[0] ?? null;
    papers.push({
      line: i + 1,
      heading: plainHeading(cleanTitle(line)),
      arxivId: ref?.id ?? null,
      abstract: body,
      summary: null,
      commentary: [],
      upvotes,
    });
    i = j;
  }
  return papers;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const BYLINE = new RegExp(
  [
    '^[•·∙●]?\\s*\\d+\\s+authors?$',
    '^[·•∙]$',
    `^${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?(?:\\s+\\d+)?$`,
    '^\\d{4}-\\d{2}-\\d{2}(?:\\s+\\d+)?$',
    '^Submitted by\\b.*$',
    '^\\d{1,6}$',
    '^(?:upvotes?|comments?)\\s*\\d*$',
  ].join('|'),
  'i',
);

export function isBylineLine(line: string): boolean {
  return BYLINE.test(line);
}

function isTitleLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 4 && line.length <= 300 && words <= 40 && !/^[-*+>#]/.test(line);
}

/** An abstract is a paragraph: long, and made of sentences. */
function isAbstractLine(line: string): boolean {
  return line.length >= 120 && line.split(/\s+/).length >= 18 && !isBylineLine(line);
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j].trim() !== '') return j;
  return -1;
}

/** True when the text reads like a copied daily list: two or more title-and-abstract pairs, or one with a byline. */
export function looksLikeHfDaily(text: string): boolean {
  const papers = parseHfDailyText(text);
  if (papers.length >= 2) return true;
  return papers.length === 1 && text.split(/\r?\n/).some((l) => /^\s*[•·]?\s*\d+\s+authors?\s*$/i.test(l));
}
