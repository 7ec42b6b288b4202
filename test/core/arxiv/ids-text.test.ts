import * as fs from 'fs';
import * as path from 'path';
import { findArxivRefs, formatArxivRef } from '../../../src/core/arxiv/ids';
import { sharedPath } from '../../support/shared-inputs';

const SAMPLES = sharedPath('samples');

/** Ids found, written as the CLI `ids` command prints them. */
const idsIn = (text: string): string[] => findArxivRefs(text).map(formatArxivRef);

describe('findArxivRefs finds ids in prose', () => {
  it.each([
    ['arXiv preprint arXiv:2406.10454', ['2406.10454']],
    ['> Fu, Z. (2024). HumanPlus. _arXiv preprint arXiv:2406.10454_.', ['2406.10454']],
    ['see https://arxiv.org/pdf/2410.04640 for details', ['2410.04640']],
    ['[title](https://arxiv.org/abs/2408.11812v2)', ['2408.11812v2']],
    ['### [Scaling Proprioceptive-Visual Learning](https://arxiv.org/pdf/2409.20537)', ['2409.20537']],
    ['see 2406.10454.', ['2406.10454']],
    ['(2406.10454)', ['2406.10454']],
    ['[[2406.10454]] and **2409.05864**', ['2406.10454', '2409.05864']],
    ['ids 2406.10454,2409.05864', ['2406.10454', '2409.05864']],
    ['2406.10454.pdf was saved', ['2406.10454']],
    ['See arXiv 2406.10454 and ARXIV:2409.05864', ['2406.10454', '2409.05864']],
    ['arXiv:hep-th/9901001v2 and math.GT/0309136', ['hep-th/9901001v2', 'math/0309136']],
    ['arxiv: 0704.0001', ['0704.0001']],
    ['doi:10.48550/arXiv.2406.10454.', ['2406.10454']],
    ['https://doi.org/10.48550/arXiv.2310.17596', ['2310.17596']],
    ['<https://huggingface.co/papers/2406.10454#community>', ['2406.10454']],
    ['alphaxiv.org/pdf/2406.10454v5?page=33', ['2406.10454v5']],
    ['https://arxiv.org/html/2406.10454v1/#S3.T2, then https://ar5iv.org/abs/2211.08416', ['2406.10454v1', '2211.08416']],
    ['https://arxiv.org/abs/2406.10454V2).', ['2406.10454v2']],
    ['см. 2406.10454 и 見2409.05864を参照', ['2406.10454', '2409.05864']],
    ['1203.4567 USD', ['1203.4567']],
  ])('%j', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });

  it('keeps the order of appearance and lists each id+version once', () => {
    const text = '2409.05864, then 2406.10454, 2409.05864 again, 2406.10454v2 and https://arxiv.org/abs/2406.10454';
    expect(idsIn(text)).toEqual(['2409.05864', '2406.10454', '2406.10454v2']);
  });

  it('returns refs, with the version as a number', () => {
    expect(findArxivRefs('arXiv:2406.10454v3 and hep-th/9901001')).toEqual([
      { id: '2406.10454', version: 3 },
      { id: 'hep-th/9901001' },
    ]);
  });
});

describe('findArxivRefs leaves numbers that only look like ids', () => {
  it.each([
    ['', 'empty text'],
    ['In 2023 IEEE ICRA, 10.1109/ICRA48891.2023.10160295, pp. 7226-7233.', 'a DOI of another publisher'],
    ['https://doi.org/10.1109/ICRA48891.2023.10160295', 'a doi.org link of another publisher'],
    ['https://github.com/foo/bar/blob/2406.10454/README.md', 'a number inside a GitHub URL'],
    ['https://example.com/papers/2406.10454', 'an id-shaped path on another site'],
    ['https://en.wikipedia.org/wiki/Foo_(1203.4567)', 'a number inside parentheses of another URL'],
    ['version 1.2345 and 1.2.1203.4567', 'version strings'],
    ['server at 192.168.1.1 or 10.0.0.1', 'IP addresses'],
    ['it costs $1203.4567 or €1203.4567', 'prices with a currency sign'],
    ['1234.5678 USD', 'a price whose month would be 34'],
    ['-1203.4567 and +1203.4567', 'signed numbers'],
    ['Qwen2.5-Math-1.5B reached 73.6% on 1,203.4567', 'model names and percentages'],
    ['2406.104541', 'six digits after the dot'],
    ['x2406.10454 and 2406.10454abc', 'ids glued to letters'],
    ['1203.4567% growth', 'a percentage'],
    ['2406.10454/7', 'a path segment'],
    ['arXiv:2413.00001 and 1412.12345', 'invalid months and era-wrong digit counts'],
    ['ICRA48891.2023.10160295', 'a run of numbers joined by dots'],
    ['foo/9901001 and hep-thx/9901001', 'old-style shapes with unknown archives'],
    ['see src/hep-th/9901001 here', 'an old-style shape inside a path'],
  ])('%j (%s)', (text) => {
    expect(idsIn(text)).toEqual([]);
  });
});

describe('findArxivRefs over the sample reading log and daily paper list', () => {

  it('finds every cited or linked paper of the reading log, in order', () => {
    const log = fs.readFileSync(path.join(SAMPLES, 'reading-log.md'), 'utf8');
    expect(idsIn(log)).toEqual([
      '2406.10454',
      '2409.05864',
      '2310.17596',
      '2211.08416',
      '2306.14447',
      '2409.08276',
      '2406.09246',
      '2410.18647',
      '2409.01652',
      '2410.24221',
      '2410.04640',
      '2408.11812',
      '2409.20537',
      '2410.24164',
      '2410.01201',
      '2210.02747',
    ]);
  });

  it('finds nothing in a daily paper list full of numbers, versions and project links but no ids', () => {
    const list = fs.readFileSync(path.join(SAMPLES, 'daily-papers.txt'), 'utf8');
    expect(list).toMatch(/Qwen2\.5-Math-1\.5B/);
    expect(idsIn(list)).toEqual([]);
  });

  it('finds the ids of the daily paper list once its entries carry arXiv links', () => {
    const list = fs.readFileSync(path.join(SAMPLES, 'daily-papers.txt'), 'utf8');
    const withLinks = `https://huggingface.co/papers/2406.10454\n${list}\nhttps://arxiv.org/abs/2409.05864v1\n`;
    expect(idsIn(withLinks)).toEqual(['2406.10454', '2409.05864v1']);
  });
});
