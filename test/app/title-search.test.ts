import { PoliteQueue } from '../../src/app/polite-queue';
import type { HttpTransport } from '../../src/app/ports';
import { ArxivTitleSearch, type TitleMatch } from '../../src/app/title-search';
import { FetchTransport } from '../../src/cli/fetch-transport';
import { nodeClock } from '../../src/cli/node-clock';
import { ok } from '../../src/core/result';
import { atomFeedXml } from '../builders/atom';
import { titleCorpusXml } from '../builders/title-corpus';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { FakeClock } from '../support/fake-clock';

let stub: ArxivStub;
beforeAll(async () => {
  stub = await startArxivStub(titleCorpusXml());
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
  stub.offline = false;
});

function search(http: HttpTransport = new FetchTransport(), opts: { titlesPerRequest?: number } = {}): ArxivTitleSearch {
  return new ArxivTitleSearch(http, new PoliteQueue(nodeClock, 0), nodeClock, { apiUrl: stub.apiUrl, backoffMs: 1, retries: 1, ...opts });
}

const summary = (m: TitleMatch): string =>
  m.kind === 'matched' ? m.id : m.kind === 'ambiguous' ? `? ${m.candidates.map((c) => c.arxiv).join(',')}` : m.kind;

describe('ArxivTitleSearch against a search_query server', () => {
  it.each([
    ['8-bit Optimizers via Block-wise Quantization', '2110.02861'],
    ['8-BIT OPTIMIZERS VIA BLOCK-WISE QUANTIZATION.', '2110.02861'],
    ['Attention is all you need', '1706.03762'],
    ['π0: A Vision-Language-Action Flow Model for General Robot Control', '2410.24164'],
    ['$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control', '2410.24164'],
    ['Why "Pens" Beat Keyboards in Robot Teleoperation', '2599.00003'],
    ['RDT-1B - A Diffusion Foundation Model for Bimanual Manipulation', '2410.07864'],
    ['GR00T N1 An Open Foundation Model for Generalist Humanoid Robots', '2503.14734'],
    ['Diffusion Policy', '? 2303.04137'],
    ['Learning to Walk', '? 2599.00005,2599.00004'],
    ['Open Foundation Model for Humanoid Robots', '? 2503.14734'],
    ['A Treatise on Teapots Nobody Wrote', 'none'],
  ])('finds %j → %s', async (title, expected) => {
    const [match] = await search().findTitles([title]);
    expect(match && summary(match)).toBe(expected);
    expect(match?.query).toBe(title);
  });

  it('answers ten titles with one request, in the order asked, duplicates alike', async () => {
    const titles = [
      'Attention Is All You Need',
      '8-bit Optimizers via Block-wise Quantization',
      'π0: A Vision-Language-Action Flow Model for General Robot Control',
      'Why “Pens” Beat Keyboards in Robot Teleoperation',
      'RDT-1B: a Diffusion Foundation Model for Bimanual Manipulation',
      'Diffusion Policy',
      'Learning to Walk',
      'GR00T N1: An Open Foundation Model for Generalist Humanoid Robots',
      'Attention Is All You Need',
      'Attention Is All You Need for Tabular Data',
    ];
    const client = search();
    const matches = await client.findTitles(titles);
    expect(matches.map(summary)).toEqual([
      '1706.03762', '2110.02861', '2410.24164', '2599.00003', '2410.07864',
      '? 2303.04137', '? 2599.00005,2599.00004', '2503.14734', '1706.03762', '2599.00001',
    ]);
    expect(client.requestCount).toBe(1);
    expect(stub.requests[0]?.searchQuery).toContain(' OR ');
  });

  it('sends a second, looser query only for the titles the phrases missed', async () => {
    const client = search();
    const matches = await client.findTitles(['Attention Is All You Need', 'Open Foundation Model for Humanoid Robots', 'Teapots of the World']);
    expect(matches.map(summary)).toEqual(['1706.03762', '? 2503.14734', 'none']);
    expect(client.requestCount).toBe(2);
    expect(stub.requests[1]?.searchQuery).not.toContain('attention');
  });

  it('POSTs a query too long for a URL and still answers every title', async () => {
    const titles = Array.from({ length: 29 }, (_, i) => `A Long Title About Robot Learning Number ${i} With Many Distinctive Words`);
    const client = search(new FetchTransport(), { titlesPerRequest: 30 });
    const matches = await client.findTitles([...titles, 'Attention Is All You Need']);
    expect(matches.at(-1) && summary(matches.at(-1) as TitleMatch)).toBe('1706.03762');
    expect(stub.requests[0]?.method).toBe('POST');
    // One request for the phrases, one for the words of the 29 titles the phrases missed.
    expect(client.requestCount).toBe(2);
  });

  it('splits a long query into GETs when the transport cannot POST', async () => {
    const http = new FetchTransport();
    const getOnly: HttpTransport = { get: (url, ms) => http.get(url, ms) };
    const titles = Array.from({ length: 30 }, (_, i) => `A Long Title About Robot Learning Number ${i} With Many Distinctive Words`);
    const client = search(getOnly, { titlesPerRequest: 30 });
    await client.findTitles(titles);
    expect(stub.requests.every((r) => r.method === 'GET' && r.url.length <= 2_000)).toBe(true);
    expect(stub.requests.length).toBeGreaterThan(1);
  });

  it('keeps every title as unreachable when arXiv cannot be reached, after retrying', async () => {
    stub.offline = true;
    const client = search();
    const matches = await client.findTitles(['Attention Is All You Need', 'Diffusion Policy']);
    expect(matches.map((m) => [m.kind, m.query])).toEqual([
      ['unreachable', 'Attention Is All You Need'],
      ['unreachable', 'Diffusion Policy'],
    ]);
    expect(client.requestCount).toBe(2);
  });
});

describe('ArxivTitleSearch pacing and cancelling', () => {
  it('keeps requests 3 s apart through the shared queue, and skips a cancelled search', async () => {
    const clock = new FakeClock();
    const starts: number[] = [];
    const http: HttpTransport = {
      get() {
        starts.push(clock.now().getTime());
        return Promise.resolve(ok({ status: 200, text: atomFeedXml([]) }));
      },
    };
    const queue = new PoliteQueue(clock, 3_000);
    const client = new ArxivTitleSearch(http, queue, clock, { titlesPerRequest: 1 });
    const cancelled = new AbortController();
    cancelled.abort();
    const [a, b] = await Promise.all([
      client.findTitles(['Teapots', 'Kettles']),
      client.findTitles(['Saucers'], { signal: cancelled.signal }),
    ]);
    expect(a?.map((m) => m.kind)).toEqual(['none', 'none']);
    expect(b?.map((m) => m.kind)).toEqual(['unreachable']);
    expect(starts).toHaveLength(2);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(3_000);
  });
});
