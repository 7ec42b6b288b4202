import { type App, SuggestModal } from 'obsidian';
import type { TitleSearch } from '../../app/title-search';
import type { PaperMetadata } from '../../core/arxiv/types';
import { renderCandidate } from './title-choice-modal';

/** Quiet time after the last keystroke before arXiv is asked. */
export const FIND_DEBOUNCE_MS = 600;
/** Shorter text finds too much to be worth a request. */
const MIN_QUERY_LENGTH = 4;

/**
 * "Find paper on arXiv…": searches titles as you type. Each keystroke cancels the search before
 * it (a cancelled search that has not reached arXiv sends nothing), and searches go through the
 * shared polite queue, so typing never breaks arXiv's pace.
 */
export class FindPaperModal extends SuggestModal<PaperMetadata> {
  private current: AbortController | null = null;

  constructor(
    app: App,
    private readonly search: TitleSearch,
    private readonly onChoose: (paper: PaperMetadata) => void,
  ) {
    super(app);
    this.setPlaceholder('Type a paper title…');
    this.emptyStateText = 'Type a few words of the title.';
  }

  async getSuggestions(query: string): Promise<PaperMetadata[]> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const text = query.trim();
    if (text.length < MIN_QUERY_LENGTH) {
      this.emptyStateText = 'Type a few words of the title.';
      return [];
    }
    await new Promise((resolve) => window.setTimeout(resolve, FIND_DEBOUNCE_MS));
    if (controller.signal.aborted) return [];
    const [match] = await this.search.findTitles([text], { signal: controller.signal });
    if (controller.signal.aborted || match === undefined) return [];
    if (match.kind === 'matched') return [match.entry];
    if (match.kind === 'ambiguous') return [...match.candidates];
    this.emptyStateText = match.kind === 'none' ? `No arXiv paper has a title like "${text}".` : `arXiv could not be reached: ${match.error.message}`;
    return [];
  }

  renderSuggestion(paper: PaperMetadata, el: HTMLElement): void {
    renderCandidate(paper, el);
  }

  onChooseSuggestion(paper: PaperMetadata): void {
    this.onChoose(paper);
  }

  onClose(): void {
    this.current?.abort();
    super.onClose();
  }
}
