import { parse } from 'yaml';
import { frequentTags, renderBaseFile, type BaseOptions } from '../../../src/core/dashboard/bases';
import { basesFilter } from '../../../src/core/dashboard/bases-filter';
import { parseFilter } from '../../../src/core/dashboard/filter-language';
import type { PaperQuery } from '../../../src/core/dashboard/query';

function query(text: string): PaperQuery {
  const parsed = parseFilter(text);
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed.query;
}

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
    for (const view of base.views) expect(view.order).toEqual(['file.name', 'authors', 'published', 'venue', 'citations', 'rating', 'status', 'tags', 'added']);
  });

  it.each([
    ['bare parents of nested tags, arXiv categories and the paper tag are left out', VAULT_TAGS, ['topic/robotics', 'topic/rl', 'survey', 'ml/vision']],
    ['a bare arXiv prefix tag with no children is still a category tag', [['arxiv', 12], ['survey', 4]] as [string, number][], ['survey']],
    ['case does not hide a parent', [['Topic', 10], ['topic/RL', 5]] as [string, number][], ['topic/RL']],
    ['a tag below the minimum gets no view', [['rare', 2]] as [string, number][], []],
  ])('per-tag views: %s', (_name, tags, expected) => {
    expect(frequentTags(options(tags))).toEqual(expected);
    const base = parse(renderBaseFile(options(tags))) as { views: { name: string }[] };
    expect(base.views.map((v) => v.name)).toEqual(['To read', 'Top rated', 'Not yet distilled', 'Most cited', ...expected.map((t) => `#${t}`), 'All papers']);
  });

  it('keeps a parent tag that papers also carry themselves', () => {
    const tags: [string, number][] = [['robotics', 6], ['robotics/humanoid', 3], ['topic', 6], ['topic/rl', 6]];
    expect(frequentTags(options(tags, { directTags: new Set(['robotics', 'robotics/humanoid', 'topic/rl']) }))).toEqual(['robotics', 'robotics/humanoid', 'topic/rl']);
  });
});

describe('the dashboard filter as Bases filters', () => {
  it.each<[string, string[], string[]]>([
    ['', [], []],
    ['citations: >=100', ['file.hasProperty("citations") && citations >= 100'], []],
    ['citations: >100', ['file.hasProperty("citations") && citations >= 101'], []],
    ['citations: <50', ['file.hasProperty("citations") && citations <= 49'], []],
    ['citations: 0', ['file.hasProperty("citations") && citations == 0'], []],
    ['citations: 10-100', ['file.hasProperty("citations") && (citations >= 10 && citations <= 100)'], []],
    ['venue: CoRL', ['venue.toString().lower().contains("corl")'], []],
    ['venue: CoRL ICRA', ['(venue.toString().lower().contains("corl") || venue.toString().lower().contains("icra"))'], []],
    ['venue: "NeurIPS\\', ['venue.toString().lower().contains("\\"neurips\\\\")'], []],
    ['tags: robotics -survey', ['file.hasTag("robotics")', '!file.hasTag("survey")'], []],
    ['rating: >=4', ['rating >= 4'], []],
    ['rating: 3-5 unrated', ['((rating >= 3 && rating <= 5) || !file.hasProperty("rating"))'], []],
    ['rating: unrated', ['!file.hasProperty("rating")'], []],
    ['status: to-read reading', ['(status == "to-read" || status == "reading")'], []],
    ['category: cs.RO', ['categories.contains("cs.RO")'], []],
    ['search: humanoid; distilled: no; year: >=2020', [], ['year', 'distilled', 'search']],
  ])('%j', (text, filters, untranslated) => {
    expect(basesFilter(query(text))).toEqual({ filters, untranslated });
  });

  it('becomes a "Filtered papers" view sorted like the dashboard, after the standard views', () => {
    const base = parse(renderBaseFile(options([], { filter: query('citations: >=100; venue: CoRL ICRA; sort: citations') }))) as {
      views: { name: string; filters?: { and: string[] }; sort: unknown[] }[];
    };
    expect(base.views.map((v) => v.name)).toEqual(['To read', 'Top rated', 'Not yet distilled', 'Most cited', 'Filtered papers', 'All papers']);
    expect(base.views[3]).toMatchObject({ filters: { and: ['file.hasProperty("citations")'] }, sort: [{ property: 'citations', direction: 'DESC' }] });
    expect(base.views[4]).toMatchObject({
      filters: { and: ['file.hasProperty("citations") && citations >= 100', '(venue.toString().lower().contains("corl") || venue.toString().lower().contains("icra"))'] },
      sort: [{ property: 'citations', direction: 'DESC' }],
    });
  });

  it('writes no "Filtered papers" view for a filter Bases cannot express, or none at all', () => {
    for (const filter of [query(''), query('search: humanoid'), query('sort: title')]) {
      const base = parse(renderBaseFile(options([], { filter }))) as { views: { name: string }[] };
      expect(base.views.map((v) => v.name)).not.toContain('Filtered papers');
    }
  });
});
