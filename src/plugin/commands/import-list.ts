import type { TFile } from 'obsidian';
import { summarizeImport } from '../../app/import-messages';
import { HF_DAILY_API, planHfDailyImport, planListImport, selectEntries } from '../../app/import-paper-list';
import { executeImport, replan, type ImportDeps, type ImportPlan } from '../../app/import-reading-log';
import { localIsoDate } from '../../core/dates';
import { windowClock } from '../adapters/window-clock';
import type { PluginHost } from '../host';
import { PasteLogModal } from '../modals/import-log-modals';
import { HfDailyDateModal, PaperListPreviewModal, PaperListSourceModal, type ListChoice } from '../modals/paper-list-modals';

type CommandHost = Pick<PluginHost, 'app' | 'settings' | 'services' | 'addCommand'>;

/** "Import paper list…" and "Import Hugging Face daily papers…": preview, pick, write, report. */
export function registerImportList(plugin: CommandHost): void {
  plugin.addCommand({ id: 'import-paper-list', name: 'Import paper list…', callback: () => openImportList(plugin) });
  plugin.addCommand({ id: 'import-hf-daily', name: 'Import Hugging Face daily papers…', callback: () => openHfDaily(plugin) });
}

export function openImportList(host: CommandHost): void {
  new PaperListSourceModal(
    host.app,
    (file) => void previewFile(host, file),
    () => new PasteLogModal(host.app, (text) => void previewList(host, text, 'the list'), PASTE_TEXTS).open(),
  ).open();
}

const PASTE_TEXTS = {
  title: 'Import paper list',
  hint: 'Paste the list: a Hugging Face daily list copied as text, a channel digest, one paper per line, or any text with arXiv links.',
  label: 'Paper list text',
};

async function previewFile(host: CommandHost, file: TFile): Promise<void> {
  await previewList(host, await host.app.vault.cachedRead(file), file.basename);
}

export async function previewList(host: CommandHost, text: string, source: string): Promise<void> {
  const deps = importDeps(host);
  const services = host.services();
  services.notifier.info('Paper Distill: looking the papers up on arXiv…');
  const plan = await planListImport(text, source, deps);
  if (plan.entries.length === 0) {
    services.notifier.error('Paper Distill: no papers found in this text (titles with abstracts, a digest, one paper per line, or arXiv links).');
    return;
  }
  new PaperListPreviewModal(host.app, plan, 'Import paper list', (choice) => void write(host, plan, choice, deps)).open();
}

export function openHfDaily(host: CommandHost): void {
  new HfDailyDateModal(host.app, localIsoDate(windowClock.now()), (date) => void previewHfDaily(host, date)).open();
}

export async function previewHfDaily(host: CommandHost, date: string): Promise<void> {
  const deps = importDeps(host);
  const services = host.services();
  const planned = await planHfDailyImport(date, services.http, HF_DAILY_API, deps);
  if (!planned.ok) {
    services.notifier.error(`Paper Distill: ${planned.error.message}`);
    return;
  }
  if (planned.value.entries.length === 0) {
    services.notifier.info(`Paper Distill: Hugging Face lists no daily papers for ${date}.`);
    return;
  }
  const modal = new PaperListPreviewModal(host.app, planned.value, `Hugging Face daily papers, ${date}`, (choice) => void write(host, planned.value, choice, deps), false);
  modal.open();
}

async function write(host: CommandHost, plan: ImportPlan, choice: ListChoice, deps: ImportDeps): Promise<void> {
  const services = host.services();
  const chosen = choice.chosen.size > 0 ? await replan(plan, choice.chosen, deps) : plan;
  const picked = await selectEntries(chosen, choice.picked, deps);
  if (picked.idsToFetch.length > 0) services.notifier.info(`Fetching ${picked.idsToFetch.length} papers from arXiv…`);
  const summary = summarizeImport(picked, await executeImport(picked, deps));
  const message = [`Paper Distill: ${summary.headline}`, ...summary.details].join('\n');
  if (summary.problems) services.notifier.error(message);
  else services.notifier.info(message);
}

function importDeps(host: CommandHost): ImportDeps {
  const services = host.services();
  return {
    store: services.store,
    arxiv: services.arxiv,
    clock: windowClock,
    settings: () => host.settings,
    titles: services.titles,
    citations: services.citations,
    pendingTitles: services.pendingTitles,
    scholarly: services.scholarly,
  };
}
