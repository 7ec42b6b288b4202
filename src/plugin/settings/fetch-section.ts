import { Setting } from 'obsidian';
import type { Settings } from '../../core/settings';
import type { PluginHost } from '../host';

/** Settings for fetching from arXiv and Hugging Face and for creating many notes at once. */
export function fetchSection(el: HTMLElement, host: PluginHost): void {
  const s = host.settings;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);
  new Setting(el)
    .setName('Code and project links from Hugging Face')
    .setDesc('Ask the Hugging Face paper API for code and project page links the abstract does not give. Never delays a note by more than a moment.')
    .addToggle((t) => t.setValue(s.huggingFaceLinks).onChange((v) => save({ huggingFaceLinks: v })));
  new Setting(el)
    .setName('Fill in stub notes automatically')
    .setDesc('Notes written while arXiv was unreachable are filled in from arXiv once Obsidian has started and then every 10 minutes. When off, they are filled in only when you refresh metadata.')
    .addToggle((t) => t.setValue(s.completeStubsAutomatically).onChange((v) => save({ completeStubsAutomatically: v })));
  new Setting(el)
    .setName('Replace links with wikilinks')
    .setDesc('When creating notes from the links in a selection or note, replace each arXiv link with a link to its paper note.')
    .addToggle((t) => t.setValue(s.replaceLinksWithWikilinks).onChange((v) => save({ replaceLinksWithWikilinks: v })));
  new Setting(el)
    .setName('Offer a note when pasting an arXiv link')
    .setDesc('After you paste an arXiv link into a note, offer to create its paper note. The paste itself is unchanged.')
    .addToggle((t) => t.setValue(s.offerNoteOnPaste).onChange((v) => save({ offerNoteOnPaste: v })));
}
