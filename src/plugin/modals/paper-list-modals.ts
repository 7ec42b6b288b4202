import { type App, FuzzySuggestModal, Modal, Setting, type TFile } from 'obsidian';
import { entryLine, mappingLine, planHeadline } from '../../app/import-messages';
import type { ImportPlan, PlannedEntry } from '../../app/import-reading-log';
import type { ArxivIdString, PaperMetadata } from '../../core/arxiv/types';

type Source = { readonly kind: 'paste' } | { readonly kind: 'file'; readonly file: TFile };

/** Picks the list: a note or a text file in the vault, or pasted text. */
export class PaperListSourceModal extends FuzzySuggestModal<Source> {
  constructor(
    app: App,
    private readonly onFile: (file: TFile) => void,
    private readonly onPaste: () => void,
  ) {
    super(app);
    this.setPlaceholder('Choose the note or text file that holds the list');
  }

  getItems(): Source[] {
    const files = this.app.vault
      .getFiles()
      .filter((f) => f.extension === 'md' || f.extension === 'txt')
      .sort((a, b) => a.path.localeCompare(b.path));
    return [{ kind: 'paste' }, ...files.map((file): Source => ({ kind: 'file', file }))];
  }

  getItemText(item: Source): string {
    return item.kind === 'paste' ? 'Paste the list instead…' : item.file.path;
  }

  onChooseItem(item: Source): void {
    if (item.kind === 'paste') this.onPaste();
    else this.onFile(item.file);
  }
}

/** What the reader decided in the preview: which papers to import, and the paper chosen for a close title. */
export interface ListChoice {
  readonly picked: ReadonlySet<number>;
  readonly chosen: ReadonlyMap<number, ArxivIdString>;
}

/**
 * The list, paper by paper: how each was found and what will be written. Every new paper is
 * picked unless the reader unticks it; a title with close matches offers them in a dropdown.
 */
export class PaperListPreviewModal extends Modal {
  private readonly picked = new Set<number>();
  private readonly chosen = new Map<number, ArxivIdString>();
  private button: HTMLButtonElement | null = null;

  constructor(
    app: App,
    private readonly plan: ImportPlan,
    private readonly title: string,
    private readonly onConfirm: (choice: ListChoice) => void,
    /** A daily list starts with nothing ticked: the reader picks. */
    pickAll = true,
  ) {
    super(app);
    if (pickAll) for (const e of plan.entries) if (e.action.kind === 'create') this.picked.add(e.number);
  }

  onOpen(): void {
    this.titleEl.setText(this.title);
    const { contentEl } = this;
    contentEl.addClass('paper-distill-import-preview');
    contentEl.createEl('p', { text: planHeadline(this.plan), cls: 'paper-distill-import-headline' });
    const list = contentEl.createEl('ol', { cls: 'paper-distill-import-entries' });
    for (const e of this.plan.entries) this.renderEntry(list, e);
    new Setting(contentEl)
      .addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((b) => {
        this.button = b.buttonEl;
        b.setCta().onClick(() => {
          if (this.picked.size === 0) return;
          this.close();
          this.onConfirm({ picked: new Set(this.picked), chosen: new Map(this.chosen) });
        });
      });
    this.updateButton();
  }

  onClose(): void {
    this.contentEl.empty();
  }

  private renderEntry(list: HTMLElement, e: PlannedEntry): void {
    const item = list.createEl('li', { attr: { 'data-action': e.action.kind, 'data-found': e.found.kind } });
    const row = item.createDiv({ cls: 'paper-distill-import-entry' });
    if (e.action.kind === 'create') {
      const box = row.createEl('input', { attr: { type: 'checkbox', 'aria-label': `Import ${e.title}` } });
      box.checked = this.picked.has(e.number);
      box.addEventListener('change', () => {
        if (box.checked) this.picked.add(e.number);
        else this.picked.delete(e.number);
        this.updateButton();
      });
    }
    row.createSpan({ text: entryLine(e).replace(/^\d+\.\s/, '') });
    item.createDiv({ text: mappingLine(e), cls: 'paper-distill-muted' });
    if (e.found.kind === 'ambiguous' && e.action.kind === 'create') this.renderCandidates(item, e.number, e.found.candidates);
  }

  private renderCandidates(item: HTMLElement, number: number, candidates: readonly PaperMetadata[]): void {
    const select = item.createEl('select', { cls: 'dropdown paper-distill-import-choice', attr: { 'aria-label': 'Which paper is it?' } });
    select.createEl('option', { text: 'None of these: a note without an arXiv ID', value: '' });
    for (const c of candidates) {
      const authors = c.authors.length > 2 ? `${c.authors[0]} et al.` : c.authors.join(', ');
      select.createEl('option', { text: `${c.title} — ${authors}, ${c.published.slice(0, 4)} — ${c.arxiv}`, value: c.arxiv });
    }
    select.addEventListener('change', () => {
      if (select.value === '') this.chosen.delete(number);
      else this.chosen.set(number, select.value);
    });
  }

  private updateButton(): void {
    if (this.button === null) return;
    const n = this.picked.size;
    this.button.setText(n === 1 ? 'Create 1 note' : `Create ${n} notes`);
    this.button.disabled = n === 0;
  }
}

/** Asks for the day of Hugging Face's daily papers, today by default. */
export class HfDailyDateModal extends Modal {
  constructor(
    app: App,
    private readonly today: string,
    private readonly onSubmit: (date: string) => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.titleEl.setText('Import Hugging Face daily papers');
    let value = this.today;
    const { contentEl } = this;
    const error = contentEl.createEl('p', { cls: 'paper-distill-muted' });
    const submit = () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) || Number.isNaN(Date.parse(value.trim()))) {
        error.setText('Give the day as year-month-day, for example 2025-01-31.');
        return;
      }
      this.close();
      this.onSubmit(value.trim());
    };
    new Setting(contentEl)
      .setName('Day')
      .setDesc('The daily papers of this day, for example 2025-01-31.')
      .addText((t) => {
        t.setValue(this.today).onChange((v) => (value = v));
        t.inputEl.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter') submit();
        });
      });
    new Setting(contentEl).addButton((b) => b.setButtonText('Show papers').setCta().onClick(submit));
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
