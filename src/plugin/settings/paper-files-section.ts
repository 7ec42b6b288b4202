import { normalizePath, Setting } from 'obsidian';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
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
  new Setting(el)
    .setName('Save PDFs in the vault')
    .setDesc('Download the PDF of each new paper note (the version it records) into the PDF folder.')
    .addToggle((t) => t.setValue(s.savePdfs).onChange((v) => save({ savePdfs: v })));
  new Setting(el)
    .setName('PDF folder')
    .setDesc('Where downloaded PDFs go, named like their notes. Leave empty for the vault root.')
    .addText((t) =>
      t
        .setPlaceholder(DEFAULT_SETTINGS.pdfFolder)
        .setValue(s.pdfFolder)
        .onChange((v) => save({ pdfFolder: v.trim() === '' ? '' : normalizePath(v) })),
    );
  new Setting(el)
    .setName('Largest PDF in megabytes')
    .setDesc('A larger file is not downloaded.')
    .addText((t) =>
      t
        .setPlaceholder(String(DEFAULT_SETTINGS.pdfMaxMb))
        .setValue(String(s.pdfMaxMb))
        .onChange((v) => {
          const mb = Number(v.trim());
          if (Number.isFinite(mb) && mb > 0) save({ pdfMaxMb: mb });
        }),
    );
}
