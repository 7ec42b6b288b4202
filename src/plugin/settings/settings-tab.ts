import { type App, PluginSettingTab, Setting } from 'obsidian';
import type { PluginHost } from '../host';
import { creationSection } from './creation-section';
import { templateSection } from './template-section';
import { importSection } from './import-section';
import { noteTemplateSection } from './note-template-section';
import { fetchSection } from './fetch-section';
import { paperFilesSection } from './paper-files-section';
import { readingSection } from './reading-section';

type Section = { readonly heading: string | null; readonly render: (el: HTMLElement, host: PluginHost) => void };

/**
 * One section per feature, in the order a reader meets them. The first, general one has no
 * heading: the tab's own title says whose settings these are (Obsidian's plugin guidelines).
 */
export const SECTIONS: readonly Section[] = [
  { heading: null, render: creationSection },
  { heading: 'Template, file names and tags', render: noteTemplateSection },
  { heading: 'Distillation template', render: templateSection },
  { heading: 'Reading log import', render: importSection },
  { heading: 'Fetching and many links at once', render: fetchSection },
  { heading: 'Citations, venue and PDFs', render: paperFilesSection },
  { heading: 'Rating and reading status', render: readingSection },
];

export class PaperDistillSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly host: PluginHost,
  ) {
    super(app, host);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const section of SECTIONS) {
      if (section.heading !== null) new Setting(containerEl).setName(section.heading).setHeading();
      section.render(containerEl, this.host);
    }
  }
}
