import { PaperIndex } from '../src/core/dashboard/index';
import { dashboardModel } from '../src/core/dashboard/model';
import { EMPTY_QUERY, type PaperQuery } from '../src/core/dashboard/query';
import { paperRecord } from '../src/core/dashboard/record';
import { runQuery } from '../src/core/dashboard/run-query';
import { DEFAULT_REQUIRED_SECTIONS } from '../src/core/note/template-settings';
import { syntheticPapers } from '../test/builders/paper-vault';

const OPTIONS = { paperTag: 'paper', requiredSections: DEFAULT_REQUIRED_SECTIONS };
const PAGE = 50;

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

/**
 * Index build (records from frontmatter as Obsidian's cache holds it, plus the note text for the
 * template check), one filter change (query + facets + the page model), one note changed
 * (index upsert + the same re-query), for each vault size.
 */
export function dashboardFigures(): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const [label, count] of [['1k', 1_000], ['10k', 10_000], ['50k', 50_000]] as const) {
    const notes = syntheticPapers(count);
    const index = new PaperIndex();
    const t0 = performance.now();
    index.reset(notes.map((n) => paperRecord(n.path, n.frontmatter, n.text, OPTIONS)!));
    figures[`dashboard.index_ms_${label}`] = performance.now() - t0;

    const show = (q: PaperQuery) =>
      dashboardModel(runQuery(index, q), q, { paperTag: 'paper', pageSize: PAGE, offset: 0, maxFacets: 40, indexed: index.size });
    for (const step of STEPS) show({ ...EMPTY_QUERY, ...step }); // warm the sort caches, as a session would
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const step of STEPS) {
        const q = { ...EMPTY_QUERY, ...step };
        const t = performance.now();
        show(q);
        times.push(performance.now() - t);
      }
    }
    figures[`dashboard.filter_median_ms_${label}`] = percentile(times, 0.5);
    figures[`dashboard.filter_p95_ms_${label}`] = percentile(times, 0.95);

    const updates: number[] = [];
    const query = { ...EMPTY_QUERY, includeTags: ['robotics'] };
    for (let i = 0; i < 30; i++) {
      const n = notes[(i * 7919) % notes.length];
      const changed = { ...n.frontmatter, rating: 1 + (i % 5) };
      const t = performance.now();
      index.upsert(n.path, paperRecord(n.path, changed, n.text, OPTIONS));
      show(query);
      updates.push(performance.now() - t);
    }
    figures[`dashboard.update_ms_${label}`] = percentile(updates, 0.5);
    figures[`dashboard.dom_rows_${label}`] = show(EMPTY_QUERY).rows.length;
  }
  return figures;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
