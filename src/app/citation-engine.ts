import type { PaperMetadata } from '../core/arxiv/types';
import { formatBibtex } from '../core/citation/bibtex';
import type { CslItem } from '../core/citation/csl-item';
import { SCHOLAR_STYLE_ID, SCHOLAR_STYLE_XML } from '../core/citation/scholar-style';
import { CSL_TEMPLATES, cslItemFor, finishCitation, type CitationStyle } from '../core/citation/styles';

export type { CitationStyle };

export interface CitationEngine {
  /** One citation as plain text, trimmed: no HTML, no trailing newline. */
  format(meta: PaperMetadata, style: CitationStyle): Promise<string>;
}

type RenderBibliography = (item: CslItem, template: string) => string;

/**
 * citation-js and citeproc are about 700 KB and take tens of milliseconds to evaluate, so they
 * load on the first citation, never when the plugin loads. One promise, shared by every engine
 * and every concurrent first call, so the modules load and the Scholar style registers once.
 */
let citeprocLoad: Promise<RenderBibliography> | undefined;

function loadCiteproc(): Promise<RenderBibliography> {
  citeprocLoad ??= importCiteproc().catch((error: unknown) => {
    // Let a later call try again rather than remember the failure for the whole session.
    citeprocLoad = undefined;
    throw error;
  });
  return citeprocLoad;
}

async function importCiteproc(): Promise<RenderBibliography> {
  const { plugins } = await import('@citation-js/core');
  await import('@citation-js/plugin-csl');
  const csl = plugins.config.get('@csl');
  if (csl === undefined) throw new Error('The citation styles could not be loaded; citation-js has no CSL plugin.');
  csl.styles.add(SCHOLAR_STYLE_ID, SCHOLAR_STYLE_XML);
  // output.format skips citation-js's input parsing: the item is already CSL-JSON.
  return (item, template) => plugins.output.format('bibliography', [item], { format: 'text', template, lang: 'en-US' });
}

export function createCitationEngine(): CitationEngine {
  return {
    async format(meta, style) {
      if (style === 'bibtex') return formatBibtex(meta);
      const render = await loadCiteproc();
      const item = cslItemFor(meta, style);
      return finishCitation(render(item, CSL_TEMPLATES[style]), style, item);
    },
  };
}

/** A tiny paper whose only job is to make citeproc build a style's engine. */
const WARMUP_PAPER: PaperMetadata = {
  arxiv: '2401.00001',
  version: 1,
  title: 'Warm-up',
  authors: ['Ada Lovelace'],
  abstract: '',
  published: '2024-01-01',
  updated: '2024-01-01',
  categories: ['cs.LG'],
};

/**
 * Loads citeproc and builds the engine for `style` ahead of need: citation-js keeps one engine
 * per style, so the first real citation afterwards costs what a warm one does. Building APA's
 * engine is ~550 ms of synchronous citeproc work that cannot be split, so this runs when the host
 * is idle (plugin: after layout-ready, in an idle callback), never on the path of a command or of
 * typing; `pause` lets the host breathe between loading the modules and building the style.
 */
export async function warmCitationStyle(style: CitationStyle, pause: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  if (style === 'bibtex') return;
  const render = await loadCiteproc();
  await pause();
  render(cslItemFor(WARMUP_PAPER, style), CSL_TEMPLATES[style]);
}
