import { summarizeOutcomes } from '../../app/outcome-messages';
import { describeTitleStub } from '../../app/title-messages';
import type { TitleMatch } from '../../app/title-search';
import { writeTitleStubs } from '../../app/title-stubs';
import { windowClock } from '../adapters/window-clock';
import type { PluginHost } from '../host';
import { ArxivLinkModal } from '../modals/arxiv-link-modal';
import { FindPaperModal } from '../modals/find-paper-modal';
import { chooseEach, resolveInputs } from './titles-to-notes';

type CommandHost = Pick<PluginHost, 'app' | 'settings' | 'services'>;

export function openNewNoteModal(host: CommandHost): void {
  new ArxivLinkModal(host.app, (inputs) => void createFromLinksAndTitles(host, inputs)).open();
}

/** Search-as-you-type on arXiv titles; the chosen paper becomes a note (or opens the one you have). */
export function openFindPaperModal(host: CommandHost): void {
  new FindPaperModal(host.app, host.services().titles, (paper) => {
    host.services().arxiv.prime([paper]);
    void createAndOpen(host, [paper.arxiv]);
  }).open();
}

/**
 * The modal's lines: ids and links as before; a line that reads as a title is searched on arXiv;
 * anything else is reported as not recognised.
 */
export async function createFromLinksAndTitles(host: CommandHost, lines: readonly string[]): Promise<void> {
  const { inputs, ambiguous, problems, unsearched } = await resolveInputs(host, lines);
  if (problems.length > 0) host.services().notifier.error(`Paper Distill:\n${problems.join('\n')}`);
  if (inputs.length > 0) await createAndOpen(host, inputs);
  if (unsearched.length > 0) await keepUnsearched(host, unsearched);
  chooseEach(host, ambiguous, (paper) => void createAndOpen(host, [paper.arxiv]));
}

/**
 * Titles arXiv could not be searched for become title stubs, queued: the automatic completion
 * (start-up, every 10 minutes) searches again and turns each into the full note.
 */
async function keepUnsearched(host: CommandHost, unsearched: readonly Extract<TitleMatch, { kind: 'unreachable' }>[]): Promise<void> {
  const services = host.services();
  const deps = { store: services.store, clock: windowClock, settings: () => host.settings, pendingTitles: services.pendingTitles };
  const outcomes = await writeTitleStubs(deps, unsearched.map((m) => m.query));
  const lines = outcomes.map((o) => describeTitleStub(o, unsearched[0].error.message));
  services.notifier.error(['Paper Distill:', ...lines].join('\n'));
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
