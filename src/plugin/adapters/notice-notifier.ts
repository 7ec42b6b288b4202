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

  private show(message: string, duration: number): void {
    const now = Date.now();
    const last = this.shownAt.get(message);
    if (last !== undefined && now - last < REPEAT_WINDOW_MS) return;
    this.shownAt.set(message, now);
    new Notice(message, duration);
  }
}
