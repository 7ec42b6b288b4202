import { cli, cliWithStdin } from '../support/run-cli';

describe('paper-distill ids', () => {
  it('prints canonical ids in order of appearance, once each, keeping asked versions', async () => {
    const text = 'Read arXiv:2406.10454v2 (https://arxiv.org/pdf/2406.10454v2), then math.GT/0309136 and 2406.10454.';
    const run = await cli('ids', text);
    expect(run.out).toEqual(['2406.10454v2', 'math/0309136', '2406.10454']);
    expect(run.code).toBe(0);
  });

  it.each([[['ids']], [['ids', '-']]])('reads stdin for %j', async (argv) => {
    const run = await cliWithStdin('https://huggingface.co/papers/2410.24164\nhttps://doi.org/10.48550/arXiv.2409.05864', ...argv);
    expect(run.out).toEqual(['2410.24164', '2409.05864']);
  });

  it('exits 1 when the text holds no arXiv id', async () => {
    const run = await cli('ids', 'nothing here, not even 10.1109/ICRA48891.2023.10160295');
    expect(run).toEqual({ code: 1, out: [], err: [] });
  });
});

describe('paper-distill --help', () => {
  it('lists every command with its usage', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.out.join('\n')).toContain('paper-distill add <id|url>... --vault DIR');
    expect(run.out.join('\n')).toContain('paper-distill ids [TEXT|-]');
  });

  it('exits 2 with usage when no command is given', async () => {
    expect((await cli()).code).toBe(2);
  });
});
