import { doiBatches, worksEndpoint } from '../../../src/app/openalex-client';
import { factsFor, paperDois, parseWorks, worksUrl, type WorkFacts } from '../../../src/core/openalex/works';

const work = (id: string, doi: string, cited: number, source: unknown) => ({ id: `https://openalex.org/${id}`, doi: `https://doi.org/${doi}`, cited_by_count: cited, primary_location: { source } });

describe('OpenAlex works', () => {
  it('looks a paper up by its lower-cased arXiv DOI and its journal DOI', () => {
    expect(paperDois({ arxiv: '2406.10454' })).toEqual(['10.48550/arxiv.2406.10454']);
    expect(paperDois({ arxiv: 'hep-th/9901001', doi: 'https://doi.org/10.1103/PhysRevD.60.1' })).toEqual(['10.48550/arxiv.hep-th/9901001', '10.1103/physrevd.60.1']);
    // A note whose doi is the arXiv DOI asks once.
    expect(paperDois({ arxiv: '2406.10454', doi: '10.48550/arXiv.2406.10454' })).toEqual(['10.48550/arxiv.2406.10454']);
  });

  it('builds one filter URL with | between DOIs, per-page=50 and mailto only when set', () => {
    expect(worksUrl('https://api.openalex.org/works', ['10.48550/arxiv.1', '10.1/x'], '')).toBe('https://api.openalex.org/works?filter=doi:10.48550/arxiv.1|10.1/x&per-page=50');
    expect(worksUrl('http://h/works', ['10.1/a'], ' me@lab.org ')).toBe('http://h/works?filter=doi:10.1/a&per-page=50&mailto=me%40lab.org');
    expect(worksEndpoint('http://127.0.0.1:9/')).toBe('http://127.0.0.1:9/works');
    expect(worksEndpoint('http://127.0.0.1:9/works')).toBe('http://127.0.0.1:9/works');
  });

  it('splits more than 50 DOIs over requests, keeping each paper in one', () => {
    const papers = Array.from({ length: 60 }, (_, i) => ({ arxiv: `2401.${String(10000 + i)}`, ...(i % 2 === 0 ? { doi: `10.1/j${i}` } : {}) }));
    const batches = doiBatches(papers);
    expect(batches.map((b) => b.length)).toEqual([50, 40]);
    expect(new Set(batches.flat()).size).toBe(90);
  });

  it.each([
    ['a conference', { display_name: 'Conference on Robot Learning', type: 'conference' }, 'Conference on Robot Learning'],
    ['arXiv itself', { display_name: 'arXiv (Cornell University)', type: 'repository' }, undefined],
    ['another repository', { display_name: 'Zenodo', type: 'repository' }, undefined],
    ['no source', null, undefined],
    ['an empty name', { display_name: '  ', type: 'journal' }, undefined],
  ])('reads the venue of %s', (_, source, venue) => {
    const [w] = parseWorks(JSON.stringify({ results: [work('W1', '10.1/A', 5, source)] })) ?? [];
    expect(w?.venue).toBe(venue);
    expect(w).toMatchObject({ id: 'W1', doi: '10.1/a', citations: 5 });
  });

  it.each<[string, unknown, string | undefined]>([
    ['conference', { display_name: 'CoRL', type: 'conference' }, 'conference'],
    ['journal', { display_name: 'IEEE RA-L', type: 'Journal' }, 'journal'],
    ['book series', { display_name: 'LNCS', type: 'book series' }, 'book series'],
    ['missing', { display_name: 'Some Venue' }, undefined],
    ['not a word', { display_name: 'Some Venue', type: '<script>' }, undefined],
    ['not a string', { display_name: 'Some Venue', type: 7 }, undefined],
  ])('keeps the source type (%s) beside the venue', (_, source, venueType) => {
    const [w] = parseWorks(JSON.stringify({ results: [work('W1', '10.1/A', 5, source)] })) ?? [];
    expect(w?.venueType).toBe(venueType);
  });

  it('takes the venue type from the work that gives the venue', () => {
    const byDoi = new Map<string, WorkFacts>([
      ['10.48550/arxiv.2409.05864', { id: 'W1', doi: '10.48550/arxiv.2409.05864', citations: 3, venue: 'CoRL', venueType: 'conference' }],
      ['10.1/j', { id: 'W2', doi: '10.1/j', citations: 12 }],
    ]);
    expect(factsFor({ arxiv: '2409.05864', doi: '10.1/J' }, byDoi)).toEqual({ openalex: 'W2', citations: 12, venue: 'CoRL', venueType: 'conference' });
  });

  it.each(['not json', '{"error":"x"}', '[]'])('refuses an answer that is not a works list: %s', (text) => {
    expect(parseWorks(text)).toBeNull();
  });

  it('skips broken works and keeps the rest', () => {
    const text = JSON.stringify({ results: [{ id: 'W1' }, { id: 'https://openalex.org/W2', doi: 'https://doi.org/10.1/b', cited_by_count: -1 }, work('W3', '10.1/c', 0, null)] });
    expect(parseWorks(text)?.map((w) => w.id)).toEqual(['W3']);
  });

  it('prefers the journal work for venue and id, and takes the larger count', () => {
    const byDoi = new Map<string, WorkFacts>([
      ['10.48550/arxiv.2409.05864', { id: 'W1', doi: '10.48550/arxiv.2409.05864', citations: 30 }],
      ['10.1/j', { id: 'W2', doi: '10.1/j', citations: 12, venue: 'J. Robots' }],
    ]);
    expect(factsFor({ arxiv: '2409.05864', doi: '10.1/J' }, byDoi)).toEqual({ openalex: 'W2', citations: 30, venue: 'J. Robots' });
    expect(factsFor({ arxiv: '2409.05864' }, byDoi)).toEqual({ openalex: 'W1', citations: 30 });
    expect(factsFor({ arxiv: '2501.00001' }, byDoi)).toBeNull();
  });
});
