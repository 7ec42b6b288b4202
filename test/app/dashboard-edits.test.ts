import { paperEdits } from '../../src/app/dashboard-edits';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FIXTURE_VAULT } from '../builders/dashboard-fixture';
import { MemoryNoteStore } from '../support/memory-note-store';

describe('dashboard edits', () => {
  const setup = (gate = true) => {
    const store = new MemoryNoteStore(FIXTURE_VAULT);
    return { store, edits: paperEdits(store, () => ({ ...DEFAULT_SETTINGS, gateReadOnTemplate: gate })) };
  };
  const props = (store: MemoryNoteStore, path: string) => readFrontmatter(store.files.get(path) ?? '');

  it('sets and clears a rating', async () => {
    const { store, edits } = setup();
    expect((await edits.setRating('Papers/NeRF.md', 4)).ok).toBe(true);
    expect(props(store, 'Papers/NeRF.md')?.rating).toBe(4);
    await edits.setRating('Papers/NeRF.md', null);
    expect(props(store, 'Papers/NeRF.md')?.rating).toBeUndefined();
  });

  it('refuses to mark an undistilled paper read, saying what is missing', async () => {
    const { store, edits } = setup();
    const before = store.files.get('Papers/NeRF.md');
    const result = await edits.setStatus('Papers/NeRF.md', 'read');
    expect(result.ok ? null : result.error.code).toBe('REFUSED');
    expect(result.ok ? '' : result.error.message).toContain('General Idea is empty');
    expect(store.files.get('Papers/NeRF.md')).toBe(before);
  });

  it('marks a distilled paper read, and any paper when the gate is off', async () => {
    const { store, edits } = setup();
    await edits.setStatus('Papers/Kernels.md', 'read');
    expect(props(store, 'Papers/Kernels.md')?.status).toBe('read');
    const open = setup(false);
    expect((await open.edits.setStatus('Papers/NeRF.md', 'read')).ok).toBe(true);
    expect(props(open.store, 'Papers/NeRF.md')?.status).toBe('read');
  });
});
