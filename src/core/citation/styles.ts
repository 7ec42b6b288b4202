import type { PaperMetadata } from '../arxiv/types';
import { shieldItem, unshield } from './citeproc-shield';
import { toCslItem, type CslItem } from './csl-item';
import { finishScholarLine, SCHOLAR_STYLE_ID, toScholarItem } from './scholar-style';

export type CitationStyle = 'scholar' | 'apa' | 'vancouver' | 'harvard' | 'bibtex';

/** Styles rendered by citeproc (through citation-js); BibTeX is written by hand in bibtex.ts. */
export type CslCitationStyle = Exclude<CitationStyle, 'bibtex'>;

/** citation-js template names: the three built into @citation-js/plugin-csl, and ours. */
export const CSL_TEMPLATES: Readonly<Record<CslCitationStyle, string>> = {
  scholar: SCHOLAR_STYLE_ID,
  apa: 'apa',
  vancouver: 'vancouver',
  harvard: 'harvard1',
};

/** The CSL-JSON item to hand to citeproc for one paper in one style. */
export function cslItemFor(meta: PaperMetadata, style: CslCitationStyle): CslItem {
  const item = toCslItem(meta);
  return style === 'scholar' ? shieldItem(toScholarItem(item), 'verbatim') : shieldItem(item, 'markup');
}

/** citeproc's text output turned into the one line a note shows. */
export function finishCitation(raw: string, style: CslCitationStyle, item: CslItem): string {
  const text = raw.trim();
  switch (style) {
    case 'scholar':
      // Before unshielding, while the title's spaces are still sentinels and cannot match.
      return unshield(finishScholarLine(text, item.author.length));
    case 'vancouver':
      // A lone reference needs no "1. ", and in a Markdown quote it would start a numbered list.
      return unshield(text.replace(/^\d+\.\s+/, ''));
    default:
      return unshield(text);
  }
}
