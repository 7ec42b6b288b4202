import { Setting } from 'obsidian';
import type { Settings } from '../../core/settings';
import type { PluginHost } from '../host';

/** Settings for rating, reading status and the paper card. */
export function readingSection(el: HTMLElement, host: PluginHost): void {
  const s = host.settings;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);
  new Setting(el)
    .setName('Show the paper card')
    .setDesc('Show rating, reading status, tags, links and how distilled the note is at the top of each paper note. Reopen the note to apply.')
    .addToggle((t) => t.setValue(s.showPaperCard).onChange((v) => save({ showPaperCard: v })));
  new Setting(el)
    .setName('Record reading dates')
    .setDesc('Set started when a paper moves to reading, and finished when it is marked read.')
    .addToggle((t) => t.setValue(s.trackReadingDates).onChange((v) => save({ trackReadingDates: v })));
}
