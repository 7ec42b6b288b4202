import { normalizePath, Setting } from 'obsidian';
import { DEFAULT_SETTINGS, type CitationStyleSetting, type ReadingStatus, type Settings } from '../../core/settings';
import type { PluginHost } from '../host';

const STYLE_NAMES: Record<Exclude<CitationStyleSetting, 'bibtex'>, string> = {
  scholar: 'Google Scholar (APA-like)',
  apa: 'APA 7',
  vancouver: 'Vancouver',
  harvard: 'Harvard',
};

const STATUS_NAMES: Record<ReadingStatus, string> = { 'to-read': 'To read', reading: 'Reading', read: 'Read' };

/** Settings for creating paper notes from arXiv. */
export function creationSection(el: HTMLElement, host: PluginHost): void {
  const s = host.settings;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);

  new Setting(el)
    .setName('Paper folder')
    .setDesc('Where new paper notes are created. Leave empty for the vault root.')
    .addText((t) =>
      t
        .setPlaceholder(DEFAULT_SETTINGS.folder)
        .setValue(s.folder)
        .onChange((v) => save({ folder: v.trim() === '' ? '' : normalizePath(v) })),
    );
  new Setting(el)
    .setName('Paper tag')
    .setDesc('Added to every paper note; notes with this tag count as papers even without an arXiv ID.')
    .addText((t) => t.setPlaceholder(DEFAULT_SETTINGS.paperTag).setValue(s.paperTag).onChange((v) => save({ paperTag: v })));
  new Setting(el)
    .setName('Tag arXiv categories')
    .setDesc('Add a tag per arXiv category, such as arxiv/cs-RO for cs.RO.')
    .addToggle((t) => t.setValue(s.addCategoryTags).onChange((v) => save({ addCategoryTags: v })));
  new Setting(el)
    .setName('Category tag prefix')
    .setDesc('Put before each category tag. Use a trailing slash for a nested tag.')
    .addText((t) => t.setPlaceholder('arxiv/').setValue(s.categoryTagPrefix).onChange((v) => save({ categoryTagPrefix: v })));
  new Setting(el)
    .setName('Citation style')
    .setDesc('Style of the citation line at the top of each new note.')
    .addDropdown((d) => {
      for (const [value, name] of Object.entries(STYLE_NAMES)) d.addOption(value, name);
      d.setValue(s.citationStyle === 'bibtex' ? 'scholar' : s.citationStyle);
      d.onChange((v) => save({ citationStyle: v as CitationStyleSetting }));
    });
  new Setting(el)
    .setName('Status of new notes')
    .setDesc('Reading status a new paper note starts with.')
    .addDropdown((d) => {
      for (const [value, name] of Object.entries(STATUS_NAMES)) d.addOption(value, name);
      d.setValue(s.defaultStatus);
      d.onChange((v) => save({ defaultStatus: v as ReadingStatus }));
    });
  new Setting(el)
    .setName('Open note after creating it')
    .setDesc('Open the new (or already existing) note when the import finishes.')
    .addToggle((t) => t.setValue(s.openAfterCreate).onChange((v) => save({ openAfterCreate: v })));
  new Setting(el)
    .setName('arXiv API address')
    .setDesc('Only change this for an arXiv-compatible mirror. Requests stay at one every three seconds.')
    .addText((t) => t.setPlaceholder(DEFAULT_SETTINGS.apiUrl).setValue(s.apiUrl).onChange((v) => save({ apiUrl: v.trim() })));
  new Setting(el)
    .setName('arXiv timeout (seconds)')
    .setDesc('How long one lookup may wait for arXiv in all, retries included, before the notes are written as stubs and filled in later.')
    .addText((t) =>
      t
        .setPlaceholder(String(DEFAULT_SETTINGS.arxivTimeoutSeconds))
        .setValue(String(s.arxivTimeoutSeconds))
        .onChange((v) => save({ arxivTimeoutSeconds: Number(v) })),
    );
}
