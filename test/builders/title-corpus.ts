import type { PaperMetadata } from '../../src/core/arxiv/types';
import { atomEntryXml } from './atom';

/**
 * Papers for title-search tests: real titles with their tricky spellings (TeX, curly quotes,
 * hyphens), decoys whose titles contain another title plus more words, and two namesakes.
 * Ids of the invented papers are in a month where no test expects a real paper.
 */
export const TITLE_CORPUS: readonly (Partial<PaperMetadata> & { arxiv: string; title: string })[] = [
  { arxiv: '2110.02861', title: '8-bit Optimizers via Block-wise Quantization', authors: ['Tim Dettmers', 'Mike Lewis', 'Sam Shleifer', 'Luke Zettlemoyer'], published: '2021-10-06' },
  { arxiv: '1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer'], published: '2017-06-12' },
  { arxiv: '2599.00001', title: 'Attention Is All You Need for Tabular Data', authors: ['Decoy Author'], published: '2025-09-01' },
  { arxiv: '2599.00002', title: 'Is Attention All You Need? A Study', authors: ['Decoy Author'], published: '2025-09-02' },
  { arxiv: '2410.24164', title: '$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control', authors: ['Kevin Black', 'Noah Brown'], published: '2024-10-31' },
  { arxiv: '2599.00003', title: 'Why “Pens” Beat Keyboards in Robot Teleoperation', authors: ['Quill Writer'], published: '2025-09-03' },
  { arxiv: '2303.04137', title: 'Diffusion Policy: Visuomotor Policy Learning via Action Diffusion', authors: ['Cheng Chi', 'Shuran Song'], published: '2023-03-07' },
  { arxiv: '2599.00004', title: 'Learning to Walk', authors: ['First Namesake'], published: '2025-09-04' },
  { arxiv: '2599.00005', title: 'Learning to walk.', authors: ['Second Namesake'], published: '2025-09-05' },
  { arxiv: '2410.07864', title: 'RDT-1B: a Diffusion Foundation Model for Bimanual Manipulation', authors: ['Songming Liu'], published: '2024-10-10' },
  { arxiv: '2503.14734', title: 'GR00T N1: An Open Foundation Model for Generalist Humanoid Robots', authors: ['NVIDIA'], published: '2025-03-18' },
];

export const titleCorpusXml = (): string[] => TITLE_CORPUS.map((p) => atomEntryXml(p));
