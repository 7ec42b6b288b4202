import { arxivTimeouts, ArxivApiClient, DEFAULT_ARXIV_OPTIONS, type ArxivApiOptions } from '../../src/app/arxiv-api-client';
import { PoliteQueue } from '../../src/app/polite-queue';
import type { HttpTransport } from '../../src/app/ports';
import { err, ok } from '../../src/core/result';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import { FakeClock } from '../support/fake-clock';

const PAPER = atomEntryXml(samplePaper({ arxiv: '2406.10454' }));
type Answer = 'empty' | 'entry' | 'hang' | '503';

/** A transport that answers from a script and notes when each request started (fake time). */
function scripted(clock: FakeClock, script: Answer[], then: Answer): { http: HttpTransport; starts: number[] } {
  const starts: number[] = [];
  const http: HttpTransport = {
    async get(_url, timeoutMs) {
      starts.push(clock.now().getTime());
      const answer = script.shift() ?? then;
      if (answer === 'hang') {
        await clock.sleep(timeoutMs);
        return err('TIMEOUT', `No answer within ${timeoutMs / 1000} s.`);
      }
      if (answer === '503') return ok({ status: 503, text: 'busy' });
      return ok({ status: 200, text: answer === 'entry' ? atomFeedXml([PAPER]) : atomFeedXml([], { totalResults: 0 }) });
    },
  };
  return { http, starts };
}

function client(clock: FakeClock, http: HttpTransport, options: Partial<ArxivApiOptions> = {}) {
  return new ArxivApiClient(http, new PoliteQueue(clock, 3_000), clock, { ...DEFAULT_ARXIV_OPTIONS, ...options });
}

describe('a wholly empty page (HTTP 200, totalResults 0)', () => {
  it('is asked again, paced and backed off, before the paper is called missing', async () => {
    const clock = new FakeClock();
    const { http, starts } = scripted(clock, ['empty', 'empty'], 'entry');
    const batch = await client(clock, http).fetchPapers(['2406.10454']);
    expect(batch.ok && [...batch.value.found.keys()]).toEqual(['2406.10454']);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(gaps).toEqual([3_000, 6_000]);
  });

  it('counts as "not found" only after every re-ask came back empty', async () => {
    const clock = new FakeClock();
    const { http, starts } = scripted(clock, [], 'empty');
    const batch = await client(clock, http).fetchPapers(['2406.10454', '2406.99999']);
    expect(batch.ok && batch.value.missing).toEqual(['2406.10454', '2406.99999']);
    expect(starts).toHaveLength(1 + DEFAULT_ARXIV_OPTIONS.emptyPageRetries);
  });

  it('is not re-asked when the page has entries for some of the batch', async () => {
    const clock = new FakeClock();
    const { http, starts } = scripted(clock, [], 'entry');
    const batch = await client(clock, http).fetchPapers(['2406.10454', '2406.99999']);
    expect(batch.ok && batch.value.missing).toEqual(['2406.99999']);
    expect(starts).toHaveLength(1);
  });

  it('after an empty page, a server that stops answering queues the batch instead of calling it missing', async () => {
    const clock = new FakeClock();
    const { http } = scripted(clock, ['empty'], 'hang');
    const batch = await client(clock, http).fetchPapers(['2406.10454']);
    expect(batch.ok).toBe(false);
    expect(!batch.ok && batch.error.code).toBe('TIMEOUT');
  });
});

describe('the time one batch may take', () => {
  it.each([0.5, 1, 5, 20, 30, 60, 200])('a server that never answers is given up on after at most %s s', async (seconds) => {
    const clock = new FakeClock();
    const { http, starts } = scripted(clock, [], 'hang');
    const start = clock.now().getTime();
    const batch = await client(clock, http, arxivTimeouts(seconds)).fetchPapers(['2406.10454']);
    const elapsed = clock.now().getTime() - start;
    expect(elapsed).toBeLessThanOrEqual(seconds * 1000);
    expect(batch.ok).toBe(false);
    expect(!batch.ok && batch.error.message).toMatch(/^No answer within [\d.]+ s\. Gave up after \d attempts?( within the [\d.]+ s limit)?\.$/);
    // No request waits longer than the per-request limit, and short budgets do not retry in vain.
    expect(starts.length).toBeGreaterThanOrEqual(1);
    if (seconds <= 3) expect(starts).toHaveLength(1);
  });

  it('the default budget is 60 s for a hanging server (it was 80 s and more)', async () => {
    const clock = new FakeClock();
    const { http } = scripted(clock, [], 'hang');
    const batch = await client(clock, http).fetchPapers(['2406.10454']);
    expect(clock.slept).toBeLessThanOrEqual(60_000);
    expect(!batch.ok && batch.error.message).toBe('No answer within 11 s. Gave up after 3 attempts within the 60 s limit.');
  });

  it('still retries quick failures within the budget', async () => {
    const clock = new FakeClock();
    const { http, starts } = scripted(clock, ['503', '503'], 'entry');
    const batch = await client(clock, http, arxivTimeouts(30)).fetchPapers(['2406.10454']);
    expect(batch.ok).toBe(true);
    expect(starts).toHaveLength(3);
  });
});
