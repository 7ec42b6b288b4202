import { summarizeOutcomes } from '../../app/outcome-messages';
import type { PluginHost } from '../host';
import { ArxivLinkModal } from '../modals/arxiv-link-modal';

type CommandHost = Pick<PluginHost, 'app' | 'settings' | 'services'>;

export function openNewNoteModal(host: CommandHost): void {
  new ArxivLinkModal(host.app, (inputs) => void createAndOpen(host, inputs)).open();
}

/** Creates (or finds) the notes, reports in one notice, and opens the first note. */
export async function createAndOpen(host: CommandHost, inputs: readonly string[]): Promise<void> {
  const services = host.services();
  if (inputs.length > 1) services.notifier.info(`Fetching ${inputs.length} papers from arXiv…`);
  const outcomes = await services.creator.createFromInputs(inputs);
  const summary = summarizeOutcomes(outcomes);
  const extra = [...summary.problems, ...summary.warnings];
  const detail = extra.length > 0 ? `\n${extra.join('\n')}` : '';
  const message = `Paper Distill: ${summary.headline}${detail}`;
  if (extra.length > 0) services.notifier.error(message);
  else services.notifier.info(message);
  if (summary.openPath !== null && host.settings.openAfterCreate) {
    const file = host.app.vault.getFileByPath(summary.openPath);
    if (file) await host.app.workspace.getLeaf(false).openFile(file);
  }
}
