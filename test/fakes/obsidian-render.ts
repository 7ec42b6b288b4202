import { StateField } from '@codemirror/state';
import type { CachedMetadata, MarkdownFileInfo } from 'obsidian';
import type { App } from './obsidian-app';
import { Keymap } from './obsidian-misc';

/**
 * TEST HELPER: what Obsidian's reading view and Live Preview do for rendered Markdown under `el`:
 * a click on an `a.internal-link` opens its `data-href` (else its `href`) with `openLinkText`,
 * even when a handler of the plugin already called preventDefault, and a hover fires
 * `hover-link`. Returns the hover events seen, for assertions.
 */
export function handleRenderedLinks(el: HTMLElement, app: App, sourcePath: string): { hovered: string[] } {
  const hovered: string[] = [];
  const linkOf = (evt: Event): HTMLAnchorElement | null =>
    evt.target instanceof Element ? evt.target.closest<HTMLAnchorElement>('a.internal-link') : null;
  el.addEventListener('click', (evt) => {
    const link = linkOf(evt);
    if (link === null) return;
    evt.preventDefault();
    void app.workspace.openLinkText(link.getAttribute('data-href') ?? link.getAttribute('href') ?? '', sourcePath, Keymap.isModEvent(evt));
  });
  el.addEventListener('mouseover', (evt) => {
    const link = linkOf(evt);
    if (link === null) return;
    const linktext = link.getAttribute('data-href') ?? '';
    hovered.push(linktext);
    app.workspace.trigger('hover-link', { event: evt, source: 'preview', hoverParent: null, targetEl: link, linktext, sourcePath });
  });
  return { hovered };
}

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
