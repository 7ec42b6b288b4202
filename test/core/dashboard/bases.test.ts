import { parse } from 'yaml';
import { frequentTags, renderBaseFile, type BaseOptions } from '../../../src/core/dashboard/bases';

const options = (tags: [string, number][], extra: Partial<BaseOptions> = {}): BaseOptions => ({
  paperTag: 'paper',
  categoryTagPrefix: 'arxiv/',
  tags: tags.map(([tag, count]) => ({ tag, count })),
  ...extra,
});

// Nested tags count for their parents too, so the bare parents lead the list.
const VAULT_TAGS: [string, number][] = [
  ['paper', 40],
  ['arxiv', 39],
  ['topic', 30],
  ['arxiv/cs-RO', 20],
  ['topic/robotics', 18],
  ['topic/rl', 9],
  ['survey', 5],
  ['ml', 4],
  ['ml/vision', 3],
  ['rare', 2],
];

describe('the Bases file', () => {
  it('is plain YAML: no anchors or aliases, every view with its own column list', () => {
    const text = renderBaseFile(options(VAULT_TAGS));
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text).not.toMatch(/^\s*\w+: [&*]/m);
    const base = parse(text) as { views: { name: string; order: string[] }[] };
    expect(base.views.length).toBeGreaterThan(3);
    for (const view of base.views) expect(view.order).toEqual(['file.name', 'authors', 'published', 'rating', 'status', 'tags', 'added']);
  });

  it.each([
    ['bare parents of nested tags, arXiv categories and the paper tag are left out', VAULT_TAGS, ['topic/robotics', 'topic/rl', 'survey', 'ml/vision']],
    ['a bare arXiv prefix tag with no children is still a category tag', [['arxiv', 12], ['survey', 4]] as [string, number][], ['survey']],
    ['case does not hide a parent', [['Topic', 10], ['topic/RL', 5]] as [string, number][], ['topic/RL']],
    ['a tag below the minimum gets no view', [['rare', 2]] as [string, number][], []],
  ])('per-tag views: %s', (_name, tags, expected) => {
    expect(frequentTags(options(tags))).toEqual(expected);
    const base = parse(renderBaseFile(options(tags))) as { views: { name: string }[] };
    expect(base.views.map((v) => v.name)).toEqual(['To read', 'Top rated', 'Not yet distilled', ...expected.map((t) => `#${t}`), 'All papers']);
  });

  it('keeps a parent tag that papers also carry themselves', () => {
    const tags: [string, number][] = [['robotics', 6], ['robotics/humanoid', 3], ['topic', 6], ['topic/rl', 6]];
    expect(frequentTags(options(tags, { directTags: new Set(['robotics', 'robotics/humanoid', 'topic/rl']) }))).toEqual(['robotics', 'robotics/humanoid', 'topic/rl']);
  });
});
