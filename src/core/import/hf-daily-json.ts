import { isCanonicalArxivId } from '../arxiv/ids';
import { isRecord } from '../note/frontmatter';
import { err, ok, type Result } from '../result';
import { cleanTitle, plainHeading, type ListedPaper } from './listed-paper';

/**
 * Hugging Face's `GET /api/daily_papers?date=YYYY-MM-DD`: an array of `{ paper: { id, title,
 * summary, upvotes, … }, title, … }`. Each item is a paper with its arXiv id; anything else in
 * the answer is skipped, and an answer that is not such an array is an error.
 */
export function parseHfDailyJson(json: string): Result<ListedPaper[]> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return err('PARSE', 'Hugging Face answered with something that is not JSON.');
  }
  if (!Array.isArray(value)) return err('PARSE', 'Hugging Face answered without a list of papers.');
  const papers: ListedPaper[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, i) => {
    if (!isRecord(item)) return;
    const paper = isRecord(item.paper) ? item.paper : item;
    const id = typeof paper.id === 'string' ? paper.id.trim().replace(/v\d+$/, '') : '';
    if (!isCanonicalArxivId(id) || seen.has(id)) return;
    seen.add(id);
    const title = typeof paper.title === 'string' ? paper.title : typeof item.title === 'string' ? item.title : '';
    const summary = typeof paper.summary === 'string' ? paper.summary.replace(/\s+/g, ' ').trim() : null;
    const upvotes = typeof paper.upvotes === 'number' ? paper.upvotes : null;
    papers.push({ line: i + 1, heading: plainHeading(cleanTitle(title)), arxivId: id, abstract: summary, summary: null, commentary: [], upvotes });
  });
  return ok(papers);
}

/** `YYYY-MM-DD` that is a real day. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
