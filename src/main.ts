import { Plugin } from 'obsidian';
import { normalizeSettings, type Settings } from './core/settings';
import { registerFeatures } from './plugin/features';
import type { PluginHost } from './plugin/host';
import { PluginData } from './plugin/plugin-data';
import { Services } from './plugin/services';

export default class PaperDistillPlugin extends Plugin implements PluginHost {
  settings: Settings = normalizeSettings(undefined);
  private built: Services | null = null;
  private readonly data = new PluginData(this);

  async onload(): Promise<void> {
    this.settings = normalizeSettings(await this.data.load());
    registerFeatures(this);
  }

  /**
   * Obsidian calls this when data.json changed on disk, e.g. synced from another device: the
   * settings and the pending queue are read again, so the next save keeps what came in.
   */
  async onExternalSettingsChange(): Promise<void> {
    const before = this.settings;
    this.settings = normalizeSettings(await this.data.reload());
    await this.built?.pending.reload();
    await this.built?.pendingTitles.reload();
    for (const listener of this.settingsListeners) listener(before, this.settings);
  }

  /** Services are built on first use so start-up stays free of work. */
  services(): Services {
    this.built ??= new Services(this.app, () => this.settings, this.data.pendingStore, this.data.pendingPdfStore, this.data.pendingTitleStore);
    return this.built;
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    const before = this.settings;
    this.settings = normalizeSettings({ ...this.settings, ...patch });
    await this.data.saveSettings(this.settings);
    for (const listener of this.settingsListeners) listener(before, this.settings);
  }

  private readonly settingsListeners: Array<(before: Settings, after: Settings) => void> = [];

  onSettingsChange(listener: (before: Settings, after: Settings) => void): void {
    this.settingsListeners.push(listener);
  }
}
