import { findArxivSpans } from '../../../src/core/arxiv/ids';
import { replaceArxivLinks } from '../../../src/core/note/link-rewrite';

const TARGETS: Record<string, string> = { '2406.10454': 'HumanPlus', 'hep-th/9901001': 'Old paper' };
const target = (id: string) => TARGETS[id] ?? null;

describe('findArxivSpans', () => {
  it('gives each reference with its exact characters, repeats included', () => {
    const text = 'See https://arxiv.org/abs/2406.10454v2. Also arXiv:2406.10454 and (hep-th/9901001).';
    expect(findArxivSpans(text).map((s) => [s.ref.id, text.slice(s.start, s.end)])).toEqual([
      ['2406.10454', 'https://arxiv.org/abs/2406.10454v2'],
      ['2406.10454', 'arXiv:2406.10454'],
      ['hep-th/9901001', 'hep-th/9901001'],
    ]);
  });
});

describe('replaceArxivLinks', () => {
  it.each([
    ['bare URL', 'Read https://arxiv.org/abs/2406.10454.', 'Read [[HumanPlus]].'],
    ['Markdown link keeps its label', '- [the paper](https://arxiv.org/pdf/2406.10454v1) today', '- [[HumanPlus|the paper]] today'],
    ['autolink', 'x <https://arxiv.org/abs/2406.10454> y', 'x [[HumanPlus]] y'],
    ['prefixed id', 'cf. arXiv:2406.10454, p. 3', 'cf. [[HumanPlus]], p. 3'],
    ['old-style id', 'as in hep-th/9901001', 'as in [[Old paper]]'],
    ['unknown id kept', 'https://arxiv.org/abs/2409.05864', 'https://arxiv.org/abs/2409.05864'],
    ['already a wikilink', 'see [[2406.10454]]', 'see [[2406.10454]]'],
    ['inline code', 'run `fetch 2406.10454` now', 'run `fetch 2406.10454` now'],
    ['image link untouched label', '![fig](https://arxiv.org/abs/2406.10454)', '![fig]([[HumanPlus]])'],
    ['two on a line', '2406.10454 and hep-th/9901001', '[[HumanPlus]] and [[Old paper]]'],
    ['fenced code block', '```bash\ncurl https://arxiv.org/pdf/2406.10454\n```\nsee 2406.10454', '```bash\ncurl https://arxiv.org/pdf/2406.10454\n```\nsee [[HumanPlus]]'],
    ['BibTeX in a tilde fence', '~~~~bib\n@misc{x, url={https://arxiv.org/abs/2406.10454}}\n~~~\nstill code 2406.10454\n~~~~', '~~~~bib\n@misc{x, url={https://arxiv.org/abs/2406.10454}}\n~~~\nstill code 2406.10454\n~~~~'],
    ['math block', '$$\n2406.10454\n$$\n2406.10454', '$$\n2406.10454\n$$\n[[HumanPlus]]'],
    ['comments', '<!-- 2406.10454 --> %% hep-th/9901001 %% 2406.10454', '<!-- 2406.10454 --> %% hep-th/9901001 %% [[HumanPlus]]'],
  ])('%s', (_name, input, expected) => {
    expect(replaceArxivLinks(input, target).text).toBe(expected);
  });

  it('never touches the frontmatter and counts what it replaced', () => {
    const note = '---\narxiv: "2406.10454"\nurl: https://arxiv.org/abs/2406.10454\n---\nBody https://arxiv.org/abs/2406.10454\n';
    expect(replaceArxivLinks(note, target)).toEqual({
      text: '---\narxiv: "2406.10454"\nurl: https://arxiv.org/abs/2406.10454\n---\nBody [[HumanPlus]]\n',
      replaced: 1,
    });
  });
});
