import { locateSections, scanNote, sectionKey } from '../../../src/core/note/sections';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { FRONTMATTER, note, outlineSection, section, seededRandom, withCrlf } from '../../builders/note';
import { HOSTILE_FRAGMENTS, hostileString } from '../../builders/reader-content';

const headingTitles = (text: string): string[] => scanNote(text).headings.map((h) => `${h.level}:${h.title}`);

describe('sectionKey', () => {
  it.each([
    ['General Idea', 'general idea'],
    ['general idea:', 'general idea'],
    ['**General Idea:**', 'general idea'],
    ['**General Idea**:', 'general idea'],
    ['_Limitations_', 'limitations'],
    ['***Utilities***', 'utilities'],
    ['  Main   Idea  ', 'main idea'],
    ['Limitations ：', 'limitations'],
    ['==Takeaways==', 'takeaways'],
    ['Main idea: ReKep tries', 'main idea: rekep tries'],
  ])('%j compares as %j', (title, key) => {
    expect(sectionKey(title)).toBe(key);
  });

  it('gives the stripping rules\' key for hostile titles too (plain titles skip the regular expressions)', () => {
    const slowKey = (title: string) => {
      let t = title.trim();
      for (;;) {
        const before = t;
        t = t.replace(/[:：]+$/, '').trimEnd();
        const emphasized = /^(\*\*|__|==|\*|_)(.+)\1$/.exec(t);
        if (emphasized) t = (emphasized[2] ?? '').trim();
        if (t === before) break;
      }
      return t.replace(/\s+/g, ' ').toLowerCase();
    };
    const rng = seededRandom(8);
    const titles = [...HOSTILE_FRAGMENTS, 'A\u00a0B', '=x=', '*', '', 'Idea：', ...Array.from({ length: 2000 }, () => hostileString(rng, 5))];
    expect(titles.filter((t) => sectionKey(t) !== slowKey(t))).toEqual([]);
  });
});

describe('scanNote headings', () => {
  it.each([
    ['every ATX level', '# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n', ['1:One', '2:Two', '3:Three', '4:Four', '5:Five', '6:Six']],
    ['a closing sequence is not part of the title', '## Limitations ##\n### Utilities #\n', ['2:Limitations', '3:Utilities']],
    ['a trailing # glued to a word stays', '## C#\n', ['2:C#']],
    ['up to three spaces of indent', '   ## Utilities\n    ## Not a heading\n', ['2:Utilities']],
    ['tags and seven hashes are not headings', '#paper\n####### Seven\n', []],
    ['an empty heading has an empty title', '##\n', ['2:']],
    ['headings inside ``` fences are code', '```\n## General Idea\n```\n## Limitations\n', ['2:Limitations']],
    ['headings inside ~~~ fences are code', '~~~python\n# Utilities\n~~~\n', []],
    ['a shorter fence does not close a longer one', '````\n```\n## General Idea\n```\n````\n## Utilities\n', ['2:Utilities']],
    ['a ~~~ line does not close a ``` fence', '```\n~~~\n## General Idea\n```\n', []],
    ['an unclosed fence runs to the end', '## Limitations\n```\n## Utilities\n', ['2:Limitations']],
    ['a fence nested in a list item is still a fence', '- point\n  ```\n  ## Utilities\n  ```\n', []],
    ['callouts and blockquotes hide headings', '> [!note]\n> ## Utilities\n>## General Idea\n', []],
    ['multi-line HTML comments hide headings', '<!--\n## Utilities\n-->\n## Limitations\n', ['2:Limitations']],
    ['a one-line comment hides nothing after it', '<!-- hint -->\n## Limitations\n', ['2:Limitations']],
    ['Obsidian %% comments hide headings', '%%\n## Utilities\n%%\n## Limitations\n', ['2:Limitations']],
  ])('%s', (_name, text, expected) => {
    expect(headingTitles(text)).toEqual(expected);
  });

  it('skips headings in the frontmatter but not after it', () => {
    const text = '---\ntitle: x\n# General Idea\n---\n## Limitations\n';
    expect(headingTitles(text)).toEqual(['2:Limitations']);
  });

  it('treats an unclosed frontmatter fence as text, as Obsidian does', () => {
    expect(headingTitles('---\n## Limitations\n')).toEqual(['2:Limitations']);
  });

  it('reads CRLF notes with the same titles and offsets that point at the heading line', () => {
    const text = withCrlf('---\na: 1\n---\n## General Idea\n- x\n## Limitations ##\n');
    const scan = scanNote(text);
    expect(scan.eol).toBe('\r\n');
    expect(headingTitles(text)).toEqual(['2:General Idea', '2:Limitations']);
    const line = scan.lines[scan.headings[1].line];
    expect(text.slice(line.start, line.end)).toBe('## Limitations ##');
  });

  it('ignores a byte-order mark before the first heading', () => {
    expect(headingTitles('\uFEFF## General Idea\n')).toEqual(['2:General Idea']);
  });

  it.each([
    ['a fence', '## A\n````js\nx', '````'],
    ['a comment', '## A\n<!-- draft\n', '-->'],
    ['an Obsidian comment', '## A\n%% draft', '%%'],
    ['nothing', '## A\n```\nx\n```\n', null],
  ])('reports what closes %s left open at the end', (_name, text, closer) => {
    expect(scanNote(text).openBlockCloser).toBe(closer);
  });
});

describe('locateSections', () => {
  const bodies = (text: string): string[] =>
    locateSections(text, DEFAULT_REQUIRED_SECTIONS).occurrences.map((o) => text.slice(o.bodyStart, o.bodyEnd));

  it('ends a body at the next heading of the same or a higher level', () => {
    const text = note({ frontmatter: null, preamble: '', sections: ['## General Idea\n- a\n### Detail\n- b', '# Next paper'] });
    expect(bodies(text)).toEqual(['- a\n### Detail\n- b\n\n']);
  });

  it('ends a body at a deeper required heading instead of swallowing it', () => {
    const text = '## General Idea\n- a\n### Limitations\n- b\n';
    expect(bodies(text)).toEqual(['- a\n', '- b\n']);
  });

  it('reads an outline note: each section is what is nested under its bullet', () => {
    const text = note({
      frontmatter: null,
      sections: [outlineSection('- General Idea:', ['One', 'Two']) + outlineSection('- Some technical points', ['Three'])],
    });
    const located = locateSections(text, DEFAULT_REQUIRED_SECTIONS);
    expect(located.style).toBe('bullet');
    expect(bodies(text)).toEqual(['\n  1. One\n  2. Two\n']);
  });

  it('does not take bullets for sections once the note uses headings for them', () => {
    const text = note({ sections: [section('## Utilities', '- Idea\n- Limitations')] });
    const located = locateSections(text, DEFAULT_REQUIRED_SECTIONS);
    expect(located.style).toBe('heading');
    expect(located.occurrences.map((o) => o.section)).toEqual([2]);
  });

  it('finds nothing in a note without sections', () => {
    expect(locateSections(FRONTMATTER + '\nJust text.\n', DEFAULT_REQUIRED_SECTIONS).style).toBe('none');
  });
});
