import { foldText, foldTextFully, searchTerms } from '../../../src/core/dashboard/fold';
import { seededRandom } from '../../builders/note';
import { HOSTILE_FRAGMENTS, hostileString } from '../../builders/reader-content';

/** Every character the quick fold knows, with neighbours that could interact with it. */
const LATIN = Array.from({ length: 0x250 - 0x80 }, (_, i) => String.fromCharCode(0x80 + i));
const NEIGHBOURS = ['a', 'Z', ' ', '  ', '\u0301', '\u0308', '\u00a0', '\u3000', 'İ', 'Σ', 'ς', '机', '🤖', '\t', 'ß', 'ﬁ', ''];

describe('foldText', () => {
  it.each([
    ['Schölkopf', 'scholkopf'],
    ['Anaïs  Müller\u00a0', 'anais muller'],
    ['Łukasz Øster Straße Æther', 'lukasz oster strasse aether'],
    ['Fei-Fei Li', 'fei-fei li'],
    ['机器人 Привет', '机器人 привет'],
    ['  HumanPlus:\tHumanoid ', 'humanplus: humanoid'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('gives the full fold (lower case, NFKD, marks dropped, spaces collapsed) on every Latin character beside every neighbour', () => {
    const differing: string[] = [];
    for (const c of LATIN) {
      for (const n of NEIGHBOURS) {
        for (const text of [c, `${n}${c}`, `${c}${n}`, `x${c}${c.toUpperCase()}${n}y`]) {
          if (foldText(text) !== foldTextFully(text)) differing.push(text);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('gives the full fold on random hostile text', () => {
    const rng = seededRandom(5);
    const texts = [...HOSTILE_FRAGMENTS, ...Array.from({ length: 3000 }, () => hostileString(rng, 8) + LATIN[Math.floor(rng() * LATIN.length)])];
    expect(texts.filter((t) => foldText(t) !== foldTextFully(t))).toEqual([]);
  });

  it('splits search words the same way', () => {
    expect(searchTerms('  Müller   DIFFUSION ')).toEqual(['muller', 'diffusion']);
  });
});
