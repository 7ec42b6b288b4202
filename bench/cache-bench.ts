import { PaperIndex } from '../src/core/dashboard/index';
import { paperRecord, paperRecordFromCache, type PaperRecord } from '../src/core/dashboard/record';
import type { CachedStructure } from '../src/core/note/cached-completeness';
import { splitFrontmatter } from '../src/core/note/frontmatter';
import { DEFAULT_REQUIRED_SECTIONS } from '../src/core/note/template-settings';
import { parseBlocks } from '../test/fakes/obsidian-sections';
import { realisticNotes } from './dashboard-bench';
import { statOf, type Stat } from './measure';

const OPTIONS = { paperTag: 'paper', requiredSections: DEFAULT_REQUIRED_SECTIONS };
const REPEATS = 5;

/**
 * The plugin's index build from Obsidian's metadata cache (the fake's reading of the blocks,
 * worked out before the timing, as Obsidian has it at hand): records from the cache where it
 * settles completeness, from the text only for the others. Over the bench's notes (bulleted
 * sections: every note needs its text) and the same notes written in prose. `_read` counts the
 * notes whose text was needed.
 */
export function cacheFigures(count = 100_000): Record<string, Stat | number> {
  const figures: Record<string, Stat | number> = {};
  const bulleted = realisticNotes(count);
  const prose = bulleted.map((n) => ({ ...n, text: n.text.replace(/\n- A real point\.\n/g, '\nA real point.\n').replace(/\n- \n/g, '\n\n') }));
  for (const [name, notes] of [['', bulleted], ['_prose', prose]] as const) {
    const caches: CachedStructure[] = notes.map((n) => {
      const bodyStart = n.text.length - splitFrontmatter(n.text).body.length;
      const { sections, headings } = parseBlocks(n.text, bodyStart);
      return { sections: [{ type: 'yaml', position: { start: { line: 0 }, end: { line: 0 } } }, ...sections], headings };
    });
    const times: number[] = [];
    let read = 0;
    for (let r = 0; r < REPEATS; r++) {
      read = 0;
      const t0 = performance.now();
      const records: PaperRecord[] = [];
      for (let i = 0; i < notes.length; i++) {
        const n = notes[i];
        let record = paperRecordFromCache(n.path, n.frontmatter, caches[i], OPTIONS);
        if (record === undefined) {
          read++;
          record = paperRecord(n.path, n.frontmatter, n.text, OPTIONS);
        }
        if (record !== null) records.push(record);
      }
      new PaperIndex().reset(records);
      times.push(performance.now() - t0);
    }
    const label = `${count / 1000}k`;
    figures[`dashboard.index_cache${name}_ms_${label}`] = statOf(times);
    figures[`dashboard.index_cache${name}_read_${label}`] = read;
  }
  return figures;
}
