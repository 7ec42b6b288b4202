import type { TitleMatch } from '../../app/title-search';
import { parseArxivInput } from '../../core/arxiv/ids';
import { titleFromLine } from '../../core/arxiv/title-line';
import type { PaperMetadata } from '../../core/arxiv/types';
import type { PluginHost } from '../host';
import { TitleChoiceModal } from '../modals/title-choice-modal';

type Host = Pick<PluginHost, 'app' | 'settings' | 'services'>;

export interface TitleResolution {
  /**
   * What the note creator gets: ids and links as typed, lines that are neither id nor title (it
   * reports them as not recognised), then the confident title matches.
   */
  readonly inputs: string[];
  /** Titles whose close candidates the reader must choose from. */
  readonly ambiguous: Extract<TitleMatch, { kind: 'ambiguous' }>[];
  /** One sentence per title that found nothing. */
  readonly problems: string[];
  /** Titles arXiv could not be searched for: kept as title stubs by the caller, never dropped. */
  readonly unsearched: Extract<TitleMatch, { kind: 'unreachable' }>[];
}

/**
 * Splits the modal's lines into arXiv ids, titles (see `titleFromLine`) and the rest, and
 * resolves the titles in as few requests as possible. A confident match's metadata goes into the session cache, so its note costs no
 * second request.
 */
export async function resolveInputs(host: Host, inputs: readonly string[]): Promise<TitleResolution> {
  const forCreator: string[] = [];
  const titles: string[] = [];
  for (const input of inputs) {
    const title = parseArxivInput(input).ok ? null : titleFromLine(input);
    if (title === null) forCreator.push(input);
    else titles.push(title);
  }
  const result: TitleResolution = { inputs: forCreator, ambiguous: [], problems: [], unsearched: [] };
  if (titles.length === 0) return result;
  const services = host.services();
  services.notifier.info(`Paper Distill: searching arXiv for ${titles.length === 1 ? 'a title' : `${titles.length} titles`}…`);
  for (const match of await services.titles.findTitles(titles)) {
    if (match.kind === 'matched') {
      services.arxiv.prime([match.entry]);
      forCreator.push(match.id);
    } else if (match.kind === 'ambiguous') {
      result.ambiguous.push(match);
    } else if (match.kind === 'none') {
      result.problems.push(`No arXiv paper has a title like "${match.query}".`);
    } else {
      result.unsearched.push(match);
    }
  }
  return result;
}

/** Opens a chooser per ambiguous title, one after another; each choice becomes a note. */
export function chooseEach(host: Host, pending: readonly Extract<TitleMatch, { kind: 'ambiguous' }>[], create: (paper: PaperMetadata) => void): void {
  const [first, ...rest] = pending;
  if (first === undefined) return;
  const modal = new TitleChoiceModal(host.app, first.query, first.candidates, (paper) => {
    host.services().arxiv.prime([paper]);
    create(paper);
  });
  const close = modal.onClose.bind(modal);
  modal.onClose = () => {
    close();
    // The next chooser opens once this one is gone (after its choice, if any, has run).
    window.setTimeout(() => chooseEach(host, rest, create), 0);
  };
  modal.open();
}
