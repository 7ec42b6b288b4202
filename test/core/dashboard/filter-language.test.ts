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
  ])('%j is refused, naming the clause', (text, clause, line, message) => {
    const parsed = parseFilter(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatchObject({ clause, line });
    expect(parsed.errors[0].message).toContain(message);
    expect(text.slice(parsed.errors[0].offset)).toMatch(new RegExp(`^${clause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
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
  ])('formats %j back to the same query', (text) => {
    const parsed = parseFilter(text);
    if (!parsed.ok) throw new Error('bad filter');
    expect(formatFilter(parsed.query)).toBe(text);
    expect(parseFilter(formatFilter(parsed.query))).toEqual(parsed);
  });
});
