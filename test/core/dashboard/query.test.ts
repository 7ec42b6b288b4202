import { parseFilter } from '../../../src/core/dashboard/filter-language';
import { runQuery } from '../../../src/core/dashboard/run-query';
import { FIXTURE_VAULT, indexOf, paperNote } from '../../builders/dashboard-fixture';

const index = indexOf(FIXTURE_VAULT);

function titlesFor(filter: string): string[] {
  const parsed = parseFilter(filter);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return runQuery(index, parsed.query).records.map((r) => r.path.replace(/^Papers\/|\.md$/g, ''));
}

describe('the query language on the fixture vault', () => {
  it.each<[string, string[]]>([
    ['', ['Survey', 'Diffusion', 'HumanPlus', 'NeRF', 'ALOHA', 'Attention', 'Kernels', 'Unrated']],
    ['tags: robotics', ['Survey', 'Diffusion', 'HumanPlus', 'ALOHA']],
    ['tags: robotics -survey', ['Diffusion', 'HumanPlus', 'ALOHA']],
    ['tags: #ROBOTICS/manipulation', ['Diffusion', 'ALOHA']],
    ['tags: robotics/human', []],
    ['tags: survey robotics', ['Survey']],
    ['tags: -robotics -survey', ['NeRF', 'Attention', 'Kernels']],
    ['rating: >=4', ['HumanPlus', 'ALOHA', 'Attention']],
    ['rating: >=4 unrated', ['Survey', 'HumanPlus', 'NeRF', 'ALOHA', 'Attention', 'Unrated']],
    ['rating: unrated', ['Survey', 'NeRF', 'Unrated']],
    ['rating: 2-3', ['Diffusion', 'Kernels']],
    ['rating: <3', ['Kernels']],
    ['status: to-read', ['Survey', 'NeRF', 'Kernels']],
    ['status: reading read', ['Diffusion', 'HumanPlus', 'ALOHA', 'Attention']],
    ['distilled: yes', ['HumanPlus', 'Attention', 'Kernels']],
    ['distilled: no; status: read', ['Diffusion']],
    ['category: cs.lg', ['ALOHA', 'Attention']],
    ['year: 2020-2023', ['Survey', 'Diffusion', 'NeRF', 'ALOHA']],
    ['year: <2018', ['Attention', 'Kernels']],
    ['search: finn', ['HumanPlus', 'ALOHA']],
    ['search: humanoid HUMANPLUS', ['HumanPlus']],
    ['search: scholkopf', ['Kernels']],
    ['search: recurrence transformers', ['Attention']],
    ['search: nothing-like-this', []],
    ['sort: title', ['Survey', 'Attention', 'Diffusion', 'HumanPlus', 'ALOHA', 'Kernels', 'NeRF', 'Unrated']],
    ['sort: rating desc', ['Attention', 'HumanPlus', 'ALOHA', 'Diffusion', 'Kernels', 'Survey', 'NeRF', 'Unrated']],
    ['sort: year asc\nlimit: 3', ['Kernels', 'Attention', 'NeRF']],
    ['sort: author; limit: 2', ['Diffusion', 'HumanPlus']],
    ['tags: robotics\nrating: >=3\nsort: added desc', ['Diffusion', 'HumanPlus', 'ALOHA']],
    ['citations: >=100', ['HumanPlus', 'NeRF', 'ALOHA', 'Attention']],
    ['citations: >120', ['NeRF', 'ALOHA', 'Attention']],
    ['citations: <=120', ['Diffusion', 'HumanPlus', 'Kernels']],
    ['citations: <100', ['Diffusion', 'Kernels']],
    ['citations: 0', ['Diffusion']],
    ['citations: =15', ['Kernels']],
    ['citations: 100-1000', ['HumanPlus', 'ALOHA']],
    ['citations: >= 1,000', ['NeRF', 'Attention']],
    ['venue: CoRL ICRA', ['HumanPlus']],
    ['venue: neural ROBOTICS', ['ALOHA', 'Attention']],
    ['venue: sys', ['ALOHA', 'Attention']],
    ['venue: ystems', []],
    ['venue: science', ['ALOHA']],
    ['venue: acm', ['NeRF']],
    ['venue: corl; citations: >200', []],
    ['venue: robot neural; citations: <1000', ['HumanPlus', 'ALOHA']],
    ['sort: citations', ['Attention', 'NeRF', 'ALOHA', 'HumanPlus', 'Kernels', 'Diffusion', 'Survey', 'Unrated']],
    ['sort: citations asc', ['Diffusion', 'Kernels', 'HumanPlus', 'ALOHA', 'NeRF', 'Attention', 'Survey', 'Unrated']],
  ])('%j (missing values sort last; ties by title)', (filter, expected) => {
    expect(titlesFor(filter)).toEqual(expected);
  });

  it('counts tag facets over the matches, nested tags counting for their parents', () => {
    const parsed = parseFilter('tags: robotics');
    if (!parsed.ok) throw new Error('bad filter');
    const facets = Object.fromEntries(runQuery(index, parsed.query).facets.map((f) => [f.tag, f.count]));
    expect(facets).toMatchObject({ paper: 4, robotics: 4, 'robotics/manipulation': 2, 'robotics/humanoid': 1, survey: 1, diffusion: 1 });
    expect(facets.nlp).toBeUndefined();
  });

  it('reports the total before the limit', () => {
    const parsed = parseFilter('limit: 2');
    if (!parsed.ok) throw new Error('bad filter');
    const result = runQuery(index, parsed.query);
    expect([result.records.length, result.total]).toEqual([2, 8]);
  });

  it('leaves notes that are not papers out', () => {
    expect(index.get('Notes/Meeting.md')).toBeUndefined();
    expect(index.size).toBe(8);
  });
});

describe('citations and venue as readers and hand edits write them', () => {
  const odd = indexOf({
    'Papers/Huge.md': paperNote({ title: 'Huge', arxiv: '2401.00010', tags: ['paper'], citations: 5_000_000_000, venue: 'ICRA' }),
    'Papers/Text.md': paperNote({ title: 'Text', arxiv: '2401.00011', tags: ['paper'], citations: ' 42 ', venue: '  Conference\n on  Robot Learning ' }),
    'Papers/Negative.md': paperNote({ title: 'Negative', arxiv: '2401.00012', tags: ['paper'], citations: -3, venue: 42 }),
    'Papers/Fraction.md': paperNote({ title: 'Fraction', arxiv: '2401.00013', tags: ['paper'], citations: 2.5, venue: ['ICRA'] }),
    'Papers/Words.md': paperNote({ title: 'Words', arxiv: '2401.00014', tags: ['paper'], citations: 'many', venue: 'Ünïcode Wörkshop' }),
  });
  const run = (filter: string) => {
    const parsed = parseFilter(filter);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    return runQuery(odd, parsed.query).records.map((r) => r.title);
  };

  it.each<[string, string[]]>([
    ['citations: >=2000000000', ['Huge']],
    ['citations: 42', ['Text']],
    ['citations: <=100', ['Text']],
    ['sort: citations', ['Huge', 'Text', 'Fraction', 'Negative', 'Words']],
    ['venue: robot', ['Text']],
    ['venue: unicode', ['Words']],
    ['venue: WORKSHOP', ['Words']],
    ['venue: 42', ['Negative']],
    ['venue: icra', ['Huge']],
  ])('%j', (filter, titles) => {
    expect(run(filter)).toEqual(titles);
  });

  it('reads only whole counts of 0 or more, and a venue that is text or a number', () => {
    const counts = Object.fromEntries([...odd.all()].map((r) => [r.title, [r.citations, r.venue]]));
    expect(counts).toEqual({
      Huge: [5_000_000_000, 'ICRA'],
      Text: [42, 'Conference on Robot Learning'],
      Negative: [null, '42'],
      Fraction: [null, null],
      Words: [null, 'Ünïcode Wörkshop'],
    });
  });
});
