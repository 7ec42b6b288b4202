import type { CachedMetadata, TFile } from 'obsidian';
import { readFrontmatter } from '../../core/note/frontmatter';
import { isPaperNote } from '../../core/note/paper-note';
import { paperCardModel } from '../../core/reading/paper-card';
import { openAddTag, reportAction, reportStatusChange } from '../commands/reading-commands';
import type { PluginHost } from '../host';
import { insertMissingSectionsIn } from '../template/insert-missing';
import { createPaperCard } from '../views/paper-card';

type CardHost = Pick<PluginHost, 'app' | 'settings' | 'services'>;

export interface MountedPaperCard {
  readonly el: HTMLElement;
  /** Stops following the note; call when the card's element goes away. */
  destroy(): void;
}

/**
 * A paper card for `file` inside `parent`, wired to the note: edits go through ReadingActions
 * (so the read gate and the tag rules apply, and refusals become notices), and the card follows
 * the note through the metadata cache's `changed` event (whoever changed it: the card, a command,
 * the properties editor or sync). A refused edit re-renders the card from the note, so a status
 * dropdown never shows a value the note does not have.
 */
export function mountPaperCard(host: CardHost, parent: HTMLElement, file: TFile, markdown: string): MountedPaperCard {
  const { app } = host;
  const modelOf = (text: string, cache: CachedMetadata | null) =>
    paperCardModel(cache?.frontmatter ?? readFrontmatter(text), text, host.settings.requiredSections);
  let text = markdown;
  const reading = () => host.services().reading;
  const redraw = () => card.update(modelOf(text, app.metadataCache.getFileCache(file)));
  const afterward = (ok: boolean) => {
    if (!ok) redraw();
  };

  const card = createPaperCard(
    parent,
    modelOf(text, app.metadataCache.getFileCache(file)),
    {
      onRate: (rating) => void reportAction(host, reading().setRating(file.path, rating)).then(afterward),
      onStatus: (status) => void reportStatusChange(host, file.path, status, () => reading().setStatus(file.path, status)).then(afterward),
      onAddTag: () => openAddTag(host, file),
      onRemoveTag: (tag) => void reportAction(host, reading().removeTag(file.path, tag)).then(afterward),
      onInsertSections: () => void insertMissingSectionsIn(host, file),
    },
    file.basename,
  );

  const ref = app.metadataCache.on('changed', (changed: TFile, data: string, cache: CachedMetadata) => {
    if (changed.path !== file.path) return;
    text = data;
    card.el.toggle(isPaperNote(cache.frontmatter, host.settings.paperTag));
    card.update(modelOf(data, cache));
  });
  return {
    el: card.el,
    destroy: () => {
      app.metadataCache.offref(ref);
      card.el.detach();
    },
  };
}
