import { Plugin } from 'obsidian';
import { normalizeSettings, type Settings } from './core/settings';
import { openNewNoteModal } from './plugin/commands/new-note-from-link';
import { Services } from './plugin/services';
import { PaperDistillSettingTab } from './plugin/settings/settings-tab';

export default class PaperDistillPlugin extends Plugin {
  settings: Settings = normalizeSettings(undefined);
  private built: Services | null = null;

  async onload(): Promise<void> {
    this.settings = normalizeSettings(await this.loadData());
    this.addSettingTab(new PaperDistillSettingTab(this.app, this));
    this.addCommand({
      id: 'new-paper-note-from-arxiv-link',
      name: 'New paper note from arXiv link',
      callback: () => openNewNoteModal(this),
    });
  }

  /** Services are built on first use so start-up stays free of work. */
  services(): Services {
    this.built ??= new Services(this.app, () => this.settings);
    return this.built;
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    this.settings = normalizeSettings({ ...this.settings, ...patch });
    await this.saveData(this.settings);
  }
}
