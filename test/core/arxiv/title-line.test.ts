import { titleFromLine } from '../../../src/core/arxiv/title-line';

describe('titleFromLine: which pasted lines are searched on arXiv as titles', () => {
  it.each([
    ['8-bit Optimizers via Block-wise Quantization', '8-bit Optimizers via Block-wise Quantization'],
    ['Attention is all you need.', 'Attention is all you need.'],
    ['π0: A Vision-Language-Action Flow Model for General Robot Control', 'π0: A Vision-Language-Action Flow Model for General Robot Control'],
    ['- Diffusion Policy', 'Diffusion Policy'],
    ['* Diffusion Policy', 'Diffusion Policy'],
    ['• Diffusion Policy', 'Diffusion Policy'],
    ['3. Diffusion Policy', 'Diffusion Policy'],
    ['> “Pens and Paper”', 'Pens and Paper'],
    ['"Diffusion Policy"', 'Diffusion Policy'],
    ['  «Diffusion Policy»  ', 'Diffusion Policy'],
    ['Node.js/TypeScript Program Repair with LLMs', 'Node.js/TypeScript Program Repair with LLMs'],
    ['llama.cpp: fast inference on laptops', 'llama.cpp: fast inference on laptops'],
    ['Быстрые трансформеры', 'Быстрые трансформеры'],
  ])('%j is searched as %j', (line, title) => {
    expect(titleFromLine(line)).toBe(title);
  });

  it.each([
    ['https://github.com/foo/bar'],
    ['see https://example.org/paper for details'],
    ['ftp://files.example.org/paper.pdf'],
    ['github.com/foo/bar'],
    ['code at github.com/foo/bar'],
    ['www.example.org the paper'],
    ['mailto:someone@example.org please'],
    ['localhost.dev:8080 test page'],
    ['abc'],
    ['Mamba'],
    ['- Mamba'],
    ['"abc"'],
    ['2406.99999 123'],
    ['- 42'],
    ['1706 03762'],
    ['…'],
  ])('%j stays "not recognised"', (line) => {
    expect(titleFromLine(line)).toBeNull();
  });
});
