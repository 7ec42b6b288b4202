import { type App, SuggestModal } from 'obsidian';
import { READING_STATUSES, STATUS_LABELS } from '../../core/reading/status';
import type { ReadingStatus } from '../../core/settings';

/** "Set reading status…": the three statuses in flow order, the current one marked. */
export class StatusModal extends SuggestModal<ReadingStatus> {
  constructor(
    app: App,
    private readonly current: ReadingStatus | null,
    private readonly onChoose: (status: ReadingStatus) => void,
  ) {
    super(app);
    this.setPlaceholder('Reading status');
  }

  getSuggestions(query: string): ReadingStatus[] {
    const q = query.trim().toLowerCase();
    return READING_STATUSES.filter((s) => STATUS_LABELS[s].toLowerCase().includes(q) || s.includes(q));
  }

  renderSuggestion(status: ReadingStatus, el: HTMLElement): void {
    el.setText(status === this.current ? `${STATUS_LABELS[status]} (current)` : STATUS_LABELS[status]);
    el.setAttr('data-status', status);
  }

  onChooseSuggestion(status: ReadingStatus): void {
    this.onChoose(status);
  }
}
