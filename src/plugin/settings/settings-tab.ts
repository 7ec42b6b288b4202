import { type App, PluginSettingTab, Setting } from 'obsidian';
import type { PluginHost } from '../host';
import { creationSection } from './creation-section';
import { templateSection } from './template-section';

type Section = { readonly heading: string; readonly render: (el: HTMLElement, host: PluginHost) => void };

/** One section per feature, in the order a reader meets them. */
const SECTIONS: readonly Section[] = [
  { heading: 'New notes', render: creationSection },
  { heading: 'Template, file names and tags', render: templateSection },
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
      new Setting(containerEl).setName(section.heading).setHeading();
      section.render(containerEl, this.host);
    }
  }
}
