// `npm run bench`: prints the quality-bar figures as a table, or one JSON object with --json.
import { createCitationEngine } from '../src/app/citation-engine';
import { parseAtomFeed } from '../src/core/arxiv/atom';
import { renderPaperNote } from '../src/core/note/render';
import { atomEntryXml, atomFeedXml, samplePaper } from '../test/builders/atom';
import { dashboardFigures } from './dashboard-bench';
import { importFigures } from './import-bench';
import { templateFigures } from './template-bench';
import { importLogFigures } from './importlog-bench';
import { medianMs, medianMsAsync, round } from './measure';
import { childFirstCitation, citationFigures } from './citation-bench';

interface Figure {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  readonly bar?: string;
}

async function main(): Promise<void> {
  if (await childFirstCitation(process.argv)) return;
  const figures: Figure[] = [];
  const add = (key: string, value: number, unit: string, bar?: string) =>
    figures.push({ key, value: round(value), unit, bar });

  const feed = atomFeedXml(
    Array.from({ length: 100 }, (_, i) => atomEntryXml(samplePaper({ arxiv: `2401.${String(10000 + i)}` }))),
  );
  add('atom.parse_ms_100', medianMs(() => void parseAtomFeed(feed)), 'ms', '< 20');

  const engine = createCitationEngine();
  const paper = samplePaper();
  for (const [key, value] of Object.entries(await citationFigures())) {
    const cold = key.endsWith('_first_ms') && !key.startsWith('citation.bibtex');
    add(key, value, 'ms', cold ? 'cold process; the idle warm-up pays this instead' : undefined);
  }
  const note = { tags: ['paper'], status: 'to-read' as const, added: '2026-11-21' };
  // The note alone, without the citation call: what the bar's "rendered" costs once the line is known.
  const line = await engine.format(paper, 'scholar');
  add('note.render_only_ms', medianMs(() => void renderPaperNote(paper, { ...note, citation: line }), 500), 'ms');
  add(
    'note.render_ms',
    await medianMsAsync(async () => renderPaperNote(paper, { ...note, citation: await engine.format(paper, 'scholar') }), 200),
    'ms',
    '< 1 (citation engine warm)',
  );

  for (const [key, value] of Object.entries(await importFigures(engine))) {
    add(key, value, key.includes('pacing') ? 's' : 'requests', key === 'import.requests_100' ? '1' : undefined);
  }

  for (const [key, value] of Object.entries(templateFigures())) add(key, value, 'ms', '< 300 (part of the index build)');
  for (const [key, value] of Object.entries(importLogFigures())) add(key, value, 'ms', 'preview of a 100-entry log');
  const dashboardBars: Record<string, string> = { 'dashboard.index_ms_10k': '< 300', 'dashboard.filter_median_ms_10k': '< 10' };
  for (const [key, value] of Object.entries(dashboardFigures())) {
    add(key, value, key.includes('dom_rows') ? 'rows' : 'ms', dashboardBars[key] ?? (key.includes('dom_rows') ? 'bounded' : undefined));
  }

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
    return;
  }
  const width = Math.max(...figures.map((f) => f.key.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  unit      bar`);
  for (const f of figures) {
    console.log(`${f.key.padEnd(width)}  ${String(f.value).padStart(10)}  ${f.unit.padEnd(8)}  ${f.bar ?? ''}`);
  }
}

void main();
