import { Notice } from 'obsidian';
import type { Notifier } from '../../app/ports';

const REPEAT_WINDOW_MS = 4_000;

/** Notices, with the same message suppressed while it is still on screen. */
export class NoticeNotifier implements Notifier {
  private readonly shownAt = new Map<string, number>();

  info(message: string): void {
    this.show(message, 5_000);
  }

  error(message: string): void {
    this.show(message, 10_000);
  }

  /** An error notice with a button; clicking the button hides the notice and runs `action`. */
  withAction(message: string, label: string, action: () => void): void {
    if (this.isRepeat(message)) return;
    const fragment = createFragment((f) => {
      f.createDiv({ text: message });
      const button = f.createEl('button', { text: label, cls: 'paper-distill-notice-action' });
      button.addEventListener('click', (evt) => {
        evt.stopPropagation();
        notice.hide();
        action();
      });
    });
    const notice = new Notice(fragment, 10_000);
  }

  private show(message: string, duration: number): void {
    if (this.isRepeat(message)) return;
    new Notice(message, duration);
  }

  /** True when the same message was shown moments ago; otherwise records it as shown now. */
  private isRepeat(message: string): boolean {
    const now = Date.now();
    const last = this.shownAt.get(message);
    if (last !== undefined && now - last < REPEAT_WINDOW_MS) return true;
    this.shownAt.set(message, now);
    return false;
  }
}
