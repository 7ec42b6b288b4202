import { fillFileNamePattern, fillTemplate, placeholderValues, PLACEHOLDER_HELP, unknownPlaceholderMessage } from '../../../src/core/note/template';
import { categoryTagFor, newNoteTags, toObsidianTag } from '../../../src/core/note/tags';
import { noteBaseName } from '../../../src/core/note/filename';
import { samplePaper } from '../../builders/atom';

const paper = samplePaper({ journalRef: 'Proc. CoRL 2024' });
const values = placeholderValues(paper, { citation: 'Fu, Z. (2024). HumanPlus.', tags: ['paper', 'arxiv/cs-RO'], added: '2026-01-02' });

describe('the reader’s template', () => {
  it('documents every placeholder it fills, and fills every documented one', () => {
    expect(Object.keys(values).sort()).toEqual(Object.keys(PLACEHOLDER_HELP).sort());
  });

  it.each([
    ['{{title}}', paper.title],
    ['{{ title }}', paper.title],
    ['{{authors}}', 'Zipeng Fu, Qingqing Zhao, Qi Wu, Gordon Wetzstein, Chelsea Finn'],
    ['{{firstAuthor}} {{year}}', 'Fu 2024'],
    ['[arXiv]({{url}}) [PDF]({{pdf}}) [code]({{code}})', '[arXiv](https://arxiv.org/abs/2406.10454) [PDF](https://arxiv.org/pdf/2406.10454) [code](https://github.com/MarkFzp/humanplus)'],
    ['{{categories}} / {{tags}}', 'cs.RO, cs.AI, cs.CV, cs.LG / #paper #arxiv/cs-RO'],
    ['> {{citation}}', '> Fu, Z. (2024). HumanPlus.'],
    ['{{journal_ref}}|{{tldr}}|{{published}}|{{added}}', 'Proc. CoRL 2024||2024-06-15|2026-01-02'],
  ])('%s', (template, expected) => {
    expect(fillTemplate(template, values)).toEqual({ text: expected, unknown: [] });
  });

  it('keeps unknown placeholders as written and lists each once', () => {
    const filled = fillTemplate('{{titel}} {{title}} {{venue}} {{titel}} {not} {{}}', values);
    expect(filled.text).toBe(`{{titel}} ${paper.title} {{venue}} {{titel}} {not} {{}}`);
    expect(filled.unknown).toEqual(['titel', 'venue']);
    expect(unknownPlaceholderMessage('The note template T.md', filled.unknown)).toBe(
      'The note template T.md uses unknown placeholders {{titel}}, {{venue}}, left in the text as written. Known placeholders are listed in the README.',
    );
    expect(unknownPlaceholderMessage('x', [])).toBeNull();
  });

  it('does not expand placeholders inside the values it inserts', () => {
    const tricky = placeholderValues(samplePaper({ title: 'Why {{abstract}} matters' }), { citation: '', tags: [], added: '' });
    expect(fillTemplate('{{title}}', tricky).text).toBe('Why {{abstract}} matters');
  });
});

describe('file-name pattern', () => {
  it.each([
    ['{{title}}', 'HumanPlus Humanoid Shadowing and Imitation from Humans'],
    ['{{year}} {{firstAuthor}} {{title}}', '2024 Fu HumanPlus Humanoid Shadowing and Imitation from Humans'],
    ['{{arxiv}} - {{title}}', '2406.10454 - HumanPlus Humanoid Shadowing and Imitation from Humans'],
  ])('%s', (pattern, name) => {
    expect(noteBaseName(fillFileNamePattern(pattern, paper).text, paper.arxiv)).toBe(name);
  });

  it('reads TeX as text and keeps old-style ids free of slashes', () => {
    const p = samplePaper({ arxiv: 'hep-th/9901001', title: '$\\pi_0$: a policy' });
    expect(noteBaseName(fillFileNamePattern('{{arxiv}} {{title}}', p).text, p.arxiv)).toBe('hep-th-9901001 π0 a policy');
  });
});

describe('tags', () => {
  it.each<[string, string | null]>([
    ['cs.RO', 'cs-RO'],
    ['#robotics', 'robotics'],
    ['Machine Learning', 'Machine-Learning'],
    ['arxiv/cs.RO', 'arxiv/cs-RO'],
    ['2024', null],
    ['  ', null],
    ['робототехника', 'робототехника'],
    ['a//b--c', 'a/b-c'],
    ['-x-', 'x'],
  ])('toObsidianTag(%j) = %j', (text, tag) => {
    expect(toObsidianTag(text)).toBe(tag);
  });

  it('maps categories, prefixes the rest, and adds default tags without repeats', () => {
    expect(categoryTagFor('cs.RO', 'arxiv/', { 'cs.RO': 'robotics' })).toBe('robotics');
    expect(
      newNoteTags(samplePaper({ categories: ['cs.RO', 'cs.AI'] }), {
        paperTag: 'paper',
        defaultTags: ['inbox', 'paper'],
        addCategoryTags: true,
        categoryTagPrefix: 'arxiv/',
        categoryTagMap: { 'cs.RO': 'robotics' },
      }),
    ).toEqual(['paper', 'inbox', 'robotics', 'arxiv/cs-AI']);
  });
});
