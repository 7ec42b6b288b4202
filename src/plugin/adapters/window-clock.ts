import type { Clock } from '../../app/ports';

/** Wall-clock time; timers on `window` so they work in pop-out windows too. */
export const windowClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
};
