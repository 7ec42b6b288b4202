import { PaperIndex } from '../../../src/core/dashboard/index';
import { compareRecords, EMPTY_QUERY, SORT_COLUMNS, type PaperQuery } from '../../../src/core/dashboard/query';
import { paperRecord, type PaperRecord } from '../../../src/core/dashboard/record';
import { compileFilter, runQuery, type TagCount } from '../../../src/core/dashboard/run-query';
import { RECORD_OPTIONS } from '../../builders/dashboard-fixture';
import { seededRandom } from '../../builders/note';
import { syntheticPapers } from '../../builders/paper-vault';

/** The dashboard's rules written as plainly as possible: filter every record, sort, count. */
function reference(records: readonly PaperRecord[], q: PaperQuery): { paths: string[]; total: number; facets: TagCount[] } {
  const test = compileFilter(q);
  const matches = records.filter(test).sort((a, b) => compareRecords(a, b, q.sort));
  const counts = new Map<string, number>();
  for (const r of matches) for (const k of r.tagKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const facets = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  const paths = matches.map((r) => r.path);
  return { paths: q.limit === null ? paths : paths.slice(0, q.limit), total: matches.length, facets };
}

const QUERIES: readonly Partial<PaperQuery>[] = [
  {},
  { includeTags: ['robotics'] },
  { includeTags: ['Robotics/Humanoid'], excludeTags: ['#survey'] },
  { excludeTags: ['robotics', 'vision'] },
  { includeTags: ['never-used-yet'] },
  { rating: { min: 4, max: null } },
  { rating: { min: 2, max: 3 }, unrated: true },
  { unrated: true },
  { statuses: ['to-read', 'read'] },
  { distilled: true },
  { distilled: false, year: { min: 2020, max: 2024 } },
  { categories: ['CS.RO', 'stat.ml'] },
  { year: { min: null, max: 2017 } },
  { search: 'hum' },
  { search: 'muller diffusion' },
  { search: 'policies 1' },
  { includeTags: ['rl'], statuses: ['reading'], rating: { min: 3, max: 5 }, limit: 7 },
  { citations: { min: 100, max: null } },
  { citations: { min: 0, max: 0 } },
  { citations: { min: 50, max: 900 }, year: { min: 2018, max: null } },
  { venues: ['CoRL', 'icra'] },
  { venues: ['science', 'neural'], citations: { min: null, max: 2000 } },
  { venues: ['rob'], includeTags: ['robotics'], sort: { column: 'citations', direction: 'desc' } },
];

const build = (records: readonly PaperRecord[]) => {
  const index = new PaperIndex();
  index.reset(records);
  return index;
};

const NOTES_400 = syntheticPapers(400, 11);

describe('live query results', () => {
  const sorts = SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction })));

  it.each(sorts)('match a plain filter-and-sort for every query, sorted by $column $direction', (sort) => {
    const records = NOTES_400.map((n) => paperRecord(n.path, n.frontmatter, n.text, RECORD_OPTIONS)!);
    const index = build(records);
    for (const patch of QUERIES) {
      const q = { ...EMPTY_QUERY, ...patch, sort };
      const got = runQuery(index, q);
      const want = reference(records, q);
      expect({ paths: got.records.map((r) => r.path), total: got.total, facets: got.facets }).toEqual(want);
    }
  });

  it('stay exact through edits, additions, removals and renames, without a new pass', () => {
    const notes = syntheticPapers(500, 5);
    const rng = seededRandom(99);
    const recordOf = (n: (typeof notes)[number], patch: Record<string, unknown> = {}) =>
      paperRecord(n.path, { ...n.frontmatter, ...patch }, n.text, RECORD_OPTIONS);
    const index = build(notes.slice(0, 400).map((n) => recordOf(n)!));
    const queries = QUERIES.map((patch, i) => ({ ...EMPTY_QUERY, ...patch, sort: sorts[i % sorts.length] }));
    for (let step = 0; step < 200; step++) {
      const n = notes[Math.floor(rng() * notes.length)];
      const roll = rng();
      if (roll < 0.15) index.remove(n.path);
      else if (roll < 0.2) index.upsert(n.path, recordOf(n, { tags: ['meeting'], arxiv: '' }));
      else if (roll < 0.25) index.rename(n.path, paperRecord(`Moved/${step}.md`, n.frontmatter, n.text, RECORD_OPTIONS));
      else {
        index.upsert(n.path, recordOf(n, {
          rating: rng() < 0.3 ? undefined : 1 + Math.floor(rng() * 5),
          tags: ['paper', rng() < 0.5 ? 'robotics/humanoid' : `fresh/${step % 7}`, ...(rng() < 0.3 ? ['survey'] : [])],
          status: ['to-read', 'reading', 'read', 'bogus'][Math.floor(rng() * 4)],
          title: rng() < 0.2 ? `Humanoid ${step}` : n.frontmatter.title,
          citations: rng() < 0.3 ? undefined : Math.floor(rng() * 1000),
          venue: rng() < 0.5 ? n.frontmatter.venue : ['CoRL 2024', 'Science Robotics', undefined][step % 3],
        }));
      }
      // A few queries stay live (the dashboard and its code blocks); the rest are asked now and then.
      const q = queries[step % 3];
      if (step % 10 === 0 || step % 3 === 0) {
        expect(runQuery(index, q).records.map((r) => r.path)).toEqual(reference([...index.all()], q).paths);
      }
    }
    for (const q of queries) {
      const got = runQuery(index, q);
      const want = reference([...index.all()], q);
      expect({ paths: got.records.map((r) => r.path), total: got.total, facets: got.facets }).toEqual(want);
    }
  });

  it('a kept result does not change under the caller when a note changes later', () => {
    const notes = syntheticPapers(50, 2);
    const index = build(notes.map((n) => paperRecord(n.path, n.frontmatter, n.text, RECORD_OPTIONS)!));
    const before = runQuery(index, EMPTY_QUERY);
    const paths = before.records.map((r) => r.path);
    index.remove(notes[0].path);
    expect(before.records.map((r) => r.path)).toEqual(paths);
    expect(runQuery(index, EMPTY_QUERY).total).toBe(49);
  });
});
