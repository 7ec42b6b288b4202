import type { NoteStore, NoteSummary } from '../../src/app/ports';

/** One NoteStore under test, with a way to see the bytes behind it and to let indexes catch up. */
export interface NoteStoreHarness {
  readonly store: NoteStore;
  /** The stored text at a vault path, bypassing the store; null when there is no file. */
  readRaw(path: string): Promise<string | null>;
  /** Puts a file at exactly this path, bypassing the store's normalization (as a Mac or a sync client would). */
  writeRaw(path: string, text: string): Promise<void>;
  /** Waits until background work (e.g. Obsidian's metadata cache) has caught up with the writes. */
  settle(): Promise<void>;
  /** Frees what the harness made (e.g. a temporary folder). */
  dispose?(): Promise<void>;
}

const note = (frontmatter: string, body = '# Body\n'): string => `---\n${frontmatter}\n---\n${body}`;

/** Texts whose bytes must survive a create/read round trip untouched. */
const EXACT_TEXTS: [string, string][] = [
  ['plain ASCII', '# Attention is all you need\n\nNotes.\n'],
  ['accents, CJK and emoji', 'Résumé — 注意力 🧠 naïve café\n'],
  ['decomposed (NFD) accents', 'Cafe\u0301 stays decomposed\n'],
  ['CRLF line ends', '---\r\narxiv: "2406.10454"\r\n---\r\nLine one\r\nLine two\r\n'],
  ['no final newline', 'last line without newline'],
  ['an empty note', ''],
  ['a byte order mark', '\uFEFF# Title\n'],
];

/**
 * What every NoteStore must do, run once per implementation (the Obsidian vault and the folder
 * on disk). Each test gets a fresh, empty store.
 */
export function noteStoreContract(name: string, makeStore: () => Promise<NoteStoreHarness>): void {
  describe(`${name} (NoteStore contract)`, () => {
    let h: NoteStoreHarness;

    beforeEach(async () => {
      h = await makeStore();
    });

    afterEach(async () => {
      await h.dispose?.();
    });

    it.each(EXACT_TEXTS)('creates a note and reads back identical text: %s', async (_label, text) => {
      expect(await h.store.create('Papers/Note.md', text)).toEqual({ ok: true, value: undefined });
      expect(await h.store.read('Papers/Note.md')).toBe(text);
      expect(await h.readRaw('Papers/Note.md')).toBe(text);
    });

    it('creates the missing folders of a nested path', async () => {
      expect((await h.store.create('Papers/2024/June/Deep dive.md', 'text')).ok).toBe(true);
      expect(await h.readRaw('Papers/2024/June/Deep dive.md')).toBe('text');
      expect(await h.store.exists('Papers/2024/June/Deep dive.md')).toBe(true);
    });

    it('refuses to overwrite: EXISTS, and the old text stays', async () => {
      await h.store.create('Note.md', 'first');
      const again = await h.store.create('Note.md', 'second');
      expect(again.ok ? null : again.error.code).toBe('EXISTS');
      expect(await h.readRaw('Note.md')).toBe('first');
    });

    it('lets exactly one of two simultaneous creates of one path succeed', async () => {
      const results = await Promise.all([h.store.create('Race/Note.md', 'from A'), h.store.create('Race/Note.md', 'from B')]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.flatMap((r) => (r.ok ? [] : [r.error.code]))).toEqual(['EXISTS']);
      const winner = results[0]?.ok ? 'from A' : 'from B';
      expect(await h.readRaw('Race/Note.md')).toBe(winner);
    });

    it('creates two notes at once in one new folder', async () => {
      const results = await Promise.all([h.store.create('New/Deeper/A.md', 'a'), h.store.create('New/Deeper/B.md', 'b')]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect([await h.readRaw('New/Deeper/A.md'), await h.readRaw('New/Deeper/B.md')]).toEqual(['a', 'b']);
    });

    it.each([
      ['a leading slash', '/Papers/Note.md'],
      ['doubled slashes', 'Papers//Note.md'],
      ['a backslash', 'Papers\\Note.md'],
    ])('treats a path with %s as the normalized vault path', async (_label, messy) => {
      expect((await h.store.create(messy, 'text')).ok).toBe(true);
      expect(await h.store.read('Papers/Note.md')).toBe('text');
      expect(await h.store.exists(messy)).toBe(true);
    });

    it('finds a note whose name was written decomposed (NFD) by its composed (NFC) name', async () => {
      await h.store.create('Cafe\u0301.md', 'text');
      expect(await h.store.read('Café.md')).toBe('text');
    });

    it('reads, finds and updates a note whose name is decomposed (NFD) on disk by its composed name', async () => {
      await h.writeRaw('Papers/Cafe\u0301 cre\u0300me.md', '---\nrating: 1\n---\nbody\n');
      await h.settle();
      expect(await h.store.exists('Papers/Café crème.md')).toBe(true);
      expect(await h.store.read('Papers/Café crème.md')).toBe('---\nrating: 1\n---\nbody\n');
      expect((await h.store.updateFrontmatter('Papers/Café crème.md', (p) => void (p.rating = 5))).ok).toBe(true);
      expect(await h.readRaw('Papers/Cafe\u0301 cre\u0300me.md')).toBe('---\nrating: 5\n---\nbody\n');
      const [listed] = await h.store.listNotes();
      expect(await h.store.read(listed?.path ?? '')).toBe('---\nrating: 5\n---\nbody\n');
    });

    it('refuses to create a composed name beside its decomposed twin, keeping the twin', async () => {
      await h.writeRaw('Cafe\u0301.md', 'the reader\'s');
      await h.settle();
      const again = await h.store.create('Café.md', 'second');
      expect(again.ok ? null : again.error.code).toBe('EXISTS');
      expect(await h.readRaw('Cafe\u0301.md')).toBe('the reader\'s');
      expect(await h.store.listNotes()).toHaveLength(1);
    });

    it('applies every one of many simultaneous property changes to different keys', async () => {
      await h.store.create('Paper.md', '---\narxiv: "2406.10454"\n---\nbody\n');
      const keys = Array.from({ length: 8 }, (_, i) => `k${i}`);
      const results = await Promise.all(keys.map((k, i) => h.store.updateFrontmatter('Paper.md', (p) => void (p[k] = i))));
      expect(results.every((r) => r.ok)).toBe(true);
      await h.settle();
      const [listed] = await h.store.listNotes();
      expect(listed?.frontmatter).toEqual({ arxiv: '2406.10454', ...Object.fromEntries(keys.map((k, i) => [k, i])) });
      expect(((await h.readRaw('Paper.md')) ?? '').endsWith('---\nbody\n')).toBe(true);
    });

    it('reads null and reports not existing for a missing note', async () => {
      expect(await h.store.read('Missing.md')).toBeNull();
      expect(await h.store.exists('Missing.md')).toBe(false);
    });

    it('lists Markdown notes with their frontmatter, keeping quoted ids as strings', async () => {
      await h.store.create('Papers/Paper.md', note('arxiv: "2406.10454"\ntags:\n  - paper\nrating: 4'));
      await h.store.create('Plain.md', '# Just a note\n');
      await h.settle();
      const byPath = new Map((await h.store.listNotes()).map((n) => [n.path, n.frontmatter]));
      expect(byPath.get('Papers/Paper.md')).toEqual({ arxiv: '2406.10454', tags: ['paper'], rating: 4 });
      expect(byPath.get('Plain.md')).toBeNull();
      expect([...byPath.keys()].sort()).toEqual(['Papers/Paper.md', 'Plain.md']);
    });

    it.each([
      ['an empty block', '---\n---\nBody\n'],
      ['broken YAML', note('title: [unclosed')],
      ['a list instead of properties', note('- a\n- b')],
    ])('lists a note with %s as having no frontmatter', async (_label, text) => {
      await h.store.create('Odd.md', text);
      await h.settle();
      expect((await h.store.listNotes()).map(summaryOf)).toEqual([{ path: 'Odd.md', frontmatter: null }]);
    });

    it.each([
      ['an unclosed quote', 'title: "Open quote\narxiv: "2406.10454"', 2],
      ['an unclosed list', 'arxiv: "2406.10454"\ntags: [paper, robotics\nstatus: read', 3],
    ])('lists a paper note with %s with the line where its properties break', async (_label, yaml, line) => {
      await h.store.create('Papers/Broken.md', note(yaml));
      await h.settle();
      const [summary] = await h.store.listNotes();
      expect([summary?.path, summary?.frontmatter, summary?.unreadableLine]).toEqual(['Papers/Broken.md', null, line]);
    });

    it('lists a note created just now with its frontmatter, even before settling', async () => {
      await h.store.create('Fresh.md', note('arxiv: "2406.10454"'));
      expect((await h.store.listNotes()).map(summaryOf)).toEqual([{ path: 'Fresh.md', frontmatter: { arxiv: '2406.10454' } }]);
    });

    it('hands over the text it read to list a note, when it read it, exactly as stored', async () => {
      const text = note('arxiv: "2406.10454"\ntitle: "Ünïcödé: 🤖"');
      await h.store.create('Papers/Read.md', text);
      await h.settle();
      const [summary] = await h.store.listNotes();
      if (summary?.text !== undefined) expect(summary.text).toBe(text);
      expect(summary?.text ?? (await h.store.read('Papers/Read.md'))).toBe(text);
    });

    it('leaves files that are not Markdown out of the list', async () => {
      await h.store.create('Paper.md', note('arxiv: "2406.10454"'));
      for (const other of ['paper.pdf', 'board.canvas', 'notes.txt', 'Paper.md.bak']) await h.store.create(other, 'x');
      await h.settle();
      expect((await h.store.listNotes()).map((n) => n.path)).toEqual(['Paper.md']);
    });

    it('updates a note from its current text', async () => {
      await h.store.create('Note.md', 'status: to-read\nbody\n');
      const result = await h.store.update('Note.md', (text) => text.replace('to-read', 'read'));
      expect(result).toEqual({ ok: true, value: undefined });
      expect(await h.readRaw('Note.md')).toBe('status: read\nbody\n');
      await h.settle();
    });

    it('applies updates made one after another in order', async () => {
      await h.store.create('Counter.md', '0');
      for (let i = 0; i < 3; i++) await h.store.update('Counter.md', (text) => String(Number(text) + 1));
      expect(await h.readRaw('Counter.md')).toBe('3');
      await h.settle();
    });

    it('answers NOT_FOUND when updating a missing note, and creates nothing', async () => {
      const change = jest.fn((text: string) => `${text}!`);
      const result = await h.store.update('Gone.md', change);
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
      expect(change).not.toHaveBeenCalled();
      expect(await h.readRaw('Gone.md')).toBeNull();
    });

    it('keeps the note unchanged when the change function throws', async () => {
      await h.store.create('Note.md', 'original\n');
      const result = await h.store.update('Note.md', () => {
        throw new Error('Bad template');
      });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error.message).toContain('Bad template');
      expect(await h.readRaw('Note.md')).toBe('original\n');
      await h.settle();
      expect((await h.store.listNotes()).map((n) => n.path)).toEqual(['Note.md']);
    });

    it('changes properties without touching the body', async () => {
      await h.store.create('Paper.md', '---\narxiv: "2406.10454"\nrating: 2\n---\n## General Idea\n- mine\n');
      const result = await h.store.updateFrontmatter('Paper.md', (p) => {
        p.rating = 5;
        p.status = 'read';
      });
      expect(result).toEqual({ ok: true, value: undefined });
      const text = (await h.readRaw('Paper.md')) ?? '';
      expect(text.endsWith('---\n## General Idea\n- mine\n')).toBe(true);
      await h.settle();
      const [note] = await h.store.listNotes();
      expect(note?.frontmatter).toEqual({ arxiv: '2406.10454', rating: 5, status: 'read' });
    });

    it('answers NOT_FOUND when changing properties of a missing note', async () => {
      const result = await h.store.updateFrontmatter('Gone.md', (p) => {
        p.rating = 1;
      });
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
      expect(await h.readRaw('Gone.md')).toBeNull();
    });

    it('keeps the note unchanged when the property change throws', async () => {
      await h.store.create('Paper.md', '---\nrating: 2\n---\nbody\n');
      const result = await h.store.updateFrontmatter('Paper.md', () => {
        throw new Error('refused');
      });
      expect(result.ok).toBe(false);
      expect(await h.readRaw('Paper.md')).toBe('---\nrating: 2\n---\nbody\n');
      await h.settle();
    });
  });
}

/** A summary without the optional text some stores hand over. */
function summaryOf(n: NoteSummary): Pick<NoteSummary, 'path' | 'frontmatter'> {
  return { path: n.path, frontmatter: n.frontmatter };
}
