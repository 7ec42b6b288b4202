/** A timed figure: the median of `runs` repetitions, with the fastest and slowest beside it. */
export interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** Wall time of `fn` in milliseconds over `runs` runs (at least 5), after `warmup` unmeasured runs. */
export function medianMs(fn: () => void, runs = 30, warmup = 3): Stat {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return statOf(times);
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 30, warmup = 3): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return statOf(times);
}

export async function onceMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export function statOf(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
