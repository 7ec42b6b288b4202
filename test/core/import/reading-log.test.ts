import { renderImportedNote, sectionMappings, type ImportNoteOptions } from '../../../src/core/import/imported-note';
import { splitEntrySections } from '../../../src/core/import/log-sections';
import { splitReadingLog, type LogEntry } from '../../../src/core/import/log-split';
import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { validateNote } from '../../../src/core/note/validate';
import { droppedLines, fixtureLog, rawEntries, sharedReadingLog } from '../../support/reading-log-checks';

const REQUIRED = DEFAULT_REQUIRED_SECTIONS;
const OPTS: ImportNoteOptions = {
  required: REQUIRED,
  paperTag: 'paper',
  categoryPrefix: 'arxiv/',
  topicPrefix: 'topic/',
  recommendedRating: 5,
  added: '2025-03-01',
  gateRead: true,
};

function imported(entry: LogEntry) {
  const parts = splitEntrySections(entry.body, REQUIRED);
  const note = renderImportedNote(entry, parts, null, OPTS);
  const mapped = new Map(sectionMappings(parts, REQUIRED).flatMap((m) => (m.to === null ? [] : [[m.from, m.to] as const])));
  return { parts, note, mapped, fm: readFrontmatter(note.text) };
}

/** The entry had its own General Idea, Limitations and Utilities (under any recognised name). */
function hadThreeParts(entry: LogEntry): boolean {
  const targets = new Set(splitEntrySections(entry.body, REQUIRED).sections.map((s) => s.target));
  return [0, 1, 2].every((i) => targets.has(i));
}

function expectNothingDropped(log: string, entries: readonly LogEntry[]): void {
  const raw = rawEntries(log);
  expect(entries.map((e) => e.heading.title)).toHaveLength(raw.length);
  raw.forEach((r, i) => {
    const { note, mapped } = imported(entries[i]);
    expect({ entry: r.title, dropped: droppedLines(r.lines, note.text, mapped) }).toEqual({ entry: r.title, dropped: [] });
  });
}

describe('reading log import: the project fixture log (Markdown)', () => {
  const log = fixtureLog('log.md');
  const { mode, entries } = splitReadingLog(log, REQUIRED);

  it('finds one entry per ### heading, with topics from the headings above', () => {
    expect(mode).toBe('headings');
    expect(entries.map((e) => [e.heading.title, e.topics, e.arxivId])).toEqual([
      ['HumanPlus: Humanoid Shadowing and Imitation from Humans', ['Manipulation'], '2406.10454'],
      ['Unpacking Failure Modes of Generative Policies: Runtime Monitoring of Consistency and Progress', ['Manipulation'], '2410.04640'],
      ['Flow Matching for Generative Modeling', ['Manipulation'], '2210.02747'],
      ['The Plenoptic Function and the Elements of Early Vision', ['Learning Theory'], null],
      ['Contrastive Representation Learning', ['Learning Theory'], null],
    ]);
  });

  it('keeps every line of every entry', () => {
    expectNothingDropped(log, entries);
  });

  it('writes notes that pass the template validator where the entry had the three parts', () => {
    const complete = entries.filter(hadThreeParts).map((e) => e.heading.title);
    expect(complete).toEqual([
      'HumanPlus: Humanoid Shadowing and Imitation from Humans',
      'Flow Matching for Generative Modeling',
      'The Plenoptic Function and the Elements of Early Vision',
    ]);
    for (const e of entries.filter(hadThreeParts)) {
      const { note } = imported(e);
      expect([e.heading.title, validateNote(note.text).problems]).toEqual([e.heading.title, []]);
      expect(note.status).toBe('read');
    }
    expect(imported(entries[4]).note.status).toBe('reading');
  });

  it('turns 🌟, resource flags and remarks into rating and properties, topics into tags', () => {
    const { fm } = imported(entries[0]);
    expect(fm).toMatchObject({
      title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
      authors: ['Z. Fu', 'Q. Zhao', 'Q. Wu', 'G. Wetzstein', 'C. Finn'],
      arxiv: '2406.10454',
      year: 2024,
      tags: ['paper', 'topic/manipulation'],
      rating: 5,
      status: 'read',
      added: '2025-03-01',
      resources: ['arxiv', 'website', 'dataset✅', 'model✅'],
      remarks: ['BP of CoRL 2024'],
    });
    expect(fm?.arxiv_version).toBeUndefined();
    expect(imported(entries[1]).fm?.rating).toBeUndefined();
  });

  it('keeps the reader citation line first, template sections in order, extra sections after', () => {
    const { note } = imported(entries[2]);
    const body = note.text.split('---\n')[2];
    expect(body.startsWith('\n> Lipman, Y., Chen, R. T., Ben-Hamu, H., Nickel, M., & Le, M. (2022). Flow matching for generative modeling. _arXiv preprint arXiv:2210.02747_.\n')).toBe(true);
    const headings = body.split('\n').filter((l) => /^#{2,3} |^\*\*/.test(l));
    expect(headings).toEqual(['## General Idea', '### Main Question', '**Main Idea**', '## Limitations', '## Utilities', '## My thoughts', '## TODO']);
    expect(body).toContain('  ```python\n  loss = ((v(x_t, t) - (x1 - x0)) ** 2).mean()\n  ```');
  });

  it('reads an unlabelled lead as the General Idea, and keeps images and LaTeX', () => {
    const { note, parts } = imported(entries[1]);
    expect(sectionMappings(parts, REQUIRED)).toEqual([
      { from: '(text before the first label)', to: 'General Idea' },
      { from: 'Utility', to: 'Utilities' },
    ]);
    expect(note.text).toContain('## General Idea\nA paragraph without any label: the divergence $D_{KL}(\\pi_t,\\pi_{t+k})$');
    expect(note.text).toContain('![](images/failure-modes.png)');
    expect(note.text).toContain('## Utilities\n- Utility: a calibration recipe based on conformal prediction.');
  });

  it('gives a paper without an arXiv ID its title, authors, year and link from the citation', () => {
    const { fm, note } = imported(entries[4]);
    expect(fm).toMatchObject({
      title: 'Contrastive Representation Learning',
      authors: ['Lilian Weng'],
      year: 2021,
      url: 'https://lilianweng.github.io/posts/2021-05-31-contrastive/',
      tags: ['paper', 'topic/learning-theory'],
    });
    expect(fm?.arxiv).toBeUndefined();
    expect(note.text).toContain('## Experiment\n- Larger batches helped in every setting tried.');
  });
});

describe('reading log import: a plain-text export (no #, flattened bullets)', () => {
  const log = fixtureLog('plain-export.txt');
  const { mode, entries } = splitReadingLog(log, REQUIRED);

  it('starts entries at citation lines, with the title line before them and topic lines above', () => {
    expect(mode).toBe('plain');
    expect(entries.map((e) => [e.heading.title, e.topics, e.arxivId, e.body.length])).toEqual([
      ['HumanPlus: Humanoid Shadowing and Imitation from Humans', ['Manipulation'], '2406.10454', 9],
      ['Flow matching for generative modeling', ['Manipulation'], '2210.02747', 4],
      ['The Plenoptic Function and the Elements of Early Vision', ['Learning Theory'], null, 2],
    ]);
  });

  it('maps flattened section labels and keeps every line', () => {
    const { note, parts } = imported(entries[0]);
    expect(sectionMappings(parts, REQUIRED).map((m) => `${m.from}→${m.to ?? 'extra'}`)).toEqual([
      'General Idea→General Idea', 'Limitations→Limitations', 'Utilities→Utilities', 'Some technical points→extra',
    ]);
    expect(validateNote(note.text).complete).toBe(true);
    const lines = log.split('\n');
    for (const e of entries) {
      const own = lines.slice(e.line - 1, e.line + 1 + e.body.length).filter((l) => !/^(Manipulation|Learning Theory)$/.test(l));
      const { note: n, mapped } = imported(e);
      expect(droppedLines(own.slice(1), n.text, mapped)).toEqual([]);
    }
  });
});

describe('reading log import: one-line entries and entries without a citation anywhere in a plain export', () => {
  const cite = (title: string, id: string) => `Doe, J., & Roe, R. (2024). ${title}. arXiv preprint arXiv:${id}.`;
  const split = (lines: readonly string[]) =>
    splitReadingLog(lines.join('\n'), REQUIRED).entries.map((e) => [e.heading.title, e.topics.join('/'), e.body.length, e.summary ?? null]);

  it.each([
    [
      'a title line with its text before the first citation is an entry, not preamble',
      ['Vision', 'Versatile Neural Controller for Humanoid Robots', '-', 'Main Idea', '- Unify the command space', 'Second Paper About Robots', cite('Second paper about robots', '2401.00002'), '- An idea.'],
      [['Versatile Neural Controller for Humanoid Robots', 'Vision', 3, null], ['Second Paper About Robots', 'Vision', 1, null]],
    ],
    [
      'flagged one-liners after a topic line are entries of that topic, not the text of the entry above',
      ['First Paper About Robots', cite('First paper about robots', '2401.00001'), '- An idea.', 'Learning', '- 🌟Third Paper On Learning [arxiv][code]. It learns.', '-', 'Fourth Paper On Learning [arxiv]. A summary', 'wrapped onto a second line.'],
      [['First Paper About Robots', '', 1, null], ['Third Paper On Learning', 'Learning', 0, 'It learns.'], ['Fourth Paper On Learning', 'Learning', 0, 'A summary wrapped onto a second line.']],
    ],
    [
      'bullets of an entry stay its text: TeX brackets, task boxes and Markdown links are no flags',
      ['First Paper About Robots', cite('First paper about robots', '2401.00001'), '- Time $t$ in $[0,1]$ for rectified flow.', '- [ ] Re-implement it', '- Body model: [SMPL-X](https://smpl-x.is.tue.mpg.de)', 'Utilities'],
      [['First Paper About Robots', '', 4, null]],
    ],
    [
      "the log's own title line is neither a paper nor a topic",
      ['Research Paper Distillation By Someone Else', '- Fifth Paper About Things [arxiv]. Short.', 'Robotics', 'First Paper About Robots', cite('First paper about robots', '2401.00001'), '- An idea.'],
      [['Fifth Paper About Things', '', 0, 'Short.'], ['First Paper About Robots', 'Robotics', 1, null]],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(split(lines)).toEqual(expected);
  });
});

describe('reading log import: Russian and Chinese headings and section names', () => {
  const log = fixtureLog('other-languages.md');
  const { entries } = splitReadingLog(log, REQUIRED);

  it('recognises the sections, tags the topics, keeps extras under their own names', () => {
    expect(entries.map((e) => e.topics)).toEqual([['Робототехника'], ['机器人学']]);
    const [ru, zh] = entries.map(imported);
    expect(ru.fm?.tags).toEqual(['paper', 'topic/робототехника']);
    expect(zh.fm).toMatchObject({ title: '流匹配生成模型', authors: ['张三', '李四'], year: 2023, tags: ['paper', 'topic/机器人学'] });
    for (const n of [ru, zh]) {
      expect(validateNote(n.note.text).problems).toEqual([]);
      expect(n.note.status).toBe('read');
    }
    expect(ru.note.text).toContain('## Мои мысли\n1. Попробовать на другом роботе.');
    expect(zh.note.text).toContain('## 实验\n1. 在小数据集上复现。');
    expectNothingDropped(log, entries);
  });
});

describe('reading log import: the sample log in ../shared', () => {
  it('yields one note per ### entry, nothing dropped, complete where the entry had the three parts', () => {
    const text = sharedReadingLog();
    const { entries } = splitReadingLog(text, REQUIRED);
    expect(entries).toHaveLength(rawEntries(text).length);
    expectNothingDropped(text, entries);
    const complete = entries.filter(hadThreeParts);
    expect(complete.length).toBeGreaterThanOrEqual(3);
    for (const e of complete) expect([e.heading.title, validateNote(imported(e).note.text).problems]).toEqual([e.heading.title, []]);
    expect(new Set(entries.flatMap((e) => imported(e).fm?.tags as string[]))).toEqual(
      new Set(['paper', 'topic/robotics', 'topic/fundamental-research-of-ai']),
    );
  });
});
