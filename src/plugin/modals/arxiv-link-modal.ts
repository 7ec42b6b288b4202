import { type App, Keymap, Modal, Setting } from 'obsidian';
import { inputsFromText } from '../../app/link-inputs';

/** Asks for arXiv links or ids (one per line, or several on a line) and paper titles (one per line). */
export class ArxivLinkModal extends Modal {
  private value = '';

  constructor(
    app: App,
    private readonly onSubmit: (inputs: string[]) => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.titleEl.setText('New paper note from arXiv link');
    const { contentEl } = this;
    contentEl.addClass('paper-distill-link-modal');
    contentEl.createEl('p', {
      text: 'Paste arXiv ids or links (abs, PDF, HTML, DOI…) or paper titles, one per line for several papers.',
      cls: 'paper-distill-muted',
    });
    const area = contentEl.createEl('textarea', {
      cls: 'paper-distill-link-input',
      attr: { rows: '4', placeholder: 'https://arxiv.org/abs/2406.10454', 'aria-label': 'arXiv links or titles' },
    });
    area.addEventListener('input', () => {
      this.value = area.value;
    });
    area.addEventListener('keydown', (evt: KeyboardEvent) => {
      if (evt.key === 'Enter' && Keymap.isModifier(evt, 'Mod')) {
        evt.preventDefault();
        this.submit();
      }
    });
    new Setting(contentEl).addButton((b) => b.setButtonText('Create notes').setCta().onClick(() => this.submit()));
    area.win.setTimeout(() => area.focus(), 0);
  }

  onClose(): void {
    this.contentEl.empty();
  }

  private submit(): void {
    const inputs = inputsFromText(this.value);
    if (inputs.length === 0) return;
    this.close();
    this.onSubmit(inputs);
  }
}
