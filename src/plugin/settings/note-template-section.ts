import { normalizePath, Setting } from 'obsidian';
import { tagList, tagMap, type Settings } from '../../core/settings';
import type { PluginHost } from '../host';

/** Settings for the reader's note template, file names and tags of new notes. */
export function noteTemplateSection(el: HTMLElement, host: PluginHost): void {
  const s = host.settings;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);

  new Setting(el)
    .setName('Note template')
    .setDesc(
      'A note in your vault whose text replaces the built-in body of new paper notes. Placeholders such as {{title}}, ' +
        '{{authors}}, {{citation}}, {{abstract}}, {{url}}, {{pdf}}, {{code}} and {{year}} are filled in; unknown ones are ' +
        'reported. Leave empty for the built-in body.',
    )
    .addText((t) =>
      t
        .setPlaceholder('Templates/Paper.md')
        .setValue(s.templatePath)
        .onChange((v) => save({ templatePath: v.trim() === '' ? '' : normalizePath(v) })),
    );
  new Setting(el)
    .setName('File name pattern')
    .setDesc('Name of a new note, such as {{year}} {{firstAuthor}} {{title}}. Unsafe characters are removed and long names shortened.')
    .addText((t) => t.setPlaceholder('{{title}}').setValue(s.fileNamePattern).onChange((v) => save({ fileNamePattern: v })));
  new Setting(el)
    .setName('Default tags')
    .setDesc('Tags every new paper note gets besides the paper tag, separated by commas.')
    .addText((t) =>
      t
        .setPlaceholder('Inbox, to-skim')
        .setValue(s.defaultTags.join(', '))
        .onChange((v) => save({ defaultTags: tagList(v) })),
    );
  new Setting(el)
    .setName('Category tags')
    .setDesc('One category per line with the tag to use for it, such as "cs.RO: robotics". Other categories get the prefix above.')
    .addTextArea((t) =>
      t
        .setPlaceholder('cs.RO: robotics')
        .setValue(
          Object.entries(s.categoryTagMap)
            .map(([category, tag]) => `${category}: ${tag}`)
            .join('\n'),
        )
        .onChange((v) => save({ categoryTagMap: tagMap(v) })),
    );
}
