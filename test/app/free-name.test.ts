import { writeUnderFreeName } from '../../src/app/free-name';
import { MemoryNoteStore } from '../support/memory-note-store';

describe('writeUnderFreeName (exports and the Bases file)', () => {
  it('creates the file, reuses it for the same content, and never replaces an edited one', async () => {
    const store = new MemoryNoteStore();
    expect(await writeUnderFreeName(store, 'Papers', 'Paper export 2026-11-21', 'bib', 'A')).toEqual({ ok: true, value: 'Papers/Paper export 2026-11-21.bib' });
    expect(await writeUnderFreeName(store, 'Papers', 'Paper export 2026-11-21', 'bib', 'A')).toEqual({ ok: true, value: 'Papers/Paper export 2026-11-21.bib' });
    store.files.set('Papers/Paper export 2026-11-21.bib', 'A, with my notes');
    expect(await writeUnderFreeName(store, 'Papers', 'Paper export 2026-11-21', 'bib', 'B')).toEqual({ ok: true, value: 'Papers/Paper export 2026-11-21 (2).bib' });
    expect(store.files.get('Papers/Paper export 2026-11-21.bib')).toBe('A, with my notes');
    expect(await writeUnderFreeName(store, '', 'Paper dashboard', 'base', 'C')).toEqual({ ok: true, value: 'Paper dashboard.base' });
  });
});
