import { Setting } from 'obsidian';
import type { Settings } from '../../core/settings';
import type { PluginHost } from '../host';

/** Settings for OpenAlex (citations and venue) and for PDFs kept in the vault. */
export function paperFilesSection(el: HTMLElement, host: PluginHost): void {
  const s = host.settings;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);
  new Setting(el)
    .setName('Citations and venue from OpenAlex')
    .setDesc('On creation and refresh, ask OpenAlex how often each paper is cited and where it was published. Never delays a note by more than a moment.')
    .addToggle((t) => t.setValue(s.openAlex).onChange((v) => save({ openAlex: v })));
  new Setting(el)
    .setName('Email for OpenAlex')
    .setDesc('Sent with each request as OpenAlex asks polite clients to; leave empty to send none.')
    .addText((t) => t.setPlaceholder('you@example.org').setValue(s.openAlexMailto).onChange((v) => save({ openAlexMailto: v.trim() })));
}
