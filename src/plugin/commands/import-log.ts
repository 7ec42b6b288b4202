import type { TFile } from 'obsidian';
import { summarizeImport } from '../../app/import-messages';
import { executeImport, planImport, type ImportDeps } from '../../app/import-reading-log';
import type { Notifier } from '../../app/ports';
import type { TitleSearch } from '../../app/title-search';
import { windowClock } from '../adapters/window-clock';
import type { PluginHost } from '../host';
import { ImportPreviewModal, PasteLogModal, ReadingLogSourceModal } from '../modals/import-log-modals';

type CommandHost = Pick<PluginHost, 'app' | 'settings' | 'services' | 'addCommand'>;

/** "Import reading log…": choose a file (or paste), preview, write the notes, report. */
export function registerImportLog(plugin: CommandHost): void {
  plugin.addCommand({
    id: 'import-reading-log',
    name: 'Import reading log…',
    callback: () => openImportLog(plugin),
  });
}

export function openImportLog(host: CommandHost): void {
  new ReadingLogSourceModal(
    host.app,
    (file) => void previewFile(host, file),
    () => new PasteLogModal(host.app, (text) => void previewText(host, text)).open(),
  ).open();
}

async function previewFile(host: CommandHost, file: TFile): Promise<void> {
  await previewText(host, await host.app.vault.cachedRead(file));
}

export async function previewText(host: CommandHost, text: string): Promise<void> {
  const deps = importDeps(host);
  const plan = await planImport(text, deps);
  if (plan.entries.length === 0) {
    host.services().notifier.error('Paper Distill: no paper entries found. An entry starts at a heading with the paper title, or at a citation line.');
    return;
  }
  new ImportPreviewModal(host.app, plan, () => {
    void (async () => {
      const services = host.services();
      if (plan.idsToFetch.length > 0) services.notifier.info(`Fetching ${plan.idsToFetch.length} papers from arXiv…`);
      const summary = summarizeImport(plan, await executeImport(plan, deps));
      const message = [`Paper Distill: ${summary.headline}`, ...summary.details].join('\n');
      if (summary.problems) services.notifier.error(message);
      else services.notifier.info(message);
    })();
  }).open();
}

function importDeps(host: CommandHost): ImportDeps {
  const services = host.services();
  // Entries whose links were lost are looked up by title, as the paper-list import does; offline,
  // their titles wait in the same queue (the automatic completion searches them again).
  return {
    store: services.store,
    arxiv: services.arxiv,
    clock: windowClock,
    settings: () => host.settings,
    titles: announced(services.titles, services.notifier),
    citations: services.citations,
    pendingTitles: services.pendingTitles,
    scholarly: services.scholarly,
  };
}

/**
 * The search keeps arXiv's pacing (a few seconds for a dozen titles) before the preview can open,
 * so the reader is told it is under way rather than left with nothing on screen.
 */
function announced(search: TitleSearch, notifier: Notifier): TitleSearch {
  return {
    findTitles: (titles, options) => {
      const what = titles.length === 1 ? '1 paper without a link' : `${titles.length} papers without a link`;
      notifier.info(`Paper Distill: looking up ${what} on arXiv by title…`);
      return search.findTitles(titles, options);
    },
  };
}
