import { PaperIndex } from '../src/core/dashboard/index';
import { dashboardModel } from '../src/core/dashboard/model';
import { compareRecords, EMPTY_QUERY, SORT_COLUMNS, type PaperQuery, type SortSpec } from '../src/core/dashboard/query';
import { paperRecord, type PaperRecord } from '../src/core/dashboard/record';
import { compileFilter, runQuery, type QueryResult } from '../src/core/dashboard/run-query';
import { DEFAULT_REQUIRED_SECTIONS } from '../src/core/note/template-settings';
import { syntheticPapers, type SyntheticNote } from '../test/builders/paper-vault';
import { percentile, statOf, type Stat } from './measure';

const OPTIONS = { paperTag: 'paper', requiredSections: DEFAULT_REQUIRED_SECTIONS };
const PAGE = 50;
const REPEATS = 5;

/** The filter changes a reader makes one after another: each is one measured step. */
const STEPS: readonly Partial<PaperQuery>[] = [
  { includeTags: ['robotics'] },
  { includeTags: ['robotics'], excludeTags: ['survey'] },
  { includeTags: ['robotics'], excludeTags: ['survey'], rating: { min: 4, max: null } },
  { search: 'hum' },
  { search: 'humanoid polic' },
  { search: 'müller diffusion' },
  { statuses: ['to-read'], sort: { column: 'title', direction: 'asc' } },
  { sort: { column: 'rating', direction: 'desc' } },
  { distilled: false, year: { min: 2020, max: 2024 } },
  {},
];

export interface Figure {
  readonly value: Stat | number;
  /** The same work as a plain loop over plain objects: what the figure is judged against. */
  readonly floor?: Stat | number;
}

/** ~2 KB notes, as a distilled paper note is: a few paragraphs under the sections. */
export function realisticNotes(count: number): SyntheticNote[] {
  const filler = 'The method conditions a transformer policy on proprioception and a short history of frames; it is trained on 40 hours of teleoperation. ';
  return syntheticPapers(count).map((n) => {
    const room = Math.max(0, 2048 - n.text.length);
    const paragraph = filler.repeat(Math.ceil(room / filler.length / 3)).slice(0, Math.floor(room / 3));
    const text = n.text.replace(/\n- A real point\.\n/g, `\n- A real point.\n\n${paragraph}\n`);
    return { ...n, text: text.length >= 1800 ? text : `${text}\n${paragraph}\n${paragraph}\n` };
  });
}

/**
 * Index build (records from frontmatter as Obsidian's cache holds it, plus the note text for the
 * template check), the first query and the first sort on each column of a fresh index, one
 * filter change (query + facets + the page model), one note changed (index upsert + the same
 * query again), each beside its floor.
 */
export function dashboardFigures(): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const [label, count] of [['10k', 10_000], ['100k', 100_000]] as const) {
    const notes = realisticNotes(count);
    const builds: number[] = [];
    let records: PaperRecord[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      records = notes.map((n) => paperRecord(n.path, n.frontmatter, n.text, OPTIONS)!);
      new PaperIndex().reset(records);
      builds.push(performance.now() - t0);
    }
    figures[`dashboard.index_ms_${label}`] = { value: statOf(builds) };
    const fresh = () => {
      const index = new PaperIndex();
      index.reset(records);
      return index;
    };
    const show = (index: PaperIndex, q: PaperQuery) => model(runQuery(index, q), q, index.size);

    const firstQuery: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      // Built outside the timing: the index build is its own figure.
      const index = fresh();
      firstQuery.push(timed(() => show(index, EMPTY_QUERY)));
    }
    figures[`dashboard.query_first_ms_${label}`] = { value: statOf(firstQuery), floor: floorStat(records, EMPTY_QUERY) };

    const firstSorts: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      // A fresh index for each column: nothing sorted before, the worst first sort a reader meets.
      const slowest = Math.max(
        ...sortSpecs().map((sort) => {
          const index = fresh();
          return timed(() => show(index, { ...EMPTY_QUERY, sort }));
        }),
      );
      firstSorts.push(slowest);
    }
    const sortFloor: number[] = [];
    for (let i = 0; i < REPEATS; i++) sortFloor.push(timed(() => [...records].sort((a, b) => compareRecords(a, b, { column: 'title', direction: 'asc' }))));
    figures[`dashboard.sort_first_ms_${label}`] = { value: statOf(firstSorts), floor: statOf(sortFloor) };

    const index = fresh();
    for (const step of STEPS) show(index, { ...EMPTY_QUERY, ...step }); // sorted once each, as a session would
    const times: number[] = [];
    const floors: number[] = [];
    const sorted = new Map<string, PaperRecord[]>();
    for (let round = 0; round < 10; round++) {
      for (const step of STEPS) {
        const q = { ...EMPTY_QUERY, ...step };
        times.push(timed(() => show(index, q)));
        const inOrder = sortedOnce(sorted, records, q.sort);
        floors.push(timed(() => floorModel(inOrder, q)));
      }
    }
    figures[`dashboard.filter_median_ms_${label}`] = { value: statOf(times), floor: statOf(floors) };
    figures[`dashboard.filter_p95_ms_${label}`] = { value: percentile(times, 0.95), floor: percentile(floors, 0.95) };

    const updates: number[] = [];
    const query = { ...EMPTY_QUERY, includeTags: ['robotics'] };
    show(index, query);
    for (let i = 0; i < 30; i++) {
      const n = notes[(i * 7919) % notes.length];
      const changed = { ...n.frontmatter, rating: 1 + (i % 5), tags: i % 2 === 0 ? ['paper', 'robotics/humanoid'] : ['paper', 'vision'] };
      updates.push(timed(() => {
        index.upsert(n.path, paperRecord(n.path, changed, n.text, OPTIONS));
        show(index, query);
      }));
    }
    figures[`dashboard.update_ms_${label}`] = { value: statOf(updates), floor: floorStat(records, query) };
    figures[`dashboard.dom_rows_${label}`] = { value: show(index, EMPTY_QUERY).rows.length };
  }
  return figures;
}

function model(result: QueryResult, q: PaperQuery, indexed: number) {
  return dashboardModel(result, q, { paperTag: 'paper', pageSize: PAGE, offset: 0, maxFacets: 40, indexed });
}

function sortSpecs(): SortSpec[] {
  return SORT_COLUMNS.map((column) => ({ column, direction: 'asc' }));
}

function sortedOnce(cache: Map<string, PaperRecord[]>, records: readonly PaperRecord[], sort: SortSpec): PaperRecord[] {
  const key = `${sort.column}:${sort.direction}`;
  let list = cache.get(key);
  if (list === undefined) {
    list = [...records].sort((a, b) => compareRecords(a, b, sort));
    cache.set(key, list);
  }
  return list;
}

/** The floor: the records already in sort order, one plain loop with the filter, facets in a Map, the same page model. */
function floorModel(inOrder: readonly PaperRecord[], q: PaperQuery) {
  const test = compileFilter(q);
  const counts = new Map<string, number>();
  const matches: PaperRecord[] = [];
  for (const r of inOrder) {
    if (!test(r)) continue;
    matches.push(r);
    for (const key of r.tagKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const facets = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  return model({ records: matches, total: matches.length, facets, revision: 0 }, q, inOrder.length);
}

function floorStat(records: readonly PaperRecord[], q: PaperQuery): Stat {
  const inOrder = [...records].sort((a, b) => compareRecords(a, b, q.sort));
  const times: number[] = [];
  for (let i = 0; i < 2 + REPEATS; i++) times.push(timed(() => floorModel(inOrder, q)));
  return statOf(times.slice(2));
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
