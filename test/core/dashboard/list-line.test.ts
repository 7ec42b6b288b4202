import { listLine } from '../../../src/core/dashboard/list-line';
import { rowModel } from '../../../src/core/dashboard/model';
import { FIXTURE_VAULT, paperNote, RECORD_OPTIONS } from '../../builders/dashboard-fixture';
import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { paperRecord, type PaperRecord } from '../../../src/core/dashboard/record';

function recordOf(path: string, text: string): PaperRecord {
  const record = paperRecord(path, readFrontmatter(text), text, RECORD_OPTIONS);
  if (record === null) throw new Error(`${path} is not a paper note`);
  return record;
}

/** The line as `list` wrote it from the dashboard's full row model, before listLine existed. */
function lineFromRowModel(record: PaperRecord): string {
  const row = rowModel(record, RECORD_OPTIONS.paperTag);
  const stars = row.rating === null ? '·····' : '★'.repeat(row.rating) + '☆'.repeat(5 - row.rating);
  const flags = [row.distilled.text, row.version?.text, row.readNotDistilled ? 'read but not distilled' : undefined].filter(Boolean);
  const published = [row.venue, row.citations === '' ? '' : `${row.citations} citation${record.citations === 1 ? '' : 's'}`].filter((s) => s !== '');
  const where = published.length === 0 ? '' : ` (${published.join(', ')})`;
  return `${stars}  ${(row.status ?? '-').padEnd(7)}  ${row.year.padEnd(4)}  ${row.title} — ${row.authors || 'unknown authors'}${where}  [${flags.join(', ')}]  ${row.path}`;
}

const EXTRA: Record<string, string> = {
  'Papers/Read stub.md': paperNote({ title: 'Read but empty', authors: ['Solo Author'], tags: ['paper'], status: 'read', arxiv_version: 4, read_version: 1, citations: 1, rating: 0 }),
  'Papers/No one.md': paperNote({ title: 'Nobody wrote this', tags: ['paper'], citations: 1234567, venue: 'Venue Only' }),
  'Papers/Same version.md': paperNote({ title: 'Read the latest', authors: ['A B', 'C D'], tags: ['paper'], arxiv_version: 2, read_version: 'v2', status: 'reading', rating: 1 }, true),
};

describe('listLine', () => {
  it.each(Object.entries({ ...FIXTURE_VAULT, ...EXTRA }).filter(([path]) => path.startsWith('Papers/')))('writes %s as the full row model did', (path, text) => {
    const record = recordOf(path, text);
    expect(listLine(record)).toBe(lineFromRowModel(record));
  });

  it('flags a newer version and a read note that is not distilled', () => {
    expect(listLine(recordOf('Papers/Read stub.md', EXTRA['Papers/Read stub.md']))).toBe(
      '·····  read           Read but empty — Author (1 citation)  [0/3, v4 available, read but not distilled]  Papers/Read stub.md',
    );
  });
});
