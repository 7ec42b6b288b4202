import { disambiguatedName, joinPath, MAX_NAME_BYTES, noteBaseName } from '../../../src/core/note/filename';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('noteBaseName', () => {
  it.each([
    ['HumanPlus: Humanoid Shadowing and Imitation from Humans', 'HumanPlus Humanoid Shadowing and Imitation from Humans'],
    ['Were RNNs All We Needed?', 'Were RNNs All We Needed'],
    ['A/B testing <script>alert(1)</script>', 'A B testing script alert(1) script'],
    ['#hash ^caret [link] |pipe|', 'hash caret link pipe'],
    ['  spaced\ttitle\nwith newline ', 'spaced title with newline'],
    ['...hidden', 'hidden'],
    ['ends with dots...', 'ends with dots'],
    ['π0: A Vision-Language-Action Flow Model', 'π0 A Vision-Language-Action Flow Model'],
    ['Нейронные сети: обзор', 'Нейронные сети обзор'],
    ['$\\pi_0$: A Vision-Language-Action Flow Model', 'π0 A Vision-Language-Action Flow Model'],
    ['Learning in $\\mathcal{O}(n^2)$ with $\\alpha$-nets', 'Learning in O(n2) with α-nets'],
    ['CON', '2406.10454'],
    ['', '2406.10454'],
    [':::', '2406.10454'],
  ])('%j -> %j', (title, expected) => {
    expect(noteBaseName(title, '2406.10454')).toBe(expected);
  });

  it('uses a dash for old-style ids as fallback so no folder is created', () => {
    expect(noteBaseName('', 'hep-th/9901001')).toBe('hep-th-9901001');
  });

  it('caps long titles at a word boundary without splitting emoji', () => {
    const title = `${'Deep '.repeat(40)}🤖🤖🤖`;
    const name = noteBaseName(title, 'x');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('Deep')).toBe(true);
    const emojiTitle = '🤖'.repeat(200);
    const cut = noteBaseName(emojiTitle, 'x');
    expect(Array.from(cut).every((c) => c === '🤖')).toBe(true);
  });
});

describe('noteBaseName for names other systems refuse or misread', () => {
  it.each([
    ['CON.txt', '2406.10454'],
    ['nul.tar.gz', '2406.10454'],
    ['Aux .md', '2406.10454'],
    ['COM¹', '2406.10454'],
    ['lpt9.notes', '2406.10454'],
    ['Console games', 'Console games'],
    ['AUX-like networks', 'AUX-like networks'],
    ['NUL: a study', 'NUL a study'],
  ])('a Windows-reserved stem, with any extension: %j -> %j', (title, expected) => {
    expect(noteBaseName(title, '2406.10454')).toBe(expected);
  });

  it.each([
    ['an override that makes "exe.md" read "dm.exe"', 'Notes\u202Eexe.md', 'Notesexe.md'],
    ['isolates and marks', '\u2067Arabic\u2069 \u200Ftext\u200E', 'Arabic text'],
    ['zero-width spaces and a BOM', '\uFEFFAttention\u200B Is All', 'Attention Is All'],
  ])('drops bidi controls and invisible characters: %s', (_label, title, expected) => {
    expect(noteBaseName(title, 'x')).toBe(expected);
  });

  it('keeps the zero-width joiner inside emoji sequences', () => {
    expect(noteBaseName('Robots 👩\u200D🔬 at work', 'x')).toBe('Robots 👩\u200D🔬 at work');
  });

  it.each([
    ['86 CJK characters', '注意力机制'.repeat(17) + '模'],
    ['Hindi', 'ध्यान की आवश्यकता '.repeat(12)],
    ['4-byte emoji', '🧠'.repeat(90)],
    ['mixed scripts without spaces', 'Трансформер注意力'.repeat(10)],
  ])('caps %s in UTF-8 bytes so the name, its " (id)" and ".md" fit in 255', (_label, title) => {
    const name = noteBaseName(title, '2406.10454');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(`${disambiguatedName(name, 'cond-mat.stat-mech/0601001')}.md`)).toBeLessThanOrEqual(255);
    expect(name.length).toBeGreaterThan(10);
    expect(title.startsWith(name.replace(/ $/, ''))).toBe(true);
  });
});

describe('paths', () => {
  it('joins folder and name, or uses the vault root', () => {
    expect(joinPath('Papers', 'A')).toBe('Papers/A.md');
    expect(joinPath('', 'A')).toBe('A.md');
  });
  it('disambiguates with the id', () => {
    expect(disambiguatedName('Attention', 'hep-th/9901001')).toBe('Attention (hep-th-9901001)');
  });
});
