import * as fs from 'fs';
import { DEFAULT_REQUIRED_SECTIONS, normalizeRequiredSections } from '../../../src/core/note/template-settings';
import { summarizeReport, validateMany, validateNote } from '../../../src/core/note/validate';
import { distilledNote, note, outlineSection, section, templateNote, withCrlf } from '../../builders/note';
import { sharedPath } from '../../support/shared-inputs';

const summary = (text: string): string => summarizeReport(validateNote(text));

describe('validateNote: what the template asks for', () => {
  it('calls a fully written note complete', () => {
    const report = validateNote(distilledNote());
    expect(report).toMatchObject({ complete: true, filledCount: 3, requiredCount: 3, problems: [] });
    expect(report.sections.map((s) => s.line)).toEqual([10, 13, 16]);
  });

  it('calls the untouched template incomplete with every section empty', () => {
    const report = validateNote(templateNote());
    expect(report.complete).toBe(false);
    expect(report.problems).toEqual(['General Idea is empty', 'Limitations is empty', 'Utilities is empty']);
    expect(summarizeReport(report)).toBe('Distilled 0/3 · General Idea empty, Limitations empty +1 more');
  });

  it.each([1, 2, 3, 4, 5, 6])('accepts sections written as level-%i headings', (level) => {
    expect(validateNote(distilledNote(level)).complete).toBe(true);
  });

  it.each([
    ['## Main Idea', 'an alias'],
    ['## Key Idea', 'an alias'],
    ['## Idea', 'an alias'],
    ['## general idea', 'another case'],
    ['## General Idea:', 'a trailing colon'],
    ['## **General Idea:**', 'bold with the colon inside'],
    ['## _General Idea_', 'underscore emphasis'],
    ['##   General    Idea   ', 'extra whitespace'],
    ['## General Idea ##', 'a closing sequence'],
    ['   ### General Idea', 'indent and another level'],
  ])('finds General Idea written as %j (%s)', (heading) => {
    const text = note({ sections: [section(heading), section('## Limitation'), section('## Takeaways')] });
    expect(validateNote(text)).toMatchObject({ complete: true, problems: [] });
  });

  it.each([
    ['- ', 'a bare bullet'],
    ['-', 'a dash alone'],
    ['* \n+ ', 'other bullet markers'],
    ['1.', 'a bare number'],
    ['- [ ]', 'an empty task'],
    ['<!-- what is the paper about? -->', 'a template hint'],
    ['- <!-- what is the paper about? -->', 'a bullet holding a hint'],
    ['<!--\nwhat are its limits?\n-->\n- ', 'a multi-line hint'],
    ['%% fill me %%', 'an Obsidian comment'],
    ['   \n\t\n', 'whitespace'],
    ['', 'nothing'],
    ['### Subheading only', 'a bare subheading'],
  ])('counts Limitations holding %j as empty (%s)', (body) => {
    const text = note({ sections: [section('## General Idea'), section('## Limitations', body), section('## Utilities')] });
    const report = validateNote(text);
    expect(report.problems).toEqual(['Limitations is empty']);
    expect(summarizeReport(report)).toBe('Distilled 2/3 · Limitations empty');
  });

  it.each([
    ['a single word', 'Rigid objects only.'],
    ['a numbered point', '1. Needs a fixed camera'],
    ['a point under a subheading', '### Data\n- Only 100 demos'],
    ['code', '```\nsim.reset()\n```'],
    ['a quote', '> "fails on cloth"'],
    ['LaTeX', '$\\pi_0$ needs 10k hours'],
    ['text after a hint', '<!-- hint -->\nNo long-horizon tasks'],
  ])('counts Limitations holding %s as filled', (_name, body) => {
    const text = note({ sections: [section('## General Idea'), section('## Limitations', body), section('## Utilities')] });
    expect(validateNote(text).complete).toBe(true);
  });

  it.each([
    [['## Limitations', '## General Idea', '## Utilities'], ['Limitations comes before General Idea']],
    [['## Utilities', '## Limitations', '## General Idea'], ['Limitations comes before General Idea', 'Utilities comes before General Idea']],
    [['## General Idea', '## Utilities', '## Limitations'], ['Utilities comes before Limitations']],
  ])('reports %j out of order', (headings, problems) => {
    const report = validateNote(note({ sections: headings.map((h) => section(h)) }));
    expect(report.problems).toEqual(problems);
    expect(report.complete).toBe(false);
  });

  it('reports a section written twice, even under an alias, and counts it once', () => {
    const text = note({ sections: ['## General Idea', '## Limitations', '## Main Idea', '## Utilities'].map((h) => section(h)) });
    const report = validateNote(text);
    expect(report.problems).toEqual(['General Idea appears twice']);
    expect(report.sections[0]).toMatchObject({ duplicated: true, filled: true, line: 10 });
    expect(summarizeReport(report)).toBe('Distilled 3/3 · General Idea repeated');
  });

  it('says how many times a section appears beyond two', () => {
    const text = note({ sections: ['## Idea', '## Key Idea', '## Main Idea', '## Limitations', '## Utilities'].map((h) => section(h)) });
    expect(validateNote(text).problems).toEqual(['General Idea appears 3 times']);
  });

  it('reports missing sections, in template order, and allows extra sections anywhere', () => {
    const text = note({ sections: [section('## My thoughts'), section('## Limitations'), section('## TODO')] });
    const report = validateNote(text);
    expect(report.problems).toEqual(['General Idea is missing', 'Utilities is missing']);
    expect(report.sections.map((s) => s.present)).toEqual([false, true, false]);
    expect(summary(text)).toBe('Distilled 1/3 · General Idea missing, Utilities missing');
  });

  it.each([
    ['a fenced code block', '```md\n## Limitations\n- copied from a README\n```'],
    ['a ~~~ block with a longer fence', '~~~~\n~~~\n## Limitations\n~~~~'],
    ['a callout', '> [!tip] Template\n> ## Limitations\n> - not a real section'],
    ['a multi-line comment', '<!--\n## Limitations\n- later\n-->'],
  ])('does not count a heading inside %s', (_name, block) => {
    const text = note({ sections: [section('## General Idea'), block, section('## Utilities')] });
    expect(validateNote(text).problems).toEqual(['Limitations is missing']);
  });

  it('does not count headings in the frontmatter', () => {
    const text = note({ frontmatter: '---\ntitle: x\n# Limitations\n---', sections: [section('## General Idea'), section('## Utilities')] });
    expect(validateNote(text).problems).toEqual(['Limitations is missing']);
  });

  it.each([
    ['LF', distilledNote()],
    ['CRLF', distilledNote(2, '\r\n')],
    ['no frontmatter', note({ frontmatter: null, sections: ['## General Idea', '## Limitations', '## Utilities'].map((h) => section(h)) })],
    ['no frontmatter, no preamble, no final newline', note({ frontmatter: null, preamble: '', sections: ['# Idea', '# Limitation', '# Utility'].map((h) => section(h)), finalNewline: false })],
  ])('validates a %s note', (_name, text) => {
    expect(validateNote(text)).toMatchObject({ complete: true, problems: [] });
  });

  it('finds empty sections in a CRLF template', () => {
    expect(validateNote(templateNote('\r\n')).filledCount).toBe(0);
  });
});

describe('validateNote: notes written as an outline, like the reading log', () => {
  // The log writes `- General Idea:` at column 0 with numbered points nested below it.
  it.each([
    ['- General Idea:', '- Limitations', '- Utilities'],
    ['- General Idea', '- Limitation:', '- Utility'],
    ['- Main Idea', '- Limitation', '- Takeaways'],
    ['- **General Idea:**', '* Limitations', '+ Utilities:'],
  ])('accepts %j, %j, %j', (...markers) => {
    const text = note({ sections: markers.map((m) => outlineSection(m)) });
    expect(validateNote(text)).toMatchObject({ complete: true, problems: [] });
  });

  it('accepts the log entry shape: points straight under the marker and extra bullets between', () => {
    const text = note({
      frontmatter: null,
      sections: [
        '- General Idea\n  1. Test-time search re-ranks actions\n- Some technical points\n\n  1. PD controller',
        '- Limitation\n  - Needs a value function\n- Utility\n  1. Cal-QL',
      ],
    });
    expect(validateNote(text).complete).toBe(true);
  });

  it.each([
    ['an empty marker', outlineSection('- Limitations', []), 'Limitations is empty'],
    ['a label with inline text', '- Limitations: needs a fixed camera', 'Limitations is missing'],
    ['an indented marker', '  - Limitations\n    1. nested under something else', 'Limitations is missing'],
    ['an ordered item', '1. Limitations\n   1. a point', 'Limitations is missing'],
  ])('does not take %s for a written section', (_name, block, problem) => {
    const text = note({ sections: [outlineSection('- General Idea'), block, outlineSection('- Utilities')] });
    expect(validateNote(text).problems).toEqual([problem]);
  });

  it('ends a bullet section at the next line at column 0, so the following paragraph does not fill it', () => {
    const text = note({ sections: [outlineSection('- General Idea'), '- Limitations\nSome paragraph.', outlineSection('- Utilities')] });
    expect(validateNote(text).problems).toEqual(['Limitations is empty']);
  });

  it('reads outline notes with CRLF line endings', () => {
    const text = withCrlf(note({ sections: ['- General Idea:', '- Limitations', '- Utilities'].map((m) => outlineSection(m)) }));
    expect(validateNote(text).complete).toBe(true);
  });
});

describe('validateNote: configured sections', () => {
  const custom = [
    { name: 'Summary', aliases: ['TL;DR'] },
    { name: 'Open Questions', aliases: [] },
  ];

  it('checks the configured sections instead of the defaults', () => {
    const text = note({ sections: [section('### TL;DR:'), section('## Open Questions', '- ')] });
    const report = validateNote(text, custom);
    expect(report.problems).toEqual(['Open Questions is empty']);
    expect(summarizeReport(report)).toBe('Distilled 1/2 · Open Questions empty');
  });

  it('says so when no sections are required', () => {
    expect(summarizeReport(validateNote(templateNote(), []))).toBe('No required sections');
  });

  it.each([
    ['not a list', 'General Idea', DEFAULT_REQUIRED_SECTIONS],
    ['an empty list', [], []],
    ['entries without a name', [{ aliases: ['x'] }, { name: '  ' }, { name: 'Summary' }], [{ name: 'Summary', aliases: [] }]],
    ['a name another section claims', [{ name: 'Idea' }, { name: 'idea:', aliases: ['Gist'] }], [{ name: 'Idea', aliases: [] }]],
    ['aliases another section claims', [{ name: 'Idea', aliases: ['Gist', 7] }, { name: 'Uses', aliases: ['gist', ' Use '] }], [
      { name: 'Idea', aliases: ['Gist'] },
      { name: 'Uses', aliases: ['Use'] },
    ]],
  ])('normalizes settings with %s', (_name, raw, expected) => {
    expect(normalizeRequiredSections(raw)).toEqual(expected);
  });
});

describe('validateMany', () => {
  it('counts the complete notes', () => {
    expect(validateMany([distilledNote(), templateNote(), distilledNote(3, '\r\n'), ''])).toBe(2);
  });
});

describe('the sample reading log', () => {
  const logPath = sharedPath('samples', 'reading-log.md');
  const entries = (): Map<string, string> => {
    const byTitle = new Map<string, string>();
    const parts = fs.readFileSync(logPath, 'utf8').split(/\n(?=### )/);
    for (const part of parts) byTitle.set(part.slice(4, part.indexOf('\n')).trim(), part);
    return byTitle;
  };

  it.each([
    ['HumanPlus: Humanoid Shadowing and Imitation from Humans', 'Distilled 3/3'],
    ['GNM: A General Navigation Model to Drive Any Robot', 'Distilled 2/3 · Utilities missing'],
    ['Neural MP: A Generalist Neural Motion Planner', 'Distilled 2/3 · Limitations missing'],
    ['Contrastive Representation Learning', 'Distilled 1/3 · General Idea missing, Limitations missing'],
    ['Data Scaling Laws in Imitation Learning for Robotic Manipulation', 'Distilled 1/3 · General Idea missing, Limitations missing'],
  ])('summarizes the entry %j as %j', (title, expected) => {
    const entry = entries().get(title);
    expect(entry).toBeDefined();
    expect(summary(entry ?? '')).toBe(expected);
  });
});
