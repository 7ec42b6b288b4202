import { versionStatus } from '../note/version-status';
import { formatCount, shortAuthors } from './model';
import type { PaperRecord } from './record';

/**
 * One paper as a line of `list`: rating stars, status, year, title, authors, where it was
 * published, its distilled and version flags, its path. The texts are rowModel's, built without
 * the rest of a table row (links, tags, tooltips), which a text listing of a whole vault never shows.
 */
export function listLine(r: PaperRecord): string {
  const stars = r.rating === null ? '·····' : '★'.repeat(r.rating) + '☆'.repeat(5 - r.rating);
  const c = r.completeness;
  let flags = `${c.filled}/${c.required}`;
  const newer = versionStatus({ frontmatter: { arxiv_version: r.versions.arxiv, read_version: r.versions.read } });
  if (newer) flags += `, v${newer.latest} available`;
  if (r.status === 'read' && !c.complete) flags += ', read but not distilled';
  const venue = r.venue ?? '';
  const citations = r.citations === null ? '' : `${formatCount(r.citations)} citation${r.citations === 1 ? '' : 's'}`;
  const published = venue === '' ? citations : citations === '' ? venue : `${venue}, ${citations}`;
  const where = published === '' ? '' : ` (${published})`;
  const year = r.year === null ? '' : String(r.year);
  const authors = shortAuthors(r.authors) || 'unknown authors';
  return `${stars}  ${(r.status ?? '-').padEnd(7)}  ${year.padEnd(4)}  ${r.title} — ${authors}${where}  [${flags}]  ${r.path}`;
}
