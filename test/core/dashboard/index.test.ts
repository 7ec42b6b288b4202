import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { PaperIndex } from '../../../src/core/dashboard/index';
import { EMPTY_QUERY } from '../../../src/core/dashboard/query';
import { paperRecord, tagKeys } from '../../../src/core/dashboard/record';
import { runQuery } from '../../../src/core/dashboard/run-query';
import { FIXTURE_VAULT, indexOf, paperNote, RECORD_OPTIONS } from '../../builders/dashboard-fixture';
import { syntheticPapers } from '../../builders/paper-vault';

const record = (path: string, text: string) => paperRecord(path, readFrontmatter(text), text, RECORD_OPTIONS);

describe('paperRecord', () => {
  it('reads the fields the dashboard shows', () => {
    const r = record('Papers/HumanPlus.md', FIXTURE_VAULT['Papers/HumanPlus.md']);
    expect(r).toMatchObject({
      title: 'HumanPlus: Humanoid Shadowing',
      authors: ['Zipeng Fu', 'Qingqing Zhao', 'Chelsea Finn'],
      year: 2024,
      arxiv: '2406.10454',
      categories: ['cs.RO'],
      tags: ['paper', 'robotics/humanoid'],
      rating: 5,
      status: 'read',
      completeness: { complete: true, filled: 3, required: 3, missing: [] },
      added: '2026-01-10',
      versions: { arxiv: 3, read: 2 },
      links: { arxiv: 'https://arxiv.org/abs/2406.10454', pdf: 'https://arxiv.org/pdf/2406.10454', code: 'https://github.com/x/humanplus' },
    });
  });

  it('names the sections still to fill', () => {
    expect(record('a.md', paperNote({ arxiv: '2401.00001' }))?.completeness).toEqual({
      complete: false, filled: 0, required: 3, missing: ['General Idea', 'Limitations', 'Utilities'],
    });
  });

  it.each<[string, unknown]>([
    ['no frontmatter', null],
    ['tags without the paper tag', { tags: ['meeting'] }],
  ])('is null for a note with %s', (_, fm) => {
    expect(paperRecord('x.md', fm as Record<string, unknown> | null, '', RECORD_OPTIONS)).toBeNull();
  });

  it('accepts odd shapes readers write: string tags, rating as text, `#` tags, the file name as title', () => {
    const r = paperRecord('Papers/My paper.md', { tags: '#paper, #robotics', rating: '4', status: 'bogus' }, '', RECORD_OPTIONS);
    expect(r).toMatchObject({ title: 'My paper', tags: ['paper', 'robotics'], rating: 4, status: null, arxiv: null });
  });

  it('expands nested tags to their ancestors, lower-cased', () => {
    expect(tagKeys(['Robotics/Humanoid/Legs', 'robotics'])).toEqual(['robotics', 'robotics/humanoid', 'robotics/humanoid/legs']);
  });
});

describe('PaperIndex', () => {
  it('updates one note in place, keeping a cached order current, and bumps the revision', () => {
    const index = indexOf(FIXTURE_VAULT);
    const sortByTitle = { ...EMPTY_QUERY, sort: { column: 'title' as const, direction: 'asc' as const } };
    const before = runQuery(index, sortByTitle).records.map((r) => r.path);
    const rev = index.revision;
    index.upsert('Papers/NeRF.md', record('Papers/NeRF.md', paperNote({ title: '1 Aardvark Fields', arxiv: '2003.08934', tags: ['paper'] })));
    expect(index.revision).toBe(rev + 1);
    const after = runQuery(index, sortByTitle).records.map((r) => r.path);
    expect(after[0]).toBe('Papers/NeRF.md');
    expect([...after].sort()).toEqual([...before].sort());
  });

  it('removes, renames, and drops a note that stops being a paper', () => {
    const index = indexOf(FIXTURE_VAULT);
    index.remove('Papers/Survey.md');
    expect(index.get('Papers/Survey.md')).toBeUndefined();
    index.rename('Papers/NeRF.md', record('Archive/NeRF.md', FIXTURE_VAULT['Papers/NeRF.md']));
    expect(index.get('Papers/NeRF.md')).toBeUndefined();
    expect(index.get('Archive/NeRF.md')?.title).toMatch(/^NeRF/);
    index.upsert('Papers/Diffusion.md', record('Papers/Diffusion.md', '---\ntags: [other]\n---\n'));
    expect(index.size).toBe(6);
    expect(runQuery(index, EMPTY_QUERY).total).toBe(6);
  });

  it('matches a full rebuild after many random changes', () => {
    const notes = syntheticPapers(300, 3);
    const index = new PaperIndex();
    index.reset(notes.slice(0, 200).map((n) => paperRecord(n.path, n.frontmatter, n.text, RECORD_OPTIONS)!));
    const sorts = [{ column: 'rating', direction: 'desc' }, { column: 'title', direction: 'asc' }] as const;
    for (const sort of sorts) runQuery(index, { ...EMPTY_QUERY, sort });
    for (const n of notes.slice(200)) index.upsert(n.path, paperRecord(n.path, n.frontmatter, n.text, RECORD_OPTIONS));
    for (const n of notes.slice(0, 50)) index.remove(n.path);
    const fresh = new PaperIndex();
    fresh.reset([...index.all()]);
    for (const sort of sorts) {
      const q = { ...EMPTY_QUERY, sort };
      expect(runQuery(index, q).records.map((r) => r.path)).toEqual(runQuery(fresh, q).records.map((r) => r.path));
    }
  });
});
