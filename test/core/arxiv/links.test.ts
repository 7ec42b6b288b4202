import { readFileSync } from 'node:fs';
import { extractLinks } from '../../../src/core/arxiv/links';
import { sharedPath } from '../../support/shared-inputs';

describe('extractLinks on hand-written text', () => {
  it.each([
    ['Code: https://github.com/owner/repo.', { code: 'https://github.com/owner/repo' }],
    ['(code at https://github.com/owner/repo)', { code: 'https://github.com/owner/repo' }],
    ['See https://github.com/owner/repo, and more.', { code: 'https://github.com/owner/repo' }],
    ['Clone https://github.com/owner/repo.git now', { code: 'https://github.com/owner/repo' }],
    ['Code: https://github.com/owner/repo/tree/main.', { code: 'https://github.com/owner/repo' }],
    ['Code: https://github.com/owner/repo#readme', { code: 'https://github.com/owner/repo' }],
    ['Code: http://www.github.com/owner/repo', { code: 'https://github.com/owner/repo' }],
    ['Code: github.com/owner/repo.', { code: 'https://github.com/owner/repo' }],
    ['Code: \\url{https://github.com/owner/repo}', { code: 'https://github.com/owner/repo' }],
    [
      'Part of https://github.com/google-research/google-research/tree/master/my_project.',
      { code: 'https://github.com/google-research/google-research/tree/master/my_project' },
    ],
    ['Code: https://gitlab.com/group/sub/project/-/tree/main', { code: 'https://gitlab.com/group/sub/project' }],
    ['Weights: https://huggingface.co/org/model-7b', { code: 'https://huggingface.co/org/model-7b' }],
    ['Data: https://huggingface.co/datasets/org/set.', { code: 'https://huggingface.co/datasets/org/set' }],
    [
      'Weights at https://huggingface.co/org/model; code at https://github.com/org/code',
      { code: 'https://github.com/org/code' },
    ],
    ['First https://github.com/a/one then https://github.com/b/two', { code: 'https://github.com/a/one' }],
  ])('finds the code repository in %j', (text, expected) => {
    expect(extractLinks(text)).toEqual(expected);
  });

  it.each([
    ['Project page: https://lab.example.org/paper/', { projectPage: 'https://lab.example.org/paper/' }],
    ['Videos: https://someone.github.io/thing.', { projectPage: 'https://someone.github.io/thing' }],
    ['Our website (https://example.com/proj).', { projectPage: 'https://example.com/proj' }],
    ['Results at https://example.com/results', { projectPage: 'https://example.com/results' }],
    [
      'Built on https://example.com/tool. Project page: https://example.org/ours',
      { projectPage: 'https://example.org/ours' },
    ],
    [
      'Code: https://github.com/x/y. Project page: https://x.github.io/y/',
      { code: 'https://github.com/x/y', projectPage: 'https://x.github.io/y/' },
    ],
  ])('finds the project page in %j', (text, expected) => {
    expect(extractLinks(text)).toEqual(expected);
  });

  it.each([
    ['Extends https://arxiv.org/abs/2406.10454 and arXiv:2301.00001.'],
    ['Published as https://doi.org/10.1000/xyz123 (see also http://dx.doi.org/10.1000/abc).'],
    ['Slides at http://www.example.edu/~me/talk.pdf and data at https://example.edu/data.tar.gz'],
    ['Discussed on https://huggingface.co/papers/2406.10454'],
    ['Follow https://github.com/someone for updates'],
    ['No links here, only TeX: $\\mathcal{O}(n^2)$.'],
    [''],
  ])('finds nothing in %j', (text) => {
    expect(extractLinks(text)).toEqual({});
  });
});

// A real daily paper list lives beside the repository (../shared); it is read, never copied.
const DAILY_PAPERS = sharedPath('samples', 'daily-papers.txt');

describe('extractLinks on abstracts of a real daily paper list', () => {
  const paragraphs = readFileSync(DAILY_PAPERS, 'utf8').split(/\n\s*\n/);
  /** The abstract quoting `url` as written, so each case runs on the real surrounding text. */
  const abstractWith = (url: string): string => {
    const found = paragraphs.find((p) => p.includes(url));
    if (found === undefined) throw new Error(`No abstract in daily-papers.txt contains ${url}`);
    return found;
  };

  it.each([
    ['https://github.com/ChicyChen/LOCO-Edit.', { code: 'https://github.com/ChicyChen/LOCO-Edit' }],
    ['https://github.com/brytsknguyen/gptr.', { code: 'https://github.com/brytsknguyen/gptr' }],
    ['https://github.com/hao-ai-lab/JacobiForcing.', { code: 'https://github.com/hao-ai-lab/JacobiForcing' }],
    ['https://github.com/ypwang61/One-Shot-RLVR', { code: 'https://github.com/ypwang61/One-Shot-RLVR' }],
    ['https://github.com/flowersteam/teachDeepRL.', { code: 'https://github.com/flowersteam/teachDeepRL' }],
    ['https://github.com/wangqinsi1/GAINRL/tree/main.', { code: 'https://github.com/wangqinsi1/GAINRL' }],
    ['https://hsp-iit.github.io/PCHands/', { projectPage: 'https://hsp-iit.github.io/PCHands/' }],
    ['https://hsp-iit.github.io/HannesImitation', { projectPage: 'https://hsp-iit.github.io/HannesImitation' }],
    ['https://zdchan.github.io/Robust_DexGrasp/', { projectPage: 'https://zdchan.github.io/Robust_DexGrasp/' }],
    ['https://human2sim2robot.github.io', { projectPage: 'https://human2sim2robot.github.io' }],
    ['https://dynamo-ssl.github.io', { projectPage: 'https://dynamo-ssl.github.io' }],
    ['https://meowuu7.github.io/DexTrack/.', { projectPage: 'https://meowuu7.github.io/DexTrack/' }],
    ['https://sites.google.com/view/cablerouting.', { projectPage: 'https://sites.google.com/view/cablerouting' }],
    ['https://sites.google.com/view/history-ib', { projectPage: 'https://sites.google.com/view/history-ib' }],
  ])('the abstract citing %s gives %j', (url, expected) => {
    expect(extractLinks(abstractWith(url))).toEqual(expected);
  });
});
