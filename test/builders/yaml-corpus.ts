import { readFrontmatterFully, renderFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { renderPaperNote } from '../../src/core/note/render';
import { samplePaper } from './atom';
import { seededRandom } from './note';
import { syntheticPapers } from './paper-vault';
import { HOSTILE_FRAGMENTS, hostileLine, hostileString, readerEditedNote, refreshedMetadata } from './reader-content';

/** What the `yaml` library reads from a note: the values every fast read must give back. */
export const referenceFrontmatter = (note: string) => {
  const { yaml } = splitFrontmatter(note);
  return yaml === null || yaml.trim() === '' ? null : readFrontmatterFully(yaml);
};

/**
 * Notes whose frontmatter is hostile to YAML readers: every fragment of the hostile list as a
 * value, key and list item in each style; numbers, booleans and nulls in every spelling; tags,
 * anchors, merge keys, directives, complex keys, tabs, duplicates; reader-edited and refreshed
 * notes from the round-trip property tests; realistic paper notes.
 */
const SCALARS = [
  ...HOSTILE_FRAGMENTS,
  '0b101', '1_000', '1_0.5', '0o17', '0x1F', '0X1f', '017', '+1', '-0', '1e3', '1E+3', '1.', '.5', '-.5', '.inf', '-.Inf', '+.INF', '.nan', '.NaN',
  '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'yes', 'No', 'on', 'off', 'y', 'n',
  '2024-01-01', '2024-01-01T10:00:00Z', '2024-1-1', '12:30:00', '1:20', '190:20:30', '9007199254740993', '1e400', '0.1e-2', '00', '-', '--', '---x',
  '"quoted"', "'single'", '"esc \\u263A \\x41 \\t"', "'it''s'", '"unterminated', "'half", 'a: b', 'a #b', 'a#b', '#c', '@x', '`x`', '%x', '!x y', '!!str 5', '!!int "7"',
  '!!float 1', '!!bool yes', '!!null x', '&a x', '*a', '*', '&', 'a & b', 'R&D', 'Why?', '? x', 'a ? b', '[a, b]', '[a, b,]', '[]', '{}', '{a: 1}', '{a: 1, a: 2}',
  '[a, [b, c]]', '{a: [1, 2]}', '[a: b]', '"a": b', '|', '>', '|-', '>+', '|2', 'x\ty', ' leading', 'trailing ', 'ünïcödé', '🤖', '\u202e', '__proto__',
];

const KEYS = ['title', 'a b', '"quoted: key"', "'single key'", '1', '1.5', 'true', 'null', '~', '__proto__', 'ключ', '🌟', '[a]', '{a: 1}', '? complex', 'k:v', '"a"b', '-x', '<<'];

/** A frontmatter block from lines, as a note. */
const note = (...lines: string[]) => `---\n${lines.join('\n')}\n---\nBody\n`;

export function hostileYamlCorpus(): string[] {
  const notes: string[] = [];
  for (const v of SCALARS) {
    notes.push(note(`title: ${v}`), note(`title: ${v}`, 'rating: 3'), note('tags:', `  - ${v}`, '  - paper'), note(`tags: [${v}, paper]`));
    notes.push(note(`title: "${v}"`), note(`title: '${v}'`), note('tldr: |', `  ${v}`, '  more'), note('tldr: >-', `  ${v}`, `  ${v}`));
    notes.push(note(`${v}: x`), note(`a: ${v} ${v}`), note(`a:`, `  ${v}`), note(`a: x`, `${v}`));
  }
  for (const k of KEYS) notes.push(note(`${k}: value`), note(`${k}: value`, `${k}: again`), note('base: &b {x: 1}', `${k}: *b`));
  notes.push(
    note('a: &x hello', 'b: *x'),
    note('base: &b', '  x: 1', 'merged:', '  <<: *b', '  y: 2'),
    note('<<: {x: 1}', 'y: 2'),
    note('%YAML 1.2', '---', 'a: 1'),
    note('a: 1', '...'),
    note('a: 1', '---', 'b: 2'),
    note('a:\tb'),
    note('\ta: b'),
    note('a:', '\t- b'),
    note('a: b', 'a: c'),
    note('a: [1, 2', 'b: 3'),
    note('- a', '- b'),
    note('just a string'),
    note('42'),
    note(''),
    note('# only a comment'),
    note('a: 1 # comment', '# comment', 'b: 2'),
    note('a: "multi', '  line"'),
    note('a: plain', '  continued', '  again'),
    note('a: |2-', '    indented', '   less'),
    note('a: >+', '  folded', '', ''),
    note('? a', ': b'),
    note('? [a, b]', ': c'),
    note('a: !custom x'),
    note('a: !!binary aGVsbG8='),
    note('a: !!timestamp 2024-01-01'),
    note('a: !!set {x, y}'),
    note('a: !!omap [{x: 1}]'),
    note('key with spaces   :   v'),
    note('"a":1'),
    note('a:1'),
    note('a: b: c'),
    note('a: [b: c]'),
    note('a: {b}'),
    note('a: "\\ud83e\\udd16"'),
    note('a: "\\N\\_\\L\\P"'),
    note('a: \'x\'\'y\''),
    note(`a: ${'x'.repeat(5000)}`),
    note(...Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}k${i}:`), `${'  '.repeat(60)}v`),
    '\uFEFF---\na: 1\n---\n',
    '---\r\na: 1\r\nb: [x, y]\r\n---\r\n',
  );
  const rng = seededRandom(1234);
  for (let i = 0; i < 250; i++) {
    const edited = readerEditedNote(rng, `2401.${String(10000 + i)}`);
    notes.push(edited.text);
    notes.push(renderPaperNote(refreshedMetadata(rng, edited.old), { citation: hostileString(rng), tags: ['paper', hostileLine(rng, 2)], status: 'read', added: '2024-01-02' }));
    notes.push(renderFrontmatter({ title: hostileString(rng), authors: [hostileLine(rng), hostileString(rng)], x: { y: hostileString(rng) } }));
    notes.push(note(`title: ${hostileString(rng)}`, `tldr: ${hostileString(rng)}`, `- ${hostileString(rng)}`));
  }
  notes.push(renderPaperNote(samplePaper(), { citation: 'Cite.', tags: ['paper'], status: 'to-read', added: '2024-01-02' }));
  for (const n of syntheticPapers(200, 9)) notes.push(n.text);
  return notes;
}

