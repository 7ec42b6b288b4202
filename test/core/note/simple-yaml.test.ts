import { readFrontmatterFully, renderFrontmatter, splitFrontmatter } from '../../../src/core/note/frontmatter';
import { readSimpleYaml } from '../../../src/core/note/simple-yaml';
import { seededRandom } from '../../builders/note';
import { syntheticPapers } from '../../builders/paper-vault';
import { HOSTILE_FRAGMENTS, hostileLine, hostileString, pick } from '../../builders/reader-content';
import { hostileYamlCorpus } from '../../builders/yaml-corpus';

const yamlOf = (note: string) => splitFrontmatter(note).yaml ?? '';

/** Blocks shaped like the simple kind, filled with hostile text: where the quick reader dares, it must be right. */
function simpleShapedBlocks(): string[] {
  const rng = seededRandom(99);
  const WORDS = [...HOSTILE_FRAGMENTS, 'x', 'Müller', '3D Gaussians', '12:30', '1:20', 'C#', 'a [b]', 'a, b', '{x}', "it's", 'null', 'Yes', '2024-01-01', '2024-1-1', '0', '007', '42', '1e3', '0x1F', '-1', '+1', '.5', '\u00a0', 'a\u00a0', '~', 'True'];
  const value = () => {
    const w = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, WORDS)).join(pick(rng, [' ', '', '  ']));
    return pick(rng, [w, `"${w}"`, `'${w}'`, w.trim(), ` ${w} `]);
  };
  const blocks: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const lines: string[] = [];
    for (let k = 0; k < 1 + Math.floor(rng() * 5); k++) {
      const key = pick(rng, ['title', 'tags', 'a', 'b_c', 'x-y', 'k1', 'title', 'Null', 'yes']);
      if (rng() < 0.3) {
        lines.push(`${key}:${pick(rng, ['', ' ', '  '])}`);
        const indent = pick(rng, ['', '  ', '    ']);
        for (let j = 0; j < Math.floor(rng() * 4); j++) lines.push(`${rng() < 0.05 ? ' ' : ''}${indent}-${rng() < 0.1 ? '' : ` ${value()}`}`);
      } else lines.push(`${key}: ${value()}`);
      if (rng() < 0.1) lines.push(pick(rng, ['', '   ', '\r', '  continued', '# c']));
    }
    blocks.push(lines.join(pick(rng, ['\n', '\r\n'])));
  }
  return blocks;
}

describe('readSimpleYaml', () => {
  it('reads the notes the plugin writes, with the values the yaml library reads', () => {
    const notes = [
      ...syntheticPapers(300, 5).map((n) => n.text),
      renderFrontmatter({ title: 'HumanPlus: Humanoid Shadowing', authors: ['Zipeng Fu', 'Chelsea Finn'], arxiv: '2406.10454', rating: 4, published: '2024-06-14', tags: ['paper', 'yes'], tldr: 'null', status: 'to-read' }),
    ];
    for (const note of notes) {
      const yaml = yamlOf(note);
      expect(readSimpleYaml(yaml)).toStrictEqual(readFrontmatterFully(yaml));
    }
  });

  it.each([
    ['title: a\ntags:\n  - x\n  -\n  - "q"\nrating: 3', { title: 'a', tags: ['x', null, 'q'], rating: 3 }],
    ['tags:\n- a\n- b\ntitle: t', { tags: ['a', 'b'], title: 't' }],
    ["a: 'it''s'\nb: \"#1: yes\"\nc:\nd: C#", { a: "it's", b: '#1: yes', c: null, d: 'C#' }],
    ['a: true\nb: False\nc: NULL\nd: 0\ne: 2024-01-01', { a: true, b: false, c: null, d: 0, e: '2024-01-01' }],
  ])('reads %j', (yaml, value) => {
    expect(readSimpleYaml(yaml)).toStrictEqual(value);
  });

  it.each([
    'a: [x, y]',
    'a: {b: 1}',
    'a:\n  b: 1',
    'a: x # comment',
    'a: &x y',
    'a: |\n  text',
    'a: "esc \\" quote"',
    'a: 1e3',
    'a: 2406.10454',
    'a: 007',
    'a: x\na: y',
    'a: plain\n  continued',
    'a:\tx',
    '"a": 1',
    'a:1',
    '__proto__: x',
    'null: x',
  ])('leaves %j to the full readers', (yaml) => {
    expect(readSimpleYaml(yaml)).toBeUndefined();
  });

  it('agrees with the yaml library wherever it answers, on the hostile corpus and on simple-shaped hostile blocks', () => {
    const blocks = [...hostileYamlCorpus().map(yamlOf), ...simpleShapedBlocks()];
    const rng = seededRandom(3);
    for (let i = 0; i < 500; i++) blocks.push(`title: ${hostileLine(rng)}\ntldr: ${hostileString(rng).replace(/\n/g, ' ')}`);
    let answered = 0;
    const differing: string[] = [];
    for (const yaml of blocks) {
      const quick = readSimpleYaml(yaml);
      if (quick === undefined) continue;
      answered++;
      try {
        expect(quick).toStrictEqual(readFrontmatterFully(yaml));
      } catch {
        differing.push(yaml);
      }
    }
    expect(differing).toEqual([]);
    // A reader that answered nothing would pass the line above: it must take most plain blocks.
    expect(answered).toBeGreaterThan(blocks.length / 4);
  });
});
