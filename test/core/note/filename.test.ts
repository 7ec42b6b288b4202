import { disambiguatedName, joinPath, noteBaseName } from '../../../src/core/note/filename';

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

describe('paths', () => {
  it('joins folder and name, or uses the vault root', () => {
    expect(joinPath('Papers', 'A')).toBe('Papers/A.md');
    expect(joinPath('', 'A')).toBe('A.md');
  });
  it('disambiguates with the id', () => {
    expect(disambiguatedName('Attention', 'hep-th/9901001')).toBe('Attention (hep-th-9901001)');
  });
});
