import { normalizeTitleKey } from '../../../src/core/arxiv/title-key';
import { titlePhraseClause, titleWordsClause } from '../../../src/core/arxiv/title-query';
import { compareTitles, resolveTitle } from '../../../src/core/arxiv/title-score';

describe('normalizeTitleKey', () => {
  it.each([
    ['$\\pi_0$: A Vision-Language-Action Flow Model', 'π0: A Vision-Language-Action Flow Model'],
    ['$\\pi_{0.5}$: a VLA', 'π0.5: a VLA'],
    ['Why “Pens” Beat Keyboards', 'Why "Pens" beat keyboards'],
    ['Don’t Stop Pretraining', "Don't stop pretraining"],
    ['8-bit Optimizers via Block-wise Quantization.', '8-Bit optimizers via block‐wise quantization'],
    ['RDT-1B: a Diffusion Foundation Model', 'RDT-1B - A diffusion   foundation model'],
    ['Caf\\\'e Sch\\"{o}n', 'Café Schön'],
    ['Zero-Shot $\\alpha$-Blending', 'Zero-shot α-blending'],
    ['Rock & Roll', 'Rock and Roll'],
  ])('gives %j and %j the same key', (a, b) => {
    expect(normalizeTitleKey(a)).toBe(normalizeTitleKey(b));
    expect(normalizeTitleKey(a)).not.toBe('');
  });

  it.each([
    ['Attention Is All You Need', 'Attention Is All You Need for Tabular Data'],
    ['Learning to Walk', 'Learning to Run'],
    ['π0', 'π1'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normalizeTitleKey(a)).not.toBe(normalizeTitleKey(b));
  });
});

describe('compareTitles', () => {
  it.each([
    ['Attention Is All You Need', 'Attention is all you need.', 'exact'],
    ['GR00T N1 An Open Foundation Model', 'GR00T-N1: An Open Foundation Model', 'exact'],
    ['Attention Is All You Need', 'Attention Is All You Need for Tabular Data', 'close'],
    ['Diffusion Policy', 'Diffusion Policy: Visuomotor Policy Learning via Action Diffusion', 'close'],
    ['Open Foundation Model for Humanoid Robots', 'GR00T N1: An Open Foundation Model for Generalist Humanoid Robots', 'close'],
    ['Attention Is All You Need', 'Graph Neural Networks for Molecules', 'far'],
    ['Robots', 'Robots Learning to Walk in the Wild', 'far'],
  ])('%j against %j is %s', (wanted, candidate, verdict) => {
    expect(compareTitles(wanted, candidate).verdict).toBe(verdict);
  });
});

describe('resolveTitle', () => {
  const paper = (arxiv: string, title: string) => ({ arxiv, title });
  it('takes the one exact title and ignores decoys that contain it', () => {
    const result = resolveTitle('Attention is all you need', [
      paper('2599.00001', 'Attention Is All You Need for Tabular Data'),
      paper('1706.03762', 'Attention Is All You Need'),
    ]);
    expect(result).toEqual({ kind: 'matched', paper: paper('1706.03762', 'Attention Is All You Need') });
  });
  it('offers namesakes and near titles, exact ones first', () => {
    const result = resolveTitle('Learning to walk', [paper('b', 'Learning to Walk Faster'), paper('a', 'Learning to Walk'), paper('c', 'Learning to walk.')]);
    expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.arxiv)).toEqual(['a', 'c', 'b']);
  });
  it('says none when nothing is close', () => {
    expect(resolveTitle('Teapots', [paper('a', 'Graph Neural Networks')])).toEqual({ kind: 'none' });
  });
});

describe('title query clauses', () => {
  it.each([
    ['8-bit Optimizers via Block-wise Quantization', 'ti:"8 bit optimizers via block wise quantization"'],
    ['$\\pi_0$: A Vision-Language-Action Flow Model', 'ti:"a vision language action flow model"'],
    ['π0: A Vision-Language-Action Flow Model.', 'ti:"a vision language action flow model"'],
    ['Why “Pens” Beat Keyboards', 'ti:"why pens beat keyboards"'],
    ['Don’t Stop Pretraining: Adapt', 'ti:"stop pretraining adapt"'],
    ['Zero-Shot $\\alpha$-Blending of Styles', '(ti:"zero shot" AND ti:"blending of styles")'],
  ])('searches %j as %s', (title, clause) => {
    expect(titlePhraseClause(title)).toBe(clause);
  });
  it('never lets a title word act as an operator in the words-only query', () => {
    expect(titleWordsClause('Pens OR Keyboards AND Robots')).toBe('(ti:pens AND ti:keyboards AND ti:robots)');
  });
  it('has nothing to search for a title that is only TeX', () => {
    expect(titlePhraseClause('$\\pi_0$')).toBeNull();
  });
});
