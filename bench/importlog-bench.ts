import { renderImportedNote } from '../src/core/import/imported-note';
import { splitEntrySections } from '../src/core/import/log-sections';
import { splitReadingLog } from '../src/core/import/log-split';
import { DEFAULT_REQUIRED_SECTIONS } from '../src/core/note/template-settings';
import { medianMs, type Stat } from './measure';

/** A log of `n` entries shaped like the sample: topic headings, citations, bullet sections. */
function syntheticLog(n: number): string {
  const parts = ['# My reading log', ''];
  for (let i = 0; i < n; i++) {
    if (i % 25 === 0) parts.push(`# Topic ${i / 25 + 1}`, '');
    const id = `2401.${String(10000 + i)}`;
    parts.push(
      `### Paper number ${i}: a study of things`,
      '',
      `> Doe, J., Roe, R., & Poe, P. (2024). Paper number ${i}: a study of things. _arXiv preprint arXiv:${id}_.`,
      '',
      '- General Idea:',
      '',
      '  1. A first point with $\\pi_0$ math.',
      '  2. A second point with **bold** text.',
      '- Some technical points',
      '',
      '  1. A detail.',
      '- Limitations',
      '',
      '  1. A limit.',
      '- Utilities',
      '',
      '  1. A [link](https://example.org).',
      '',
    );
  }
  return parts.join('\n');
}

/** `importlog.split_render_ms_100`: split a 100-entry log and render every note (no IO). */
export function importLogFigures(): Record<string, Stat> {
  const log = syntheticLog(100);
  const opts = {
    required: DEFAULT_REQUIRED_SECTIONS,
    paperTag: 'paper',
    categoryPrefix: 'arxiv/',
    topicPrefix: 'topic/',
    recommendedRating: 5,
    added: '2026-11-21',
    gateRead: true,
  };
  const ms = medianMs(() => {
    for (const entry of splitReadingLog(log, DEFAULT_REQUIRED_SECTIONS).entries) {
      renderImportedNote(entry, splitEntrySections(entry.body, DEFAULT_REQUIRED_SECTIONS), null, opts);
    }
  }, 20);
  return { 'importlog.split_render_ms_100': ms };
}
