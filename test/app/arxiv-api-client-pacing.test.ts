import { ArxivApiClient, DEFAULT_ARXIV_OPTIONS } from '../../src/app/arxiv-api-client';
import { PoliteQueue } from '../../src/app/polite-queue';
import type { HttpTransport } from '../../src/app/ports';
import { ok } from '../../src/core/result';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';

describe('ArxivApiClient pacing', () => {
  it('keeps every attempt, retries included, at least 3 s after the previous one', async () => {
    const clock = new FakeClock();
    const starts: number[] = [];
    let calls = 0;
    const http: HttpTransport = {
      get() {
        starts.push(clock.now().getTime());
        calls++;
        // The first batch meets three 503s before it succeeds; the second succeeds at once.
        if (calls <= 3) return Promise.resolve(ok({ status: 503, text: 'busy' }));
        return Promise.resolve(ok({ status: 200, text: atomFeedXml([atomEntryXml(samplePaper({ arxiv: '2406.10454' }))]) }));
      },
    };
    const client = new ArxivApiClient(http, new PoliteQueue(clock, 3_000), clock, { ...DEFAULT_ARXIV_OPTIONS, backoffMs: 1_000 });
    await Promise.all([client.fetchPapers(['2406.10454']), client.fetchPapers(['2406.10454'])]);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(starts).toHaveLength(5);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3_000);
  });
});
