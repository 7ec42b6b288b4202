import type { PaperMetadata } from '../../../src/core/arxiv/types';
import { cslItemFor, finishCitation } from '../../../src/core/citation/styles';

const paper = (overrides: Partial<PaperMetadata> = {}): PaperMetadata => ({
  arxiv: 'hep-th/9711200',
  version: 1,
  title: `It's "Large" <N>`,
  authors: ["Conan O'Brien", 'Frederick P. Brooks Jr.'],
  abstract: '',
  published: '1997-11-27',
  updated: '1997-11-27',
  categories: ['hep-th'],
  ...overrides,
});

const eightAuthors = ['A Fu', 'B Fu', 'C Fu', 'D Fu', 'E Fu', 'F Fu', 'G Fu', 'H Fu'];

describe('cslItemFor and finishCitation', () => {
  it.each(['scholar', 'apa', 'vancouver', 'harvard'] as const)(
    '%s: whatever citeproc is shielded from comes back exactly as written',
    (style) => {
      const item = cslItemFor(paper(), style);
      const echoed = `${item.author.map((a) => a.family).join('|')} ${item.title} ${item.number}`;
      expect(finishCitation(echoed, style, item)).toBe(`O'Brien|Brooks${style === 'scholar' ? ' Jr' : ''} It's "Large" <N> arXiv:hep-th/9711200`);
    },
  );

  it('hides from citeproc the characters it would turn into formatting or curly quotes', () => {
    const item = cslItemFor(paper(), 'scholar');
    expect(item.title).not.toMatch(/['"<> ]/);
    expect(item.author[0].family).not.toContain("'");
    // APA, Vancouver and Harvard keep spaces (citeproc needs them) but shield quotes too: titles are cited as written.
    expect(cslItemFor(paper(), 'apa').title).toMatch(/^It[^'"]s [^"]Large[^"] [^<]N[^>]$/);
  });

  it('drops stray Unicode noncharacters from the input instead of turning them into markup', () => {
    const item = cslItemFor(paper({ title: 'a\uFDD0b' }), 'scholar');
    expect(finishCitation(item.title, 'scholar', item)).toBe('ab');
  });

  it('rewrites the et-al ellipsis the Scholar way only when authors were cut', () => {
    const line = 'Fu, A., Fu, B., Fu, C., Fu, D., Fu, E., Fu, F., \u2026 Fu, H. (2024).';
    const eight = cslItemFor(paper({ authors: eightAuthors }), 'scholar');
    const seven = cslItemFor(paper({ authors: eightAuthors.slice(0, 7) }), 'scholar');
    expect(finishCitation(line, 'scholar', eight)).toBe('Fu, A., Fu, B., Fu, C., Fu, D., Fu, E., Fu, F., ... & Fu, H. (2024).');
    expect(finishCitation(line, 'scholar', seven)).toBe(line);
  });

  it('trims the trailing newline citeproc ends an entry with, and the list number of Vancouver', () => {
    const item = cslItemFor(paper(), 'vancouver');
    expect(finishCitation('1. Fu Z. Title.\n', 'vancouver', item)).toBe('Fu Z. Title.');
    expect(finishCitation('Fu, Z. (2024).\n', 'apa', item)).toBe('Fu, Z. (2024).');
  });
});
