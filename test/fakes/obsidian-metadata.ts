import type { CachedMetadata, DataWriteOptions, HeadingCache, Pos, TagCache } from 'obsidian';
import { parse, stringify } from 'yaml';
import { isRecord, splitFrontmatter } from '../../src/core/note/frontmatter';
import { Events } from './obsidian-events';
import { parseBlocks } from './obsidian-sections';
import { normalizePath, TAbstractFile, TFile, TFolder } from './obsidian-files';
import { peekContent, type Vault } from './obsidian-vault';

/**
 * How long the fake's indexer takes over a file. Obsidian parses in a worker, so a write shows in
 * the cache some milliseconds later, never on the very next tick; a test that waits one tick
 * instead of for the cache would pass here by luck otherwise.
 */
export const INDEX_DELAY_MS = 5;

/**
 * Obsidian's metadata cache. Like the real one it lags behind the vault: a created or modified
 * file is parsed some milliseconds later (INDEX_DELAY_MS), and only then do `getFileCache` and the
 * `changed` event see the new text. Await `whenIdle()` (a test helper) to let it catch up; with
 * jest's fake timers, run the timers instead.
 */
export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly caches = new Map<TFile, CachedMetadata>();
  private readonly pending = new Set<TFile>();
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly vault: Vault) {
    super();
    vault.on('create', (file: TAbstractFile) => this.schedule(file));
    vault.on('modify', (file: TAbstractFile) => this.schedule(file));
    // After every listener of the vault's own `delete` (the plugin's among them) has run.
    vault.on('delete', (file: TAbstractFile) => queueMicrotask(() => this.forget(file)));
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    const file = this.vault.getFileByPath(path);
    return file ? this.getFileCache(file) : null;
  }

  /** Minimal link resolution: an exact path (with or without `.md`), else the shortest path with that name. */
  getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
    const target = normalizePath(linkpath.split('#')[0] ?? '');
    const exact = this.vault.getFileByPath(target) ?? this.vault.getFileByPath(`${target}.md`);
    if (exact) return exact;
    const byName = this.vault
      .getFiles()
      .filter((f) => f.path.endsWith(`/${target}`) || f.path.endsWith(`/${target}.md`))
      .sort((a, b) => a.path.length - b.path.length);
    return byName[0] ?? null;
  }

  fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === 'md' ? file.basename : file.name;
    const twins = this.vault.getFiles().filter((f) => f !== file && f.basename === file.basename);
    if (twins.length === 0) return name;
    return omitMdExtension && file.extension === 'md' ? file.path.slice(0, -3) : file.path;
  }

  /** TEST HELPER, not in Obsidian's API: resolves once every scheduled parse has run. */
  whenIdle(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Parses a file now; `createFakeApp` uses it so seeded files start indexed, as after start-up. */
  indexNow(file: TFile): void {
    this.caches.set(file, parseCachedMetadata(peekContent(this.vault, file) ?? ''));
  }

  private schedule(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== 'md' || this.pending.has(file)) return;
    this.pending.add(file);
    setTimeout(() => this.parse(file), INDEX_DELAY_MS);
  }

  private parse(file: TFile): void {
    this.pending.delete(file);
    const text = this.vault.getFileByPath(file.path) === file ? peekContent(this.vault, file) : null;
    if (text !== null) {
      const cache = parseCachedMetadata(text);
      this.caches.set(file, cache);
      this.trigger('changed', file, text, cache);
      this.trigger('resolve', file);
    }
    if (this.pending.size > 0) return;
    this.trigger('resolved');
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private forget(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    const prev = this.caches.get(file) ?? null;
    this.caches.delete(file);
    this.trigger('deleted', file, prev);
  }
}

/** The parts of CachedMetadata the fake derives: frontmatter (+ position), headings and body tags. */
export function parseCachedMetadata(text: string): CachedMetadata {
  const cache: CachedMetadata = {};
  const split = splitFrontmatter(text);
  let bodyStart = 0;
  if (split.yaml !== null) {
    bodyStart = text.length - split.body.length;
    const fenceEnd = text.slice(0, bodyStart).replace(/\r?\n$/, '').length;
    cache.frontmatterPosition = span(text, 0, fenceEnd);
    const frontmatter = propertiesOf(split.yaml);
    if (frontmatter) cache.frontmatter = frontmatter;
  }
  const headings: HeadingCache[] = [];
  const tags: TagCache[] = [];
  let fence: string | null = null;
  for (const { line, offset } of linesFrom(text, bodyStart)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      headings.push({ heading: heading[2] ?? '', level: (heading[1] ?? '#').length, position: span(text, offset, offset + line.length) });
    }
    for (const m of line.matchAll(/(^|\s)(#[\p{L}\p{N}_\-/]+)/gu)) {
      const tag = m[2] ?? '';
      if (/^#[\d/]*$/.test(tag)) continue; // "#123" is not a tag in Obsidian
      const start = offset + (m.index ?? 0) + (m[1] ?? '').length;
      tags.push({ tag, position: span(text, start, start + tag.length) });
    }
  }
  if (headings.length > 0) cache.headings = headings;
  const blocks = parseBlocks(text, bodyStart).sections;
  cache.sections = cache.frontmatterPosition === undefined ? blocks : [{ type: 'yaml', position: cache.frontmatterPosition }, ...blocks];
  if (tags.length > 0) cache.tags = tags;
  return cache;
}

/**
 * The properties as Obsidian's indexer types them, read here with the `yaml` library itself and
 * not with the plugin's own reader (which has a fast path of its own), so a mistake in that reader
 * cannot hide behind the fake: YAML 1.2 core types (numbers are numbers, `2406.10450` loses its
 * trailing zero, unquoted dates stay strings, lists are arrays), every key as written (`tags` is
 * not normalised: a string stays a string; `getAllTags` normalises). A block that is not valid YAML
 * or not a mapping gives no properties, but its position is still recorded.
 */
function propertiesOf(yaml: string): Record<string, unknown> | null {
  if (yaml.trim() === '') return null;
  try {
    const value: unknown = parse(yaml);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function* linesFrom(text: string, from: number): Generator<{ line: string; offset: number }> {
  let offset = from;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    yield { line: text.slice(offset, end).replace(/\r$/, ''), offset };
    if (newline === -1) return;
    offset = newline + 1;
  }
}

function span(text: string, start: number, end: number): Pos {
  return { start: loc(text, start), end: loc(text, end) };
}

function loc(text: string, offset: number): { line: number; col: number; offset: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, col: offset - (before.lastIndexOf('\n') + 1), offset };
}

/**
 * Obsidian's `FileManager`, with `processFrontMatter` as Obsidian does it: the YAML block is
 * parsed, handed to `fn` to mutate, and re-serialized whole; the body after the block is kept
 * byte for byte. The write goes through `vault.process`, so a throwing `fn` changes nothing.
 */
export class FileManager {
  constructor(private readonly vault: Vault) {}

  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
    await this.vault.process(
      file,
      (text) => {
        const { yaml, body } = splitFrontmatter(text);
        const parsed: unknown = yaml === null || yaml.trim() === '' ? {} : parse(yaml);
        if (!isRecord(parsed)) throw new Error(`The frontmatter of ${file.path} is not a set of properties.`);
        fn(parsed);
        if (yaml === null && Object.keys(parsed).length === 0) return text;
        const block = Object.keys(parsed).length === 0 ? '' : stringify(parsed, { lineWidth: 0 });
        return `---\n${block}---\n${body}`;
      },
      options,
    );
  }

  getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
    return this.vault.getRoot();
  }

  renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    return this.vault.rename(file, newPath);
  }

  trashFile(file: TAbstractFile): Promise<void> {
    return this.vault.delete(file, true);
  }

  generateMarkdownLink(file: TFile, _sourcePath: string, subpath = '', alias?: string): string {
    const target = file.extension === 'md' ? file.basename : file.name;
    return `[[${target}${subpath}${alias ? `|${alias}` : ''}]]`;
  }
}
