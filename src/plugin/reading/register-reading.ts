import { registerReadingCommands } from '../commands/reading-commands';
import type { PluginHost } from '../host';
import { paperCardEditorExtension } from './paper-card-live-preview';
import { registerPaperCardInReadingView } from './paper-card-reading-view';

/** Rating, reading status and tags: commands, and the paper card in Reading view and Live Preview. */
export function registerReading(plugin: PluginHost): void {
  registerReadingCommands(plugin);
  registerPaperCardInReadingView(plugin);
  plugin.registerEditorExtension(paperCardEditorExtension(plugin));
}
