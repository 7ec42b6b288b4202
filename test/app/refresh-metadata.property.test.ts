import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withByteExactFrontmatter } from '../../src/app/byte-exact-frontmatter';
import type { ArxivClient, NoteStore } from '../../src/app/ports';
import { MetadataRefresher } from '../../src/app/refresh-metadata';
import { DiskNoteStore } from '../../src/cli/disk-note-store';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { isDeepStrictEqualish } from '../../src/core/note/deep-equal';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { OWNED_KEYS, ownedProperties } from '../../src/core/note/render';
import { ok } from '../../src/core/result';
import { VaultNoteStore } from '../../src/plugin/vault-note-store';
import { seededRandom } from '../builders/note';
import { readerEditedNote, refreshedMetadata, topLevelSpans } from '../builders/reader-content';
import { createFakeApp } from '../fakes/obsidian';

const CASES = 80;
const OWNED = new Set<string>(OWNED_KEYS);

interface Case {
  readonly path: string;
  readonly before: string;
  readonly fresh: PaperMetadata;
}

function cases(seed: number): Case[] {
  const rng = seededRandom(seed);
  return Array.from({ length: CASES }, (_, i) => {
    const id = `2401.${String(10000 + i)}`;
    const { text, old } = readerEditedNote(rng, id);
    return { path: `Papers/note ${i}.md`, before: text, fresh: refreshedMetadata(rng, old) };
  });
}

function clientFor(papers: readonly PaperMetadata[]): ArxivClient {
  const byId = new Map(papers.map((p) => [p.arxiv, p]));
  return {
    fetchPapers: (ids) => Promise.resolve(ok({ found: new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as PaperMetadata]] : []))), missing: [] })),
  };
}

/** Values: owned keys are arXiv's, every other key is exactly what the reader had, nothing else appears. */
function expectOnlyOwnedChanged(c: Case, after: string): void {
  const was = readFrontmatter(c.before) ?? {};
  const now = readFrontmatter(after) ?? {};
  const fresh = ownedProperties(c.fresh);
  for (const key of Object.keys(was)) {
    if (!OWNED.has(key)) expect({ key, value: now[key] }).toEqual({ key, value: was[key] });
  }
  for (const key of OWNED_KEYS) expect({ key, value: now[key] }).toEqual({ key, value: fresh[key] ?? was[key] });
  for (const key of Object.keys(now)) expect(OWNED.has(key) || key in was).toBe(true);
  expect(splitFrontmatter(after).body).toBe(splitFrontmatter(c.before).body);
}

/** Bytes: every top-level key that did not change, every comment and blank line, in the same order. */
function expectUntouchedBytes(c: Case, after: string): void {
  const was = readFrontmatter(c.before) ?? {};
  const now = readFrontmatter(after) ?? {};
  const changed = new Set<string>(OWNED_KEYS.filter((k) => !isDeepStrictEqualish(was[k], now[k])));
  const spansOf = (text: string) => topLevelSpans((splitFrontmatter(text).yaml ?? '').split(/\r?\n/)).map((s) => s.join('\n'));
  const kept = spansOf(c.before).filter((span) => !changed.has(keyOf(span) ?? ''));
  const out = spansOf(after);
  let at = 0;
  for (const span of kept) {
    const found = out.indexOf(span, at);
    expect({ span, found: found >= 0 }).toEqual({ span, found: true });
    at = found + 1;
  }
  if (!after.includes('\r\n') === !c.before.includes('\r\n')) return;
  throw new Error('line endings changed');
}

function keyOf(span: string): string | null {
  const m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"][^:]*?))[ \t]*:(?:\s|$)/.exec(span);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').trim();
}

async function runRefresh(store: NoteStore, all: readonly Case[]): Promise<void> {
  const refresher = new MetadataRefresher({ store, arxiv: clientFor(all.map((c) => c.fresh)) });
  const outcomes = await refresher.refreshAll();
  expect(outcomes.filter((o) => o.kind !== 'updated' && o.kind !== 'unchanged')).toEqual([]);
  expect(outcomes).toHaveLength(all.length);
}

describe('refresh changes only plugin-owned keys (property, seeded)', () => {
  it.each([1, 2, 3])('through the disk store, byte for byte (seed %i)', async (seed) => {
    const all = cases(seed);
    const root = await mkdtemp(join(tmpdir(), 'pd-refresh-prop-'));
    try {
      await mkdir(join(root, 'Papers'));
      for (const c of all) await writeFile(join(root, c.path), c.before, 'utf8');
      await runRefresh(new DiskNoteStore(root), all);
      for (const c of all) {
        const after = await readFile(join(root, c.path), 'utf8');
        expectOnlyOwnedChanged(c, after);
        expectUntouchedBytes(c, after);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it.each([4, 5])('through the Obsidian fake’s processFrontMatter, value for value (seed %i)', async (seed) => {
    const all = cases(seed);
    const app = createFakeApp(Object.fromEntries(all.map((c) => [c.path, c.before])));
    await runRefresh(new VaultNoteStore(app), all);
    for (const c of all) expectOnlyOwnedChanged(c, await app.vault.read(app.vault.getFileByPath(c.path)!));
  });

  it.each([6, 7])('through the plugin’s refresh path (vault.process + editFrontmatter), byte for byte (seed %i)', async (seed) => {
    const all = cases(seed);
    const app = createFakeApp(Object.fromEntries(all.map((c) => [c.path, c.before])));
    await runRefresh(withByteExactFrontmatter(new VaultNoteStore(app)), all);
    for (const c of all) {
      const after = await app.vault.read(app.vault.getFileByPath(c.path)!);
      expectOnlyOwnedChanged(c, after);
      expectUntouchedBytes(c, after);
    }
  });

  it('leaves a note byte-identical when arXiv has nothing new', async () => {
    const all = cases(9);
    const store = new DiskNoteStore(await mkdtemp(join(tmpdir(), 'pd-refresh-same-')));
    try {
      for (const c of all) await store.create(c.path, c.before);
      const refresher = new MetadataRefresher({ store, arxiv: clientFor(all.map((c) => c.fresh)) });
      await refresher.refreshAll();
      const once = await Promise.all(all.map((c) => store.read(c.path)));
      const outcomes = await refresher.refreshAll();
      expect(outcomes.every((o) => o.kind === 'unchanged')).toBe(true);
      expect(await Promise.all(all.map((c) => store.read(c.path)))).toEqual(once);
    } finally {
      await rm(store.root, { recursive: true, force: true });
    }
  });
});
