import type { PaperMetadata } from '../core/arxiv/types';
import type { Settings } from '../core/settings';
import type { CitationEngine } from './citation-engine';
import { fallbackCitation } from './fallback-citation';

/** The citation line at the top of a note, in the configured style; never fails. */
export async function formatCitation(citations: CitationEngine, meta: PaperMetadata, settings: Settings): Promise<string> {
  // BibTeX is an export format, not a line to read at the top of a note.
  const style = settings.citationStyle === 'bibtex' ? 'scholar' : settings.citationStyle;
  try {
    return await citations.format(meta, style);
  } catch {
    // A citation engine failure must not cost the reader the note.
    return fallbackCitation(meta);
  }
}
