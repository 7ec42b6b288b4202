import type { Clock } from '../../src/app/ports';

/** A clock that never waits: sleeping moves time forward, so pacing is measured, not endured. */
export class FakeClock implements Clock {
  slept = 0;
  constructor(private ms = Date.UTC(2026, 10, 21, 9, 30)) {}
  now(): Date {
    return new Date(this.ms);
  }
  sleep(ms: number): Promise<void> {
    this.ms += ms;
    this.slept += ms;
    return Promise.resolve();
  }
}
