import { warmCitationStyle } from '../app/citation-engine';
import type { CitationStyleSetting } from '../core/settings';
import type { PluginHost } from './host';
import { onLayoutReadyWhileLoaded } from './layout-ready';

/** Long enough after layout-ready that Obsidian's own start-up work is done. */
const WARMUP_DELAY_MS = 2_000;
/** An idle callback still runs within this time when the app is never idle. */
const IDLE_TIMEOUT_MS = 10_000;

/**
 * The first citation after start-up costs the citation-js load plus citeproc building the style
 * (APA ≈ 550 ms of synchronous work): paid inside a command, that freezes the editor. So once the
 * layout is ready, in idle time, the chosen style is built in the background; later citations in
 * the same style (new notes, Copy citation) cost a few milliseconds. Nothing runs in `onload`.
 */
export function registerCitationWarmup(plugin: PluginHost): void {
  if (typeof window === 'undefined') return;
  onLayoutReadyWhileLoaded(plugin, () => {
    let idle: number | null = null;
    const timer = window.setTimeout(() => {
      idle = whenIdle(() => void warmCitationStyle(lineStyle(plugin.settings.citationStyle), nextIdle).catch(() => undefined));
    }, WARMUP_DELAY_MS);
    plugin.register(() => {
      window.clearTimeout(timer);
      if (idle !== null && typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
    });
  });
}

/** The style of the citation line in notes; a BibTeX setting still puts a Scholar line there. */
export function lineStyle(style: CitationStyleSetting): Exclude<CitationStyleSetting, 'bibtex'> {
  return style === 'bibtex' ? 'scholar' : style;
}

function whenIdle(run: () => void): number | null {
  if (typeof window.requestIdleCallback === 'function') return window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  window.setTimeout(run, 0);
  return null;
}

function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    whenIdle(resolve);
  });
}
