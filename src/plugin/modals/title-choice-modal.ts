import { type App, SuggestModal } from 'obsidian';
import type { PaperMetadata } from '../../core/arxiv/types';

/** "Given Family, Given Family et al." for a suggestion's second line. */
function authorLine(paper: PaperMetadata): string {
  const shown = paper.authors.slice(0, 3).join(', ');
  return paper.authors.length > 3 ? `${shown} et al.` : shown;
}

/** A candidate as the reader picks it: its title, then authors, year and id. */
export function renderCandidate(paper: PaperMetadata, el: HTMLElement): void {
  el.addClass('paper-distill-title-candidate');
  el.createDiv({ text: paper.title, cls: 'paper-distill-candidate-title' });
  el.createEl('small', { text: `${authorLine(paper)} · ${paper.published.slice(0, 4)} · ${paper.arxiv}`, cls: 'paper-distill-muted' });
}

/**
 * The chooser for a title arXiv has no single exact match for: the close candidates, best
 * first; typing filters them. Escape chooses nothing.
 */
export class TitleChoiceModal extends SuggestModal<PaperMetadata> {
  constructor(
    app: App,
    private readonly wanted: string,
    private readonly candidates: readonly PaperMetadata[],
    private readonly onChoose: (paper: PaperMetadata) => void,
  ) {
    super(app);
    this.setPlaceholder(`Which paper is "${wanted}"?`);
    this.emptyStateText = 'No candidate matches that text.';
  }

  getSuggestions(query: string): PaperMetadata[] {
    const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
    return this.candidates.filter((c) => {
      const hay = `${c.title} ${c.authors.join(' ')} ${c.arxiv}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }

  renderSuggestion(paper: PaperMetadata, el: HTMLElement): void {
    renderCandidate(paper, el);
  }

  onChooseSuggestion(paper: PaperMetadata): void {
    this.onChoose(paper);
  }
}
