import { insertMissingSections, planMissingSections } from '../../../src/core/note/insert-sections';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { validateNote } from '../../../src/core/note/validate';
import { distilledNote, randomNote, seededRandom, templateNote, withCrlf } from '../../builders/note';

const EMPTY = (name: string, level = 2): string => `${'#'.repeat(level)} ${name}\n- \n`;

describe('insertMissingSections', () => {
  it.each([
    [
      'a section between its neighbours',
      '## General Idea\n- a\n\n## Utilities\n- c\n',
      '## General Idea\n- a\n\n' + EMPTY('Limitations') + '\n## Utilities\n- c\n',
    ],
    [
      'all three after the citation of a stub',
      '---\ntitle: x\n---\n\n> Doe, J. (2024). X.\n',
      '---\ntitle: x\n---\n\n> Doe, J. (2024). X.\n\n' + [EMPTY('General Idea'), EMPTY('Limitations'), EMPTY('Utilities')].join('\n'),
    ],
    [
      'the first section before the following one',
      '> cite\n\n## Limitations\n- b\n\n## Utilities\n- c\n',
      '> cite\n\n' + EMPTY('General Idea') + '\n## Limitations\n- b\n\n## Utilities\n- c\n',
    ],
    [
      'sections at the level the note uses',
      '### Main Idea\n- a\n',
      '### Main Idea\n- a\n\n' + EMPTY('Limitations', 3) + '\n' + EMPTY('Utilities', 3),
    ],
    [
      'a blank line after a body that has none',
      '## General Idea\n- a\n### Detail\n- d\n## Utilities\n',
      '## General Idea\n- a\n### Detail\n- d\n\n' + EMPTY('Limitations') + '\n## Utilities\n',
    ],
    [
      'after the preceding section, before an extra section that follows it',
      '## General Idea\n- a\n\n## My thoughts\n- b\n\n## Utilities\n- c\n',
      '## General Idea\n- a\n\n' + EMPTY('Limitations') + '\n## My thoughts\n- b\n\n## Utilities\n- c\n',
    ],
    [
      'a final line without a newline',
      '## General Idea\n- a',
      '## General Idea\n- a\n\n' + EMPTY('Limitations') + '\n' + EMPTY('Utilities'),
    ],
    [
      'an empty note',
      '',
      [EMPTY('General Idea'), EMPTY('Limitations'), EMPTY('Utilities')].join('\n'),
    ],
    [
      'a heading that only a code block holds',
      '## General Idea\n- a\n```\n## Limitations\n```\n## Utilities\n- c\n',
      '## General Idea\n- a\n```\n## Limitations\n```\n\n' + EMPTY('Limitations') + '\n## Utilities\n- c\n',
    ],
    [
      'a code block left open at the end, closed before the new headings',
      '## General Idea\n````py\nx = 1\n',
      '## General Idea\n````py\nx = 1\n````\n\n' + EMPTY('Limitations') + '\n' + EMPTY('Utilities'),
    ],
    [
      'bullets, in a note written as an outline',
      '- General Idea:\n\n  1. x\n- Utilities\n\n  1. y\n',
      '- General Idea:\n\n  1. x\n- Limitations\n  - \n- Utilities\n\n  1. y\n',
    ],
    [
      'only the missing one, leaving an out-of-order note as it is',
      '## Utilities\n- c\n\n## General Idea\n- a\n',
      '## Utilities\n- c\n\n## General Idea\n- a\n\n' + EMPTY('Limitations'),
    ],
  ])('adds %s', (_name, input, expected) => {
    const output = insertMissingSections(input);
    expect(output).toBe(expected);
    expect(validateNote(output).sections.every((s) => s.present)).toBe(true);
  });

  it('keeps CRLF line endings', () => {
    const input = withCrlf('## General Idea\n- a\n\n## Utilities\n- c\n');
    expect(insertMissingSections(input)).toBe(withCrlf('## General Idea\n- a\n\n## Limitations\n- \n\n## Utilities\n- c\n'));
  });

  it.each([
    ['a complete note', distilledNote()],
    ['a template with every section empty', templateNote()],
    ['a note with a duplicated section', '## Idea\n\n## General Idea\n## Limitations\n## Utilities'],
  ])('leaves %s byte for byte as it is', (_name, input) => {
    expect(insertMissingSections(input)).toBe(input);
    expect(planMissingSections(input)).toEqual([]);
  });

  it('is idempotent', () => {
    const once = insertMissingSections('> cite\n\n## Limitations\n- b');
    expect(insertMissingSections(once)).toBe(once);
  });

  it('never inserts a section whose name another section claims', () => {
    const clash = [
      { name: 'Idea', aliases: [] },
      { name: 'idea:', aliases: [] },
    ];
    expect(insertMissingSections('', clash)).toBe(EMPTY('Idea'));
  });
});

describe('insertMissingSections on 500 random notes', () => {
  const rng = seededRandom(20240611);
  const cases = Array.from({ length: 500 }, () => randomNote(rng));
  const markerLine = /^(?:#{1,6} (?:General Idea|Limitations|Utilities)|- (?:General Idea|Limitations|Utilities)|- | {2}- |```+|~~~+|-->|%%|)$/;

  it('only adds whole blocks of new section lines, so removing them gives back the original', () => {
    for (const original of cases) {
      const plan = planMissingSections(original);
      const output = insertMissingSections(original);
      let rebuilt = '';
      let copied = 0;
      for (const { offset, text } of plan) {
        // Blocks go between original lines, never inside one.
        expect(offset === 0 || offset === original.length || original[offset - 1] === '\n').toBe(true);
        expect(output.slice(rebuilt.length + offset - copied, rebuilt.length + offset - copied + text.length)).toBe(text);
        rebuilt += original.slice(copied, offset) + text;
        copied = offset;
        const eol = original.includes('\r\n') ? '\r\n' : '\n';
        expect(text.endsWith(eol)).toBe(true);
        for (const line of text.slice(0, -eol.length).split(eol)) expect(line).toMatch(markerLine);
      }
      expect(rebuilt + original.slice(copied)).toBe(output);
      let removed = output;
      for (const { offset, text } of [...plan].reverse()) {
        const at = plan.filter((p) => p.offset < offset).reduce((n, p) => n + p.text.length, 0) + offset;
        removed = removed.slice(0, at) + removed.slice(at + text.length);
      }
      expect(removed).toBe(original);
    }
  });

  it('leaves every required section present, existing ones as they were, and order kept', () => {
    for (const original of cases) {
      const before = validateNote(original);
      const after = validateNote(insertMissingSections(original));
      expect(after.sections.every((s) => s.present)).toBe(true);
      after.sections.forEach((s, i) => {
        const was = before.sections[i];
        // New sections are single and empty; the ones already there keep their state.
        if (!was.present) expect(s).toMatchObject({ duplicated: false, filled: false });
        else expect(s).toMatchObject({ duplicated: was.duplicated, filled: was.filled });
      });
      if (before.sections.every((s) => s.inOrder)) expect(after.sections.every((s) => s.inOrder)).toBe(true);
    }
  });

  it('keeps the line ending and changes nothing on a second run', () => {
    for (const original of cases) {
      const once = insertMissingSections(original);
      expect(insertMissingSections(once)).toBe(once);
      if (original.includes('\r\n')) expect(once.replace(/\r\n/g, '')).not.toContain('\n');
    }
  });

  it('covers the shapes it claims to: CRLF, outlines, open blocks, all or none missing', () => {
    const plans = cases.map((c) => planMissingSections(c, DEFAULT_REQUIRED_SECTIONS));
    expect(cases.filter((c) => c.includes('\r\n')).length).toBeGreaterThan(100);
    expect(plans.filter((p) => p.some((b) => b.text.startsWith('- '))).length).toBeGreaterThan(10);
    expect(plans.filter((p) => p.some((b) => /^(?:\r?\n)*(?:```|~~~|-->|%%)/.test(b.text))).length).toBeGreaterThan(5);
    expect(plans.filter((p) => p.length === 0).length).toBeGreaterThan(5);
    expect(plans.filter((p) => p.reduce((n, b) => n + b.names.length, 0) === 3).length).toBeGreaterThan(20);
  });
});
