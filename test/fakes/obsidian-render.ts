import { StateField } from '@codemirror/state';
import type { CachedMetadata, MarkdownFileInfo } from 'obsidian';

/**
 * Obsidian's `getAllTags`: every tag of a note, `#`-prefixed, frontmatter `tags` first (a list or
 * one string split on commas and spaces), then the body's tags, duplicates kept as Obsidian does.
 */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const raw: unknown = cache.frontmatter?.tags;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/) : [];
  const front = list.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => `#${t.trim().replace(/^#/, '')}`);
  const body = (cache.tags ?? []).map((t) => t.tag);
  const all = [...front, ...body];
  return all.length > 0 ? all : null;
}

/**
 * Obsidian's editor state fields. In Obsidian the app provides their values; in tests an
 * editor built with `editorInfoField.init(() => info)` and `editorLivePreviewField.init(() => true)`
 * stands in for a Live Preview editor of a file.
 */
export const editorInfoField: StateField<MarkdownFileInfo> = StateField.define<MarkdownFileInfo>({
  create: () => ({}) as MarkdownFileInfo,
  update: (value) => value,
});

export const editorLivePreviewField: StateField<boolean> = StateField.define<boolean>({
  create: () => false,
  update: (value) => value,
});
