import type { Clock } from './ports';

/**
 * Runs tasks one at a time with at least `minIntervalMs` between the starts of two tasks.
 * arXiv's terms allow one request every three seconds over one connection, across everything
 * the user runs, so the plugin shares one queue for all its arXiv traffic.
 */
export class PoliteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private lastStart = Number.NEGATIVE_INFINITY;
  private waitedMs = 0;

  constructor(
    private readonly clock: Clock,
    private readonly minIntervalMs: number,
  ) {}

  /**
   * Queues `task`. When `signal` is aborted by the task's turn, the task still runs (so it can
   * answer "cancelled") but neither waits nor counts as a request for the pace.
   */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const next = this.tail.then(async () => {
      if (signal?.aborted) return task();
      const wait = this.lastStart + this.minIntervalMs - this.clock.now().getTime();
      if (wait > 0) {
        this.waitedMs += wait;
        await this.clock.sleep(wait);
        if (signal?.aborted) return task();
      }
      this.lastStart = this.clock.now().getTime();
      return task();
    });
    // A failed task must not stall the tasks queued after it.
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Total time spent waiting for the pace (for the benchmark and diagnostics). */
  get totalWaitMs(): number {
    return this.waitedMs;
  }
}
