import { type App, FuzzySuggestModal, Modal, Setting, type TFile } from 'obsidian';
import { entryLine, mappingLine, planHeadline } from '../../app/import-messages';
import type { ImportPlan } from '../../app/import-reading-log';

type Source = { readonly kind: 'paste' } | { readonly kind: 'file'; readonly file: TFile };

const PASTE_TEXT = 'Paste the log text instead…';

/** Picks the reading log: any Markdown file in the vault, or pasted text. */
export class ReadingLogSourceModal extends FuzzySuggestModal<Source> {
  constructor(
    app: App,
    private readonly onFile: (file: TFile) => void,
    private readonly onPaste: () => void,
  ) {
    super(app);
    this.setPlaceholder('Choose the note that holds your reading log');
  }

  getItems(): Source[] {
    const files = this.app.vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
    return [{ kind: 'paste' }, ...files.map((file): Source => ({ kind: 'file', file }))];
  }

  getItemText(item: Source): string {
    return item.kind === 'paste' ? PASTE_TEXT : item.file.path;
  }

  onChooseItem(item: Source): void {
    if (item.kind === 'paste') this.onPaste();
    else this.onFile(item.file);
  }
}

/** A text area for a log copied from elsewhere (a document exported as Markdown or plain text). */
export class PasteLogModal extends Modal {
  private value = '';

  constructor(
    app: App,
    private readonly onSubmit: (text: string) => void,
    private readonly texts: { title: string; hint: string; label: string } = {
      title: 'Import reading log',
      hint: 'Paste the whole log. Entries start at a heading with the paper title, or at a citation line.',
      label: 'Reading log text',
    },
  ) {
    super(app);
  }

  onOpen(): void {
    this.titleEl.setText(this.texts.title);
    const { contentEl } = this;
    contentEl.createEl('p', { text: this.texts.hint, cls: 'paper-distill-muted' });
    const area = contentEl.createEl('textarea', {
      cls: 'paper-distill-log-input',
      attr: { rows: '12', 'aria-label': this.texts.label },
    });
    area.addEventListener('input', () => {
      this.value = area.value;
    });
    new Setting(contentEl).addButton((b) => b.setButtonText('Preview import').setCta().onClick(() => this.submit()));
    area.win.setTimeout(() => area.focus(), 0);
  }

  onClose(): void {
    this.contentEl.empty();
  }

  private submit(): void {
    if (this.value.trim() === '') return;
    this.close();
    this.onSubmit(this.value);
  }
}

/** What the import will do, entry by entry, before anything is written. */
export class ImportPreviewModal extends Modal {
  constructor(
    app: App,
    private readonly plan: ImportPlan,
    private readonly onConfirm: () => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.titleEl.setText('Import reading log');
    const { contentEl } = this;
    contentEl.addClass('paper-distill-import-preview');
    contentEl.createEl('p', { text: planHeadline(this.plan), cls: 'paper-distill-import-headline' });
    const list = contentEl.createEl('ol', { cls: 'paper-distill-import-entries' });
    for (const e of this.plan.entries) {
      const item = list.createEl('li', { attr: { 'data-action': e.action.kind } });
      item.createDiv({ text: entryLine(e).replace(/^\d+\.\s/, ''), cls: 'paper-distill-import-entry' });
      item.createDiv({ text: mappingLine(e), cls: 'paper-distill-muted' });
    }
    const toCreate = this.plan.entries.filter((e) => e.action.kind === 'create').length;
    const toFill = this.plan.entries.filter((e) => e.action.kind === 'fill').length;
    new Setting(contentEl)
      .addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(importButtonText(toCreate, toFill))
          .setCta()
          .setDisabled(toCreate + toFill === 0)
          .onClick(() => {
            this.close();
            this.onConfirm();
          }),
      );
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** "Create 3 notes", "Fill in 2 notes", "Create 3 notes, fill in 2". */
export function importButtonText(create: number, fill: number): string {
  const notes = (n: number) => (n === 1 ? '1 note' : `${n} notes`);
  if (fill === 0) return `Create ${notes(create)}`;
  if (create === 0) return `Fill in ${notes(fill)}`;
  return `Create ${notes(create)}, fill in ${fill}`;
}
