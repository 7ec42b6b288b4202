import { describeFilterErrors, formatFilter, parseFilter } from '../../../src/core/dashboard/filter-language';
import { EMPTY_QUERY } from '../../../src/core/dashboard/query';

describe('parseFilter', () => {
  it('reads every clause, one per line or separated by semicolons', () => {
    const parsed = parseFilter('tags: robotics -survey #vision; rating: >=4 unrated\nstatus: to-read reading\n\ndistilled: no\ncategory: cs.RO\nyear: 2020-2024\nsearch: Humanoid fu\nsort: title desc\nlimit: 20');
    expect(parsed).toEqual({
      ok: true,
      query: {
        includeTags: ['robotics', 'vision'],
        excludeTags: ['survey'],
        rating: { min: 4, max: null },
        unrated: true,
        statuses: ['to-read', 'reading'],
        distilled: false,
        categories: ['cs.RO'],
        year: { min: 2020, max: 2024 },
        citations: null,
        venues: [],
        search: 'Humanoid fu',
        sort: { column: 'title', direction: 'desc' },
        limit: 20,
      },
    });
  });

  it('gives an empty query for empty text and ignores // comments', () => {
    expect(parseFilter('  \n// my reading list\n')).toEqual({ ok: true, query: EMPTY_QUERY });
  });

  it.each<[string, string, number, string]>([
    ['rating: >=six', 'rating: >=six', 1, 'is not a rating'],
    ['tags: robotics\nstaus: read', 'staus: read', 2, 'Unknown filter "staus"'],
    ['robotics', 'robotics', 1, 'has no name'],
    ['sort: color', 'sort: color', 1, 'Cannot sort by "color"'],
    ['sort: title sideways', 'sort: title sideways', 1, 'asc or desc'],
    ['limit: 0', 'limit: 0', 1, 'whole number'],
    ['status: done', 'status: done', 1, '"done" is not a status'],
    ['year: recent', 'year: recent', 1, 'is not a year'],
    ['tags: cs.RO', 'tags: cs.RO', 1, 'is not a tag'],
    ['tags: a; rating:', 'rating:', 1, 'needs a value'],
    ['distilled: maybe', 'distilled: maybe', 1, 'yes or no'],
    ['citations: >=abc', 'citations: >=abc', 1, 'is not a citation count'],
    ['citations: lots', 'citations: lots', 1, 'is not a citation count'],
    ['citations: 500-100', 'citations: 500-100', 1, 'is not a citation count'],
    ['citations: -5', 'citations: -5', 1, 'is not a citation count'],
    ['citations: >=99999999999999999999', 'citations: >=99999999999999999999', 1, 'is not a citation count'],
    ['citations: <0', 'citations: <0', 1, 'is not a citation count'],
    ['venue:', 'venue:', 1, '"venue" needs a value'],
    ['tags: a\nvenue:   ', 'venue:', 2, '"venue" needs a value'],
    ['venue: -ICRA', 'venue: -ICRA', 1, 'cannot exclude'],
    ['venue: ()', 'venue: ()', 1, 'no letters or digits'],
    ['citation: >=4', 'citation: >=4', 1, 'Did you mean citations?'],
  ])('%j is refused, naming the clause', (text, clause, line, message) => {
    const parsed = parseFilter(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatchObject({ clause, line });
    expect(parsed.errors[0].message).toContain(message);
    expect(text.slice(parsed.errors[0].offset)).toMatch(new RegExp(`^${clause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each<[string, { min: number | null; max: number | null }]>([
    ['>=100', { min: 100, max: null }],
    ['=>100', { min: 100, max: null }],
    ['>100', { min: 101, max: null }],
    ['<=100', { min: null, max: 100 }],
    ['<100', { min: null, max: 99 }],
    ['=100', { min: 100, max: 100 }],
    ['100', { min: 100, max: 100 }],
    ['10-100', { min: 10, max: 100 }],
    ['10..100', { min: 10, max: 100 }],
    ['>= 1,000', { min: 1000, max: null }],
  ])('citations: %s reads as the range %j, like rating and year', (value, range) => {
    expect(parseFilter(`citations: ${value}`)).toEqual({ ok: true, query: { ...EMPTY_QUERY, citations: range } });
  });

  it('sorts by citations highest first unless told otherwise', () => {
    expect(parseFilter('sort: citations')).toEqual({ ok: true, query: { ...EMPTY_QUERY, sort: { column: 'citations', direction: 'desc' } } });
  });

  it('keeps venue words as written, once each, any of them matching', () => {
    expect(parseFilter('venue: CoRL ICRA corl, ICRA')).toEqual({ ok: true, query: { ...EMPTY_QUERY, venues: ['CoRL', 'ICRA', 'corl'] } });
  });

  it('reports every bad clause at once, with its line', () => {
    const parsed = parseFilter('rating: 9\ntags: ok\nlimit: many');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(describeFilterErrors(parsed.errors)).toEqual([
      expect.stringMatching(/^Line 1, "rating: 9": /),
      expect.stringMatching(/^Line 3, "limit: many": /),
    ]);
  });

  it.each([
    'tags: robotics -survey',
    'rating: >=4 unrated\nstatus: to-read',
    'distilled: yes\ncategory: cs.RO cs.LG\nyear: 2020-2024',
    'search: humanoid\nsort: title asc\nlimit: 5',
    'rating: 3\nyear: <=2019',
    'citations: >=100\nvenue: CoRL ICRA',
    'citations: 10-100\nsort: citations asc',
    'citations: 0\nsort: citations desc',
  ])('formats %j back to the same query', (text) => {
    const parsed = parseFilter(text);
    if (!parsed.ok) throw new Error('bad filter');
    expect(formatFilter(parsed.query)).toBe(text);
    expect(parseFilter(formatFilter(parsed.query))).toEqual(parsed);
  });
});
