import type { FuzzyMatch, Instruction, App as ObsidianApp, SuggestModal as ObsidianSuggestModal, SearchMatches, SearchResult } from 'obsidian';
import type { App } from './obsidian-app';
import { Modal } from './obsidian-ui';

/**
 * Obsidian's `SuggestModal`: an input above a list of suggestions, rendered again on every
 * `input` event. Each suggestion is a `.suggestion-item` (the first is `.is-selected`); clicking
 * one, or Enter in the input, chooses it: the modal closes, then `onChooseSuggestion` runs, as in
 * Obsidian. `getSuggestions` may be async; await `settled()` (TEST HELPER) after typing.
 */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  private shown: T[] = [];
  private rendering: Promise<void> = Promise.resolve();
  /** TEST HELPER: the placeholder and instructions given. */
  placeholder = '';
  /** TEST HELPER */ instructions: Instruction[] = [];

  constructor(app: ObsidianApp | App) {
    super(app);
    // Obsidian's prompt: the input and the list fill the modal; the title and content stay empty.
    this.modalEl.addClass('prompt');
    this.inputEl = this.modalEl.createDiv({ cls: 'prompt-input-container' }).createEl('input', { cls: 'prompt-input', type: 'text' });
    this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
    this.inputEl.addEventListener('input', () => this.refresh());
    this.inputEl.addEventListener('keydown', (evt) => {
      if (evt.key === 'Enter') this.selectActiveSuggestion(evt);
    });
  }

  open(): void {
    super.open();
    this.refresh();
  }

  setPlaceholder(placeholder: string): void {
    this.placeholder = placeholder;
    this.inputEl.setAttr('placeholder', placeholder);
  }

  setInstructions(instructions: Instruction[]): void {
    this.instructions = instructions;
    this.modalEl.querySelector(':scope > .prompt-instructions')?.detach();
    const el = this.modalEl.createDiv({ cls: 'prompt-instructions' });
    for (const { command, purpose } of instructions) {
      const item = el.createDiv({ cls: 'prompt-instruction' });
      item.createSpan({ cls: 'prompt-instruction-command', text: command });
      item.createSpan({ text: purpose });
    }
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

  /** TEST HELPER: resolves when the suggestions for the latest input are on screen. */
  settled(): Promise<void> {
    return this.rendering;
  }

  /** TEST HELPER: the suggestions on screen, in order. */
  suggestions(): readonly T[] {
    return [...this.shown];
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  private refresh(): void {
    const query = this.inputEl.value;
    this.rendering = Promise.resolve(this.getSuggestions(query)).then((items) => {
      if (this.inputEl.value !== query) return;
      this.shown = items.slice(0, this.limit);
      if (this.shown.length === 0) {
        this.onNoSuggestion();
        return;
      }
      this.resultContainerEl.empty();
      this.shown.forEach((item, i) => {
        const el = this.resultContainerEl.createDiv({ cls: i === 0 ? 'suggestion-item is-selected' : 'suggestion-item' });
        this.renderSuggestion(item, el);
        el.addEventListener('click', (evt) => this.selectSuggestion(item, evt));
      });
    });
  }
}

/**
 * Obsidian's `prepareFuzzySearch`, simplified: the query's characters (spaces ignored) must
 * appear in order, ignoring case; tighter and earlier matches score higher (scores are ≤ 0).
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const wanted = [...query.toLowerCase().replace(/\s+/g, '')];
  return (text: string) => {
    const hay = text.toLowerCase();
    const matches: SearchMatches = [];
    let from = 0;
    let gaps = 0;
    for (const ch of wanted) {
      const at = hay.indexOf(ch, from);
      if (at < 0) return null;
      gaps += at - from;
      const last = matches[matches.length - 1];
      if (last && last[1] === at) last[1] = at + ch.length;
      else matches.push([at, at + ch.length]);
      from = at + ch.length;
    }
    return { score: -gaps - (matches[0]?.[0] ?? 0) * 0.1, matches };
  };
}

/** TEST HELPER: the fake behind an Obsidian-typed suggester (plugin code's), to reach `settled` and `suggestions`. */
export function fakeSuggestModal<T>(modal: ObsidianSuggestModal<T> | SuggestModal<T>): SuggestModal<T> {
  if (!((modal as unknown) instanceof SuggestModal)) throw new Error('This modal does not extend the Obsidian fake’s SuggestModal.');
  return modal as unknown as SuggestModal<T>;
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
