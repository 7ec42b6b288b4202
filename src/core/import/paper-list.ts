import { findArxivRefs } from '../arxiv/ids';
import { looksLikeChannelDigest, parseChannelDigest } from './channel-digest';
import { looksLikeHfDaily, parseHfDailyText } from './hf-daily-text';
import { plainHeading, type ListedPaper, type PaperList } from './listed-paper';
import { oneLineEntryTexts, parseOneLineEntry } from './one-line-entry';

const BULLET = /^\s*(?:[-*+•]|\d+[.)])(?:\s+\S|\s*$)/;

/**
 * Which kind of list the text is, from its shape (never a setting), and its papers:
 * a channel digest (`👀` lines), a copied Hugging Face daily list (titles over abstracts), a
 * list of one-line entries (bullets), or any text with arXiv ids or links.
 */
export function parsePaperList(text: string): PaperList {
  if (looksLikeChannelDigest(text)) return { format: 'channel-digest', papers: parseChannelDigest(text) };
  if (looksLikeHfDaily(text)) return { format: 'hf-daily', papers: parseHfDailyText(text) };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const bullets = nonBlank.filter((l) => BULLET.test(l)).length;
  if (bullets > 0 && bullets * 2 >= nonBlank.length) {
    const papers = bulletPapers(lines);
    if (papers.length > 0) return { format: 'bullet-list', papers };
  }
  return { format: 'arxiv-ids', papers: idPapers(text) };
}

/** One-line entries as papers; a bullet that is only a link or id is a paper known by its id. */
export function bulletPapers(lines: readonly string[], offset = 0): ListedPaper[] {
  const papers: ListedPaper[] = [];
  for (const { line, text } of oneLineEntryTexts(lines)) {
    const entry = parseOneLineEntry(text);
    if (entry === null) continue;
    const onlyLink = /^(?:<?https?:\/\/\S+>?|(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d+)?)$/i.test(entry.heading.title);
    if (onlyLink && entry.arxivId === null) continue;
    papers.push({
      line: offset + line + 1,
      heading: onlyLink ? { ...entry.heading, title: '' } : entry.heading,
      arxivId: entry.arxivId,
      abstract: null,
      summary: entry.summary,
      commentary: [],
      upvotes: null,
    });
  }
  return papers;
}

function idPapers(text: string): ListedPaper[] {
  const lines = text.split(/\r?\n/);
  const seen = new Set<string>();
  const papers: ListedPaper[] = [];
  lines.forEach((line, i) => {
    for (const ref of findArxivRefs(line)) {
      if (seen.has(ref.id)) continue;
      seen.add(ref.id);
      papers.push({ line: i + 1, heading: plainHeading(''), arxivId: ref.id, abstract: null, summary: null, commentary: [], upvotes: null });
    }
  });
  return papers;
}
