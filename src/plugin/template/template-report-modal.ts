import { type App, Modal } from 'obsidian';
import { checkPaperNotes, type TemplateCheck } from '../../app/template-check';
import type { PluginHost } from '../host';

type Host = Pick<PluginHost, 'app' | 'settings' | 'services'>;

/**
 * "Template report": every paper note that is not fully distilled, with what it lacks, each
 * name a link that opens the note. Built with createEl/setText only.
 */
export class TemplateReportModal extends Modal {
  /** Settles when the report is on screen (tests wait for it). */
  ready: Promise<void> = Promise.resolve();

  constructor(
    app: App,
    private readonly host: Host,
  ) {
    super(app);
  }

  onOpen(): void {
    this.titleEl.setText('Template report');
    this.modalEl.addClass('paper-distill-template-report');
    this.contentEl.createEl('p', { cls: 'paper-distill-muted', text: 'Checking paper notes…' });
    const { settings } = this.host;
    this.ready = checkPaperNotes(this.host.services().store, settings).then(
      (check) => this.show(check),
      (e: unknown) => this.showError(e),
    );
  }

  onClose(): void {
    this.contentEl.empty();
  }

  private show(check: TemplateCheck): void {
    const { contentEl } = this;
    contentEl.empty();
    const notes = check.checked === 1 ? '1 paper note' : `${check.checked} paper notes`;
    const headline =
      check.incomplete.length === 0
        ? check.checked === 0
          ? 'There are no paper notes in this vault yet.'
          : `Checked ${notes}: every one is distilled.`
        : `Checked ${notes}: ${check.incomplete.length} not fully distilled.`;
    contentEl.createEl('p', { cls: 'paper-distill-muted', text: headline });
    // A paper note whose YAML is broken cannot be checked: say so and where, never leave it out silently.
    if (check.unreadable.length > 0) {
      const broken = contentEl.createEl('ul', { cls: 'paper-distill-report-unreadable' });
      for (const message of check.unreadable) broken.createEl('li', { cls: 'paper-distill-report-problems', text: message });
    }
    if (check.incomplete.length === 0) return;
    const list = contentEl.createEl('ul', { cls: 'paper-distill-report-list' });
    for (const { path, report } of check.incomplete) {
      const item = list.createEl('li', { cls: 'paper-distill-report-item', attr: { 'data-path': path } });
      const link = item.createEl('a', { cls: 'internal-link', text: displayName(path), href: '#', attr: { title: path } });
      link.addEventListener('click', (evt) => {
        evt.preventDefault();
        void this.openNote(path);
      });
      item.createSpan({ cls: 'paper-distill-muted', text: ` — ${report.filledCount}/${report.requiredCount}` });
      item.createDiv({ cls: 'paper-distill-report-problems', text: report.problems.join('; ') });
    }
  }

  private showError(e: unknown): void {
    this.contentEl.empty();
    const reason = e instanceof Error ? e.message : String(e);
    this.contentEl.createEl('p', { text: `The report could not be made: ${reason}` });
  }

  private async openNote(path: string): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) {
      this.host.services().notifier.error(`Paper Distill: ${path} is gone; it may have been moved or deleted.`);
      return;
    }
    this.close();
    await this.app.workspace.getLeaf(false).openFile(file);
  }
}

function displayName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/, '');
}
