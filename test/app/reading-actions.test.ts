import { ReadingActions } from '../../src/app/reading-actions';
import { resolvePaperRef } from '../../src/app/paper-ref';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { distilledNote, templateNote } from '../builders/note';
import { FakeClock } from '../support/fake-clock';
import { MemoryNoteStore } from '../support/memory-note-store';

const PAPER = 'Papers/HumanPlus.md';
const withProps = (yaml: string, body = distilledNote().replace(/^---[\s\S]*?---\n/, '')) => `---\n${yaml}\n---\n${body}`;

function setup(files: Record<string, string>, settings: Partial<Settings> = {}) {
  const store = new MemoryNoteStore(files);
  const actions = new ReadingActions({ store, clock: new FakeClock(), settings: () => ({ ...DEFAULT_SETTINGS, ...settings }) });
  return { store, actions, text: (path = PAPER) => store.files.get(path) };
}

describe('ReadingActions', () => {
  it('rates, re-rates and clears, changing only the rating line', async () => {
    const before = withProps('arxiv: "2406.10454"\ntags:\n  - paper\nstatus: to-read');
    const { actions, text } = setup({ [PAPER]: before });
    expect(await actions.setRating(PAPER, 4)).toEqual({ ok: true, value: { changed: true, message: 'Rated HumanPlus 4 stars.' } });
    expect(text()).toBe(before.replace('status: to-read\n', 'status: to-read\nrating: 4\n'));
    expect(await actions.setRating(PAPER, '4')).toEqual({ ok: true, value: { changed: false, message: 'HumanPlus is already rated 4 stars.' } });
    expect(await actions.setRating(PAPER, 1)).toMatchObject({ ok: true, value: { message: 'Rated HumanPlus 1 star.' } });
    expect(await actions.clearRating(PAPER)).toMatchObject({ ok: true, value: { message: 'Cleared the rating of HumanPlus.' } });
    expect(text()).toBe(before);
    expect(await actions.setRating(PAPER, 0)).toMatchObject({ ok: true, value: { changed: false, message: 'HumanPlus has no rating to clear.' } });
  });

  it('refuses a bad rating and leaves the note alone', async () => {
    const before = withProps('arxiv: "2406.10454"');
    const { actions, text } = setup({ [PAPER]: before });
    const r = await actions.setRating(PAPER, 7);
    expect(r).toEqual({ ok: false, error: { code: 'REFUSED', message: '"7" is not a rating. A rating is a whole number from 1 to 5, or 0 to clear it.' } });
    expect(text()).toBe(before);
  });

  it('refuses notes that are not paper notes, and missing notes', async () => {
    const { actions } = setup({ 'Daily.md': '---\ntags: [journal]\n---\nToday.\n' });
    expect(await actions.setRating('Daily.md', 3)).toEqual({
      ok: false,
      error: { code: 'REFUSED', message: 'Daily is not a paper note: it has no arxiv property and no #paper tag.' },
    });
    expect(await actions.addTag('Gone.md', 'ml')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no note at Gone.md.' } });
  });

  it('marks read through the gate: an undistilled note is refused and unchanged', async () => {
    const before = templateNote().replace('tags:\n  - paper\n', 'tags:\n  - paper\narxiv_version: 2\nstatus: reading\n');
    const { actions, text } = setup({ [PAPER]: before });
    const r = await actions.markRead(PAPER);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'REFUSED',
        message:
          'Not distilled yet: General Idea is empty; Limitations is empty; Utilities is empty. Fill these sections before marking it read.',
      },
    });
    expect(text()).toBe(before);
  });

  it('marks read without the gate when the setting is off', async () => {
    const { actions, text } = setup({ [PAPER]: templateNote() }, { gateReadOnTemplate: false });
    expect(await actions.markRead(PAPER)).toMatchObject({ ok: true, value: { changed: true } });
    expect(text()).toContain('status: read\n');
  });

  it('marks a distilled paper read with the version read, and dates when enabled', async () => {
    const { actions, text } = setup({ [PAPER]: withProps('arxiv: "2406.10454"\narxiv_version: 3\nstatus: to-read') }, { trackReadingDates: true });
    expect(await actions.setStatus(PAPER, 'reading')).toMatchObject({ ok: true, value: { message: 'Marked HumanPlus reading.' } });
    expect(await actions.setStatus(PAPER, 'read')).toMatchObject({ ok: true, value: { message: 'Marked HumanPlus read (version 3).' } });
    expect(text()).toMatch(/^---\narxiv: "2406.10454"\narxiv_version: 3\nstatus: read\nstarted: 2026-11-21\nread_version: 3\nfinished: 2026-11-21\n---\n/);
    expect(await actions.setStatus(PAPER, 'read')).toMatchObject({ ok: true, value: { changed: false, message: 'HumanPlus is already marked read.' } });
  });

  it('refuses an unknown status', async () => {
    const { actions } = setup({ [PAPER]: withProps('arxiv: "1"') });
    expect(await actions.setStatus(PAPER, 'done')).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
  });

  it('adds and removes tags case-insensitively, keeping the spelling in the note', async () => {
    const before = withProps('arxiv: "2406.10454"\ntags:\n  - paper\n  - ML');
    const { actions, text } = setup({ [PAPER]: before });
    expect(await actions.addTag(PAPER, '#ml')).toEqual({ ok: true, value: { changed: false, message: 'HumanPlus already has #ML.' } });
    expect(await actions.addTag(PAPER, 'robotics/humanoid')).toMatchObject({ ok: true, value: { message: 'Tagged HumanPlus #robotics/humanoid.' } });
    expect(await actions.addTag(PAPER, 'Обучение')).toMatchObject({ ok: true, value: { changed: true } });
    expect(text()).toContain('tags:\n  - paper\n  - ML\n  - robotics/humanoid\n  - Обучение\n');
    expect(await actions.removeTag(PAPER, 'ml')).toMatchObject({ ok: true, value: { message: 'Removed #ML from HumanPlus.' } });
    expect(await actions.removeTag(PAPER, 'обучение')).toMatchObject({ ok: true, value: { changed: true } });
    expect(await actions.removeTag(PAPER, 'robotics')).toMatchObject({ ok: true, value: { changed: false, message: 'HumanPlus has no tag #robotics.' } });
    expect(text()).toContain('tags:\n  - paper\n  - robotics/humanoid\n---');
  });

  it('refuses an invalid tag with the reason', async () => {
    const { actions } = setup({ [PAPER]: withProps('arxiv: "1"') });
    const r = await actions.addTag(PAPER, 'cs.RO');
    expect(r.ok ? '' : r.error.message).toContain('has a dot');
  });

  it('turns a one-string tags property into a list when it changes', async () => {
    const { actions, text } = setup({ [PAPER]: withProps('tags: "paper, ml"') });
    await actions.addTag(PAPER, 'rl');
    expect(text()).toContain('tags:\n  - paper\n  - ml\n  - rl\n');
  });
});

describe('resolvePaperRef', () => {
  const store = new MemoryNoteStore({
    'Papers/HumanPlus.md': withProps('arxiv: "2406.10454"'),
    'Papers/Old.md': withProps('arxiv: hep-th/9901001'),
  });

  it.each([
    ['Papers/HumanPlus.md', 'Papers/HumanPlus.md'],
    ['Papers/HumanPlus', 'Papers/HumanPlus.md'],
    ['./Papers/HumanPlus.md', 'Papers/HumanPlus.md'],
    ['2406.10454', 'Papers/HumanPlus.md'],
    ['arXiv:2406.10454v2', 'Papers/HumanPlus.md'],
    ['https://arxiv.org/pdf/2406.10454', 'Papers/HumanPlus.md'],
    ['hep-th/9901001', 'Papers/Old.md'],
  ])('%j → %j', async (ref, path) => {
    expect(await resolvePaperRef(store, ref)).toEqual({ ok: true, value: path });
  });

  it.each([
    ['2401.00001', 'No paper note in this vault has arXiv id 2401.00001.'],
    ['Papers/Nope.md', 'There is no note at Papers/Nope.md, and it is not an arXiv id.'],
  ])('%j is not found', async (ref, message) => {
    expect(await resolvePaperRef(store, ref)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message } });
  });
});
