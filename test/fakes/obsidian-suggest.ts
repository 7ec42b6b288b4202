import type { FuzzyMatch, Instruction, App as ObsidianApp } from 'obsidian';
import type { App } from './obsidian-app';
import { Modal } from './obsidian-ui';

/**
 * Obsidian's `SuggestModal`: an input above a list of suggestions. Typing (an `input` event)
 * re-renders the list; clicking a suggestion selects it, which closes the modal and then calls
 * `onChooseSuggestion`, as Obsidian does. Needs jsdom, like `Modal`.
 */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  private input: HTMLInputElement | null = null;
  private results: HTMLElement | null = null;
  private shown: T[] = [];

  constructor(app: ObsidianApp | App) {
    super(app);
  }

  get inputEl(): HTMLInputElement {
    this.input ??= this.modalEl.createEl('input', { cls: 'prompt-input', attr: { type: 'text' } });
    return this.input;
  }

  get resultContainerEl(): HTMLElement {
    this.results ??= this.modalEl.createDiv({ cls: 'prompt-results' });
    return this.results;
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(_instructions: Instruction[]): void {}

  onOpen(): void {
    this.inputEl.addEventListener('input', () => void this.refresh());
    void this.refresh();
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const first = this.shown[0];
    if (first !== undefined) this.selectSuggestion(first, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  private async refresh(): Promise<void> {
    const found = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    this.shown = found;
    if (found.length === 0) {
      this.onNoSuggestion();
      return;
    }
    this.resultContainerEl.empty();
    for (const value of found) {
      const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item' });
      this.renderSuggestion(value, el);
      el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
    }
  }
}

/** `FuzzySuggestModal`: items matched by their text; here every query word must appear in it. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
    return this.getItems()
      .filter((item) => words.every((w) => this.getItemText(item).toLowerCase().includes(w)))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }

  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }

  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** TEST HELPER: the texts of the suggestions a suggest modal shows now. */
export function suggestionTexts(modal: Modal): string[] {
  return [...modal.modalEl.querySelectorAll('.suggestion-item')].map((el) => el.textContent ?? '');
}

/** TEST HELPER: clicks the suggestion whose text is `text`, as a reader would. */
export function chooseSuggestion(modal: Modal, text: string): void {
  const el = [...modal.modalEl.querySelectorAll<HTMLElement>('.suggestion-item')].find((e) => e.textContent === text);
  if (!el) throw new Error(`no suggestion "${text}"`);
  el.click();
}
