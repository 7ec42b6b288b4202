import type { PaperMetadata } from '../core/arxiv/types';

/** A plain citation used only when the citation engine fails, so a note is still written. */
export function fallbackCitation(meta: PaperMetadata): string {
  const year = meta.published.slice(0, 4);
  return `${meta.authors.join(', ')} (${year}). ${meta.title}. arXiv preprint arXiv:${meta.arxiv}.`;
}
