import type { App, Plugin } from 'obsidian';
import type { Settings } from '../core/settings';
import type { Services } from './services';

/**
 * What features see of the plugin: Obsidian's Plugin API for registering things, plus the
 * settings and the lazily built services. Features take this, never the concrete class.
 */
export interface PluginHost extends Plugin {
  readonly app: App;
  readonly settings: Settings;
  services(): Services;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Calls `listener` after each settings change with the settings before and after it. */
  onSettingsChange(listener: (before: Settings, after: Settings) => void): void;
}
