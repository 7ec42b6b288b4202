import { readFrontmatter } from '../../src/core/note/frontmatter';
import { renderFrontmatter } from '../../src/core/note/frontmatter';
import { DEFAULT_REQUIRED_SECTIONS } from '../../src/core/note/template-settings';
import { PaperIndex } from '../../src/core/dashboard/index';
import { paperRecord, type RecordOptions } from '../../src/core/dashboard/record';

export const RECORD_OPTIONS: RecordOptions = { paperTag: 'paper', requiredSections: DEFAULT_REQUIRED_SECTIONS };

const DISTILLED = '## General Idea\n- Point.\n\n## Limitations\n- Point.\n\n## Utilities\n- Point.\n';
const STUB = '## General Idea\n- \n\n## Limitations\n- \n\n## Utilities\n- \n';

/** A paper note's text from its properties; `distilled` fills the three sections. */
export function paperNote(props: Record<string, unknown>, distilled = false): string {
  return `${renderFrontmatter(props)}\n${distilled ? DISTILLED : STUB}`;
}

/**
 * The fixture vault of the query table: eight papers chosen so each filter has a clear answer,
 * plus a note that is not a paper.
 */
export const FIXTURE_VAULT: Record<string, string> = {
  'Papers/HumanPlus.md': paperNote({ title: 'HumanPlus: Humanoid Shadowing', authors: ['Zipeng Fu', 'Qingqing Zhao', 'Chelsea Finn'], arxiv: '2406.10454', arxiv_version: 3, read_version: 2, published: '2024-06-14', categories: ['cs.RO'], tags: ['paper', 'robotics/humanoid'], rating: 5, status: 'read', added: '2026-01-10', code: 'https://github.com/x/humanplus', citations: 120, venue: 'Conference on Robot Learning (CoRL)', venue_type: 'conference' }, true),
  'Papers/ALOHA.md': paperNote({ title: 'Learning Fine-Grained Bimanual Manipulation', authors: ['Tony Zhao', 'Chelsea Finn'], arxiv: '2304.13705', published: '2023-04-23', categories: ['cs.RO', 'cs.LG'], tags: ['paper', 'robotics/manipulation'], rating: 4, status: 'reading', added: '2026-01-05', citations: 480, venue: 'Robotics: Science and Systems', venue_type: 'conference' }),
  'Papers/Survey.md': paperNote({ title: 'A Survey of Robot Learning', authors: ['Ana Müller'], arxiv: '2101.00001', published: '2021-01-01', categories: ['cs.RO'], tags: ['paper', 'robotics', 'survey'], status: 'to-read', added: '2026-02-01' }),
  'Papers/Attention.md': paperNote({ title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'], arxiv: '1706.03762', published: '2017-06-12', categories: ['cs.CL', 'cs.LG'], tags: ['paper', 'nlp'], rating: 5, status: 'read', added: '2025-12-01', tldr: 'Transformers replace recurrence', citations: 120000, venue: 'Neural Information Processing Systems', venue_type: 'conference' }, true),
  'Papers/Diffusion.md': paperNote({ title: 'Diffusion Policy', authors: ['Cheng Chi'], arxiv: '2303.04137', published: '2023-03-07', categories: ['cs.RO'], tags: ['paper', 'Robotics/Manipulation', 'diffusion'], rating: 3, status: 'read', added: '2026-01-20', citations: 0 }),
  'Papers/Kernels.md': paperNote({ title: 'Learning with Kernels', authors: ['Bernhard Schölkopf', 'Alexander Smola'], published: '2002-01-01', tags: ['paper', 'theory'], rating: 2, status: 'to-read', added: '2025-06-01', citations: '15', venue: 'The MIT Press', venue_type: 'book' }, true),
  'Papers/NeRF.md': paperNote({ title: 'NeRF: Representing Scenes as Neural Radiance Fields', authors: ['Ben Mildenhall'], arxiv: '2003.08934', published: '2020-03-19', categories: ['cs.CV'], tags: ['paper', 'vision'], status: 'to-read', added: '2026-01-10', citations: 9000, venue: 'Communications of the ACM', venue_type: 'journal' }),
  'Papers/Unrated.md': paperNote({ title: 'Zero-Shot Agents', arxiv: '2401.00002', published: '2024-01-02', categories: ['cs.AI'], tags: ['paper', 'survey', 'rl'] }),
  'Notes/Meeting.md': '---\ntags: [meeting]\n---\nNot a paper.\n',
};

/** The index of a path → text map, as the CLI builds it. */
export function indexOf(files: Record<string, string>): PaperIndex {
  const index = new PaperIndex();
  const records = Object.entries(files).flatMap(([path, text]) => {
    const r = paperRecord(path, readFrontmatter(text), text, RECORD_OPTIONS);
    return r === null ? [] : [r];
  });
  index.reset(records);
  return index;
}
