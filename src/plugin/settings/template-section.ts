import { Setting } from 'obsidian';
import { formatRequiredSections, parseRequiredSections } from '../../core/note/required-sections-text';
import { DEFAULT_REQUIRED_SECTIONS } from '../../core/note/template-settings';
import type { PluginHost } from '../host';

/** Settings for the distillation template: the required sections and the "read" gate. */
export function templateSection(el: HTMLElement, host: PluginHost): void {
  let area: HTMLTextAreaElement | null = null;
  new Setting(el)
    .setName('Required sections')
    .setDesc(
      'One section per line, in the order a note should have them: its name, then optionally a colon and other headings that count for it, separated by commas. Leave empty to require nothing.',
    )
    .addTextArea((t) => {
      area = t.inputEl;
      t.inputEl.addClass('paper-distill-sections-input');
      t.inputEl.rows = 4;
      t.setPlaceholder(formatRequiredSections(DEFAULT_REQUIRED_SECTIONS))
        .setValue(formatRequiredSections(host.settings.requiredSections))
        .onChange((v) => void host.updateSettings({ requiredSections: parseRequiredSections(v) }));
    })
    .addExtraButton((b) =>
      b
        .setIcon('reset')
        .setTooltip('Restore the default sections')
        .onClick(() => {
          void host.updateSettings({ requiredSections: DEFAULT_REQUIRED_SECTIONS });
          if (area) area.value = formatRequiredSections(DEFAULT_REQUIRED_SECTIONS);
        }),
    );
  new Setting(el)
    .setName('Only distilled papers can be marked read')
    .setDesc(
      'Setting a paper to read through Paper Distill is refused while a required section is missing or empty. Editing the status property by hand still works.',
    )
    .addToggle((t) => t.setValue(host.settings.gateReadOnTemplate).onChange((v) => void host.updateSettings({ gateReadOnTemplate: v })));
}
