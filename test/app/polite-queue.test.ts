import { PoliteQueue } from '../../src/app/polite-queue';
import { FakeClock } from '../support/fake-clock';

describe('PoliteQueue', () => {
  it('spaces task starts by the minimum interval and runs one at a time', async () => {
    const clock = new FakeClock();
    const queue = new PoliteQueue(clock, 3_000);
    const starts: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = async () => {
      starts.push(clock.now().getTime());
      running++;
      maxRunning = Math.max(maxRunning, running);
      await clock.sleep(500);
      running--;
    };
    await Promise.all([queue.run(task), queue.run(task), queue.run(task)]);
    expect(maxRunning).toBe(1);
    expect(starts).toEqual([starts[0], (starts[0] ?? 0) + 3_000, (starts[0] ?? 0) + 6_000]);
    expect(queue.totalWaitMs).toBe(5_000);
  });

  it('does not wait before the first task or after a long pause', async () => {
    const clock = new FakeClock();
    const queue = new PoliteQueue(clock, 3_000);
    await queue.run(() => Promise.resolve());
    await clock.sleep(10_000);
    await queue.run(() => Promise.resolve());
    expect(queue.totalWaitMs).toBe(0);
  });

  it('keeps going after a failed task', async () => {
    const queue = new PoliteQueue(new FakeClock(), 10);
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
