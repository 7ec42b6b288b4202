// `npm run bench`: prints the quality-bar figures as a table, or one JSON object with --json;
// --only=core,dashboard,cli,bundle runs some groups.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createCitationEngine } from '../src/app/citation-engine';
import { parseAtomFeed } from '../src/core/arxiv/atom';
import { renderPaperNote } from '../src/core/note/render';
import { atomEntryXml, atomFeedXml, samplePaper } from '../test/builders/atom';
import { cliFigures } from './cli-bench';
import { cacheFigures } from './cache-bench';
import { dashboardFigures } from './dashboard-bench';
import { importFigures } from './import-bench';
import { templateFigures } from './template-bench';
import { importLogFigures } from './importlog-bench';
import { medianMs, medianMsAsync, round, type Stat } from './measure';
import { childFirstCitation, citationFigures } from './citation-bench';

interface Figure {
  readonly key: string;
  readonly value: Stat | number;
  readonly unit: string;
  readonly bar?: string;
  readonly floor?: Stat | number;
}

const median = (v: Stat | number): number => (typeof v === 'number' ? v : v.median);

async function main(): Promise<void> {
  if (await childFirstCitation(process.argv)) return;
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const figures: Figure[] = [];
  const add = (key: string, value: Stat | number, unit: string, bar?: string, floor?: Stat | number) =>
    figures.push({ key, value, unit, bar, floor });
  const wanted = (group: string) => only === undefined || only.split(',').includes(group);

  if (wanted('core')) {
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
  }

  if (wanted('dashboard')) {
    const dashboardBars: Record<string, string> = {
      'dashboard.index_ms_10k': '< 300',
      'dashboard.filter_median_ms_10k': '< 10',
      'dashboard.index_ms_100k': '≤ 1000',
      'dashboard.filter_median_ms_100k': '≤ 1.5 × floor',
      'dashboard.update_ms_100k': '≤ 2 (no full pass)',
      'dashboard.sort_first_ms_100k': '≤ 500 (slowest column)',
    };
    for (const [key, { value, floor }] of Object.entries(dashboardFigures())) {
      const rows = key.includes('dom_rows');
      add(key, value, rows ? 'rows' : 'ms', dashboardBars[key] ?? (rows ? 'bounded' : undefined), floor);
    }
    for (const [key, value] of Object.entries(cacheFigures())) {
      const read = key.includes('_read_');
      add(key, value, read ? 'notes' : 'ms', read ? 'read from disk (the rest from the metadata cache)' : 'in Obsidian: from the metadata cache');
    }
  }

  if (wanted('cli')) {
    const cli = cliFigures(join(dirname(process.argv[1] ?? '.'), 'cli.js'));
    const floor = cli['cli.read_floor_ms_10k'];
    add('cli.read_floor_ms_10k', floor, 'ms', 'a process that only reads every file');
    add('cli.list_ms_10k', cli['cli.list_ms_10k'], 'ms', '≤ 2 × floor', floor);
    add('cli.check_ms_10k', cli['cli.check_ms_10k'], 'ms', '≤ 2 × floor', floor);
  }

  if (wanted('bundle')) {
    const bytes = existsSync('main.js') ? statSync('main.js').size : NaN;
    add('bundle.main_js_bytes', bytes, 'bytes', '≤ 768,000 (750 KB)');
  }

  if (process.argv.includes('--json')) {
    const out: Record<string, number> = {};
    for (const f of figures) {
      out[f.key] = round(median(f.value));
      if (typeof f.value !== 'number') {
        out[`${f.key}:min`] = round(f.value.min);
        out[`${f.key}:max`] = round(f.value.max);
      }
      if (f.floor !== undefined) out[`${f.key}:floor`] = round(median(f.floor));
    }
    console.log(JSON.stringify(out));
    return;
  }
  const width = Math.max(...figures.map((f) => f.key.length));
  const cell = (n: number | undefined) => (n === undefined ? '' : String(round(n))).padStart(10);
  console.log(`${'figure'.padEnd(width)}  ${'median'.padStart(10)}  ${'min'.padStart(10)}  ${'max'.padStart(10)}  ${'floor'.padStart(10)}  unit      bar`);
  for (const f of figures) {
    const stat = typeof f.value === 'number' ? undefined : f.value;
    const floor = f.floor === undefined ? undefined : median(f.floor);
    console.log(
      `${f.key.padEnd(width)}  ${cell(median(f.value))}  ${cell(stat?.min)}  ${cell(stat?.max)}  ${cell(floor)}  ${f.unit.padEnd(8)}  ${f.bar ?? ''}`,
    );
  }
  console.log('\nmedian of the runs (at least 5; single cold runs where min/max are empty); floor: the same work as a plain loop over plain objects.');
}

void main();
