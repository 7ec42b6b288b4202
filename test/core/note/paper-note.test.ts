import { completenessOf } from '../../../src/core/note/completeness';
import { isPaperNote } from '../../../src/core/note/paper-note';
import { formatRequiredSections, parseRequiredSections } from '../../../src/core/note/required-sections-text';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { distilledNote, note, section, templateNote } from '../../builders/note';

describe('isPaperNote', () => {
  it.each<[string, Record<string, unknown> | null, boolean]>([
    ['an arxiv id', { arxiv: '2406.10454' }, true],
    ['an unquoted arxiv id (a YAML number)', { arxiv: 2406.1045 }, true],
    ['the paper tag in a list', { tags: ['arxiv/cs-RO', 'paper'] }, true],
    ['the paper tag with # and other case', { tags: ['#Paper'] }, true],
    ['the paper tag in a comma-separated string', { tags: 'reading, paper' }, true],
    ['the old singular tag key', { tag: 'paper' }, true],
    ['a tag that only starts like the paper tag', { tags: ['papers', 'paper/draft'] }, false],
    ['an empty arxiv key', { arxiv: '  ' }, false],
    ['other properties only', { title: 'Shopping list' }, false],
    ['no frontmatter', null, false],
  ])('%s → %s', (_what, frontmatter, expected) => {
    expect(isPaperNote(frontmatter, 'paper')).toBe(expected);
  });

  it('uses the configured paper tag', () => {
    expect(isPaperNote({ tags: ['lit/review'] }, '#lit/review')).toBe(true);
    expect(isPaperNote({ tags: ['paper'] }, 'lit/review')).toBe(false);
  });
});

describe('completenessOf', () => {
  it('counts a distilled note as complete', () => {
    expect(completenessOf(distilledNote(), DEFAULT_REQUIRED_SECTIONS)).toEqual({
      complete: true,
      filled: 3,
      required: 3,
      missing: [],
      empty: [],
      problems: [],
    });
  });

  it('tells missing sections from empty ones', () => {
    const text = note({ sections: [section('## Main Idea'), section('## Limitations', '- ')] });
    expect(completenessOf(text, DEFAULT_REQUIRED_SECTIONS)).toEqual({
      complete: false,
      filled: 1,
      required: 3,
      missing: ['Utilities'],
      empty: ['Limitations'],
      problems: ['Limitations is empty', 'Utilities is missing'],
    });
  });

  it('reports the untouched template as 0 of 3', () => {
    const c = completenessOf(templateNote(), DEFAULT_REQUIRED_SECTIONS);
    expect([c.filled, c.empty]).toEqual([0, ['General Idea', 'Limitations', 'Utilities']]);
  });
});

describe('required sections as settings text', () => {
  it('writes one line per section, aliases after a colon', () => {
    expect(formatRequiredSections(DEFAULT_REQUIRED_SECTIONS)).toBe(
      'General Idea: Main Idea, Key Idea, Idea\nLimitations: Limitation\nUtilities: Utility, Takeaways',
    );
  });

  it('reads back what it writes', () => {
    expect(parseRequiredSections(formatRequiredSections(DEFAULT_REQUIRED_SECTIONS))).toEqual(DEFAULT_REQUIRED_SECTIONS);
  });

  it.each<[string, string, { name: string; aliases: string[] }[]]>([
    ['blank lines and spaces', '\n  Summary  \r\n\n Method :  How ,  Approach,, \n', [
      { name: 'Summary', aliases: [] },
      { name: 'Method', aliases: ['How', 'Approach'] },
    ]],
    ['a name with a colon and nothing after', 'Summary:', [{ name: 'Summary', aliases: [] }]],
    ['a name claimed twice (case and emphasis ignored)', 'Idea\n**idea**: Gist', [{ name: 'Idea', aliases: [] }]],
    ['an alias that another section already claims', 'Idea: Gist\nRisks: gist, Caveats', [
      { name: 'Idea', aliases: ['Gist'] },
      { name: 'Risks', aliases: ['Caveats'] },
    ]],
    ['an empty text (nothing required)', '  \n', []],
  ])('normalizes %s', (_what, text, expected) => {
    expect(parseRequiredSections(text)).toEqual(expected);
  });
});
