import { execFileSync } from 'node:child_process';
import { createCitationEngine, warmCitationStyle, type CitationStyle } from '../src/app/citation-engine';
import { samplePaper } from '../test/builders/atom';
import { medianMsAsync, onceMs, type Stat } from './measure';

export const CITATION_STYLES: readonly CitationStyle[] = ['scholar', 'apa', 'vancouver', 'harvard', 'bibtex'];
const FLAG = '--first-citation';

/**
 * A first citation is only "first" in a fresh process (citation-js keeps its modules and one
 * citeproc engine per style), so each style's cold figures come from a child process running
 * this same bundle with `--first-citation <style>`.
 */
export async function childFirstCitation(argv: readonly string[]): Promise<boolean> {
  const at = argv.indexOf(FLAG);
  if (at === -1) return false;
  const style = argv[at + 1] as CitationStyle;
  const paper = samplePaper();
  const engine = createCitationEngine();
  const figures: Record<string, number> = {};
  if (argv.includes('--after-warmup')) {
    figures.warmup = await onceMs(() => warmCitationStyle(style));
    figures.firstAfterWarmup = await onceMs(() => engine.format(samplePaper({ arxiv: '2401.00002' }), style));
  } else {
    figures.first = await onceMs(() => engine.format(paper, style));
  }
  process.stdout.write(JSON.stringify(figures));
  return true;
}

function inChild(style: CitationStyle, afterWarmup: boolean): Record<string, number> {
  const script = process.argv[1] ?? '';
  const args = [script, FLAG, style, ...(afterWarmup ? ['--after-warmup'] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Record<string, number>;
}

/** Per style: the cold first citation, a warm one, and what the idle-time warm-up moves off the command path. */
export async function citationFigures(): Promise<Record<string, number | Stat>> {
  const out: Record<string, number | Stat> = {};
  const engine = createCitationEngine();
  const paper = samplePaper();
  for (const style of CITATION_STYLES) {
    out[`citation.${style}_first_ms`] = inChild(style, false).first ?? NaN;
    const warmed = inChild(style, true);
    out[`citation.${style}_warmup_ms`] = warmed.warmup ?? NaN;
    out[`citation.${style}_first_after_warmup_ms`] = warmed.firstAfterWarmup ?? NaN;
    await engine.format(paper, style);
    out[`citation.${style}_warm_ms`] = await medianMsAsync(() => engine.format(paper, style), 100);
  }
  return out;
}
