import { Setting } from 'obsidian';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { PluginHost } from '../host';

/** Settings for "Import reading log…". */
export function importSection(el: HTMLElement, host: PluginHost): void {
  const s = host.settings;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);
  new Setting(el)
    .setName('Rating of recommended papers')
    .setDesc('Rating given to a log entry whose title is marked with 🌟.')
    .addDropdown((d) => {
      for (const n of [1, 2, 3, 4, 5]) d.addOption(String(n), '★'.repeat(n));
      d.setValue(String(s.importRecommendedRating));
      d.onChange((v) => save({ importRecommendedRating: Number(v) }));
    });
  new Setting(el)
    .setName('Topic tag prefix')
    .setDesc('Put before the tags made from the topic headings of a log, so a heading robotics becomes topic/robotics.')
    .addText((t) =>
      t
        .setPlaceholder(DEFAULT_SETTINGS.importTopicTagPrefix)
        .setValue(s.importTopicTagPrefix)
        .onChange((v) => save({ importTopicTagPrefix: v.trim().replace(/^#/, '').replace(/\s+/g, '-') })),
    );
}
