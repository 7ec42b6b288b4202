import { compareRecords, SORT_COLUMNS, type SortSpec } from '../../../src/core/dashboard/query';
import { paperRecord, type PaperRecord } from '../../../src/core/dashboard/record';
import { sortedOrder, titleOrder } from '../../../src/core/dashboard/sort-order';
import { RECORD_OPTIONS } from '../../builders/dashboard-fixture';
import { syntheticPapers } from '../../builders/paper-vault';

/** Synthetic papers plus the awkward ones: shared titles, missing values, odd ids and dates, non-ASCII titles. */
function awkwardRecords(): PaperRecord[] {
  const notes = syntheticPapers(400, 11).map((n, i) => {
    const fm: Record<string, unknown> = { ...n.frontmatter };
    if (i % 7 === 0) fm.title = 'Same title';
    if (i % 11 === 0) delete fm.rating;
    if (i % 13 === 0) delete fm.added;
    if (i % 17 === 0) fm.authors = [];
    if (i % 19 === 0) fm.arxiv = 'hep-th/9901001';
    if (i % 23 === 0) fm.title = i % 2 === 0 ? 'Émile Zürich' : 'emile zurich';
    if (i % 29 === 0) delete fm.status;
    if (i % 31 === 0) fm.published = 1999;
    return paperRecord(n.path, fm, i % 5 === 0 ? n.text.replace('- A real point.', '- ') : n.text, RECORD_OPTIONS)!;
  });
  return notes;
}

const SPECS: SortSpec[] = SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction })));

describe('sorted orders', () => {
  const records = awkwardRecords();
  // Slots with holes, as after removals: the orders must only hold the live ones.
  const slots: (PaperRecord | undefined)[] = records.flatMap((r, i) => (i % 9 === 0 ? [undefined, r] : [r]));
  const live = slots.flatMap((r, slot) => (r === undefined ? [] : [slot]));
  const byTitle = titleOrder(slots, live);

  it('title order is compareRecords order (shared titles by path)', () => {
    const expected = [...live].sort((a, b) => compareRecords(slots[a]!, slots[b]!, { column: 'title', direction: 'asc' }));
    expect(byTitle).toEqual(expected);
  });

  it.each(SPECS.map((s) => [`${s.column} ${s.direction}`, s] as const))('%s is compareRecords order', (_, spec) => {
    const expected = [...live].sort((a, b) => compareRecords(slots[a]!, slots[b]!, spec));
    expect(sortedOrder(slots, live, spec, () => byTitle)).toEqual(expected);
  });
});
