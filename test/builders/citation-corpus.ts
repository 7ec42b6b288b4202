import type { PaperMetadata } from '../../src/core/arxiv/types';
import { samplePaper } from './atom';
import { seededRandom } from './note';
import { hostileLine } from './reader-content';
import { TITLE_CORPUS } from './title-corpus';

/**
 * Papers to cite when two builds of the citation engine are compared: real titles, author lists
 * of every length the styles treat differently (1, 2, 3, 6, 7, 8, 21), old- and new-style ids,
 * journal DOIs, missing dates, particles and suffixes, and seeded hostile titles and names.
 */
export function citationCorpus(hostileCount = 24, seed = 14): PaperMetadata[] {
  const authors = (n: number): string[] => Array.from({ length: n }, (_, i) => `Author${String.fromCharCode(65 + (i % 26))} Family${i}`);
  const shapes: Partial<PaperMetadata>[] = [
    ...TITLE_CORPUS,
    ...[1, 2, 3, 6, 7, 8, 21].map((n) => ({ authors: authors(n) })),
    { arxiv: 'hep-th/9711200', title: 'The Large N Limit of Superconformal Field Theories and Supergravity', authors: ['Juan M. Maldacena'], published: '1997-11-27' },
    { doi: '10.1000/example.2024.1', journalRef: 'Nature 600, 1-10 (2024)' },
    { published: '' },
    { authors: ['Laurens van der Maaten', 'Frederick P. Brooks Jr.', "Conan O'Brien", 'Jean-Pierre Bourguignon', 'Ludwig von Mises'] },
    { title: 'Why <i>Not</i> <b>Bold</b> & "Quoted" \'Single\' — ‘curly’ “double”', authors: ['محمد علي', 'שלום עליכם', '李 小龙'] },
  ];
  const rng = seededRandom(seed);
  for (let i = 0; i < hostileCount; i++) {
    shapes.push({ title: hostileLine(rng, 8), authors: Array.from({ length: 1 + (i % 4) }, () => hostileLine(rng, 3)) });
  }
  return shapes.map((shape) => samplePaper(shape));
}
