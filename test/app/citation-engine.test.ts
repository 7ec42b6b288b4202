import type { PaperMetadata } from '../../src/core/arxiv/types';
import { createCitationEngine, type CitationStyle } from '../../src/app/citation-engine';

type CitationJsCore = typeof import('@citation-js/core');

const paper = (overrides: Partial<PaperMetadata> = {}): PaperMetadata => ({
  arxiv: '2406.10454',
  version: 1,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  abstract: 'We build a humanoid that shadows and imitates humans.',
  published: '2024-06-15',
  updated: '2024-06-15',
  categories: ['cs.RO'],
  ...overrides,
});

const engine = createCitationEngine();
const scholar = (meta: PaperMetadata) => engine.format(meta, 'scholar');

/**
 * Citation lines from the reading log (../shared/samples/reading-log.md), minus Scholar's italics
 * and its re-casing of titles (the note keeps arXiv's title as written), with the metadata arXiv
 * gives for the same paper.
 */
describe('Scholar line, reading-log entries', () => {
  it.each<[string, Partial<PaperMetadata>, string]>([
    [
      'HumanPlus, the PRODUCT.md contract (5 authors)',
      {},
      'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.',
    ],
    [
      'Neural MP (6 authors)',
      {
        arxiv: '2409.05864',
        title: 'Neural MP: A Generalist Neural Motion Planner',
        authors: ['Murtaza Dalal', 'Jiahui Yang', 'Russell Mendonca', 'Youssef Khaky', 'Ruslan Salakhutdinov', 'Deepak Pathak'],
        published: '2024-09-09',
      },
      'Dalal, M., Yang, J., Mendonca, R., Khaky, Y., Salakhutdinov, R., & Pathak, D. (2024). Neural MP: A Generalist Neural Motion Planner. arXiv preprint arXiv:2409.05864.',
    ],
    [
      'CyberDemo (7 authors, all listed)',
      {
        arxiv: '2402.14795',
        title: 'CyberDemo: Augmenting Simulated Human Demonstration for Real-World Dexterous Manipulation',
        authors: ['Jun Wang', 'Yuzhe Qin', 'Kaiyuan Kuang', 'Yigit Korkmaz', 'Akhilan Gurumoorthy', 'Hao Su', 'Xiaolong Wang'],
        published: '2024-02-22',
      },
      'Wang, J., Qin, Y., Kuang, K., Korkmaz, Y., Gurumoorthy, A., Su, H., & Wang, X. (2024). CyberDemo: Augmenting Simulated Human Demonstration for Real-World Dexterous Manipulation. arXiv preprint arXiv:2402.14795.',
    ],
    [
      'MimicGen (8 authors: first 6, ... & last)',
      {
        arxiv: '2310.17596',
        title: 'MimicGen: A Data Generation System for Scalable Robot Learning using Human Demonstrations',
        authors: ['Ajay Mandlekar', 'Soroush Nasiriany', 'Bowen Wen', 'Iretiayo Akinola', 'Yashraj Narang', 'Linxi Fan', 'Yuke Zhu', 'Dieter Fox'],
        published: '2023-10-26',
      },
      'Mandlekar, A., Nasiriany, S., Wen, B., Akinola, I., Narang, Y., Fan, L., ... & Fox, D. (2023). MimicGen: A Data Generation System for Scalable Robot Learning using Human Demonstrations. arXiv preprint arXiv:2310.17596.',
    ],
    [
      'OpenVLA (18 authors, a two-word given name)',
      {
        arxiv: '2406.09246',
        title: 'OpenVLA: An Open-Source Vision-Language-Action Model',
        authors: [
          'Moo Jin Kim', 'Karl Pertsch', 'Siddharth Karamcheti', 'Ted Xiao', 'Ashwin Balakrishna', 'Suraj Nair',
          'Rafael Rafailov', 'Ethan Foster', 'Grace Lam', 'Pannag Sanketi', 'Quan Vuong', 'Thomas Kollar',
          'Benjamin Burchfiel', 'Russ Tedrake', 'Dorsa Sadigh', 'Sergey Levine', 'Percy Liang', 'Chelsea Finn',
        ],
        published: '2024-06-13',
      },
      'Kim, M. J., Pertsch, K., Karamcheti, S., Xiao, T., Balakrishna, A., Nair, S., ... & Finn, C. (2024). OpenVLA: An Open-Source Vision-Language-Action Model. arXiv preprint arXiv:2406.09246.',
    ],
    [
      'EgoMimic (8 authors, the 6th and last kept)',
      {
        arxiv: '2410.24221',
        title: 'EgoMimic: Scaling Imitation Learning via Egocentric Video',
        authors: ['Simar Kareer', 'Dhruv Patel', 'Ryan Punamiya', 'Pranay Mathur', 'Shuo Cheng', 'Chen Wang', 'Judy Hoffman', 'Danfei Xu'],
        published: '2024-10-31',
      },
      'Kareer, S., Patel, D., Punamiya, R., Mathur, P., Cheng, S., Wang, C., ... & Xu, D. (2024). EgoMimic: Scaling Imitation Learning via Egocentric Video. arXiv preprint arXiv:2410.24221.',
    ],
    [
      'ReKep (a hyphenated family name)',
      {
        arxiv: '2409.01652',
        title: 'ReKep: Spatio-Temporal Reasoning of Relational Keypoint Constraints for Robotic Manipulation',
        authors: ['Wenlong Huang', 'Chen Wang', 'Yunzhu Li', 'Ruohan Zhang', 'Li Fei-Fei'],
        published: '2024-09-03',
      },
      'Huang, W., Wang, C., Li, Y., Zhang, R., & Fei-Fei, L. (2024). ReKep: Spatio-Temporal Reasoning of Relational Keypoint Constraints for Robotic Manipulation. arXiv preprint arXiv:2409.01652.',
    ],
    [
      // Scholar's own line reads "Were RNNs All We Needed?." — the product contract drops the extra period.
      'Were RNNs All We Needed? (a title ending in "?", a middle name)',
      {
        arxiv: '2410.01201',
        title: 'Were RNNs All We Needed?',
        authors: ['Leo Feng', 'Frederick Tung', 'Mohamed Osama Ahmed', 'Yoshua Bengio', 'Hossein Hajimirsadegh'],
        published: '2024-10-02',
      },
      'Feng, L., Tung, F., Ahmed, M. O., Bengio, Y., & Hajimirsadegh, H. (2024). Were RNNs All We Needed? arXiv preprint arXiv:2410.01201.',
    ],
    [
      // Scholar shortens Ricky T. Q. Chen to "Chen, R. T."; we keep an initial for every given name.
      'Flow Matching (initials for every given name)',
      {
        arxiv: '2210.02747',
        title: 'Flow Matching for Generative Modeling',
        authors: ['Yaron Lipman', 'Ricky T. Q. Chen', 'Heli Ben-Hamu', 'Maximilian Nickel', 'Matt Le'],
        published: '2022-10-06',
      },
      'Lipman, Y., Chen, R. T. Q., Ben-Hamu, H., Nickel, M., & Le, M. (2022). Flow Matching for Generative Modeling. arXiv preprint arXiv:2210.02747.',
    ],
  ])('%s', async (_label, overrides, expected) => {
    expect(await scholar(paper(overrides))).toBe(expected);
  });
});

describe('Scholar line, edge cases', () => {
  it.each<[string, Partial<PaperMetadata>, string]>([
    ['one author', { authors: ['Zipeng Fu'] }, 'Fu, Z. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.'],
    ['two authors keep the comma before "&"', { authors: ['Zipeng Fu', 'Chelsea Finn'] }, 'Fu, Z., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.'],
    [
      'old-style id, middle initial',
      { arxiv: 'hep-th/9711200', title: 'The Large N Limit of Superconformal Field Theories and Supergravity', authors: ['Juan M. Maldacena'], published: '1997-11-27' },
      'Maldacena, J. M. (1997). The Large N Limit of Superconformal Field Theories and Supergravity. arXiv preprint arXiv:hep-th/9711200.',
    ],
    ['hyphenated given name', { authors: ['Jean-Pierre Bourguignon'] }, 'Bourguignon, J. P. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.'],
    ['title ending in "!"', { title: 'Look Ma, No Hands!' }, 'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). Look Ma, No Hands! arXiv preprint arXiv:2406.10454.'],
    ['title ending in "."', { title: 'Less is More.' }, 'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). Less is More. arXiv preprint arXiv:2406.10454.'],
    [
      'particles and a suffix, as Scholar prints them',
      { authors: ['Laurens van der Maaten', 'Frederick P. Brooks Jr.'] },
      'Van der Maaten, L., & Brooks Jr, F. P. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.',
    ],
    [
      'apostrophes, quotes, markup-like text and TeX stay as written',
      { title: `Don't "Stop": <i>not</i> italics, $\\pi_0$ & 100% ?!`, authors: ["Conan O'Brien"] },
      `O'Brien, C. (2024). Don't "Stop": <i>not</i> italics, $\\pi_0$ & 100% ?! arXiv preprint arXiv:2406.10454.`,
    ],
    [
      'a title with its own "..." is not mistaken for the author ellipsis',
      { title: 'Wait, … What? Ellipses , … everywhere', authors: ['A Fu', 'B Fu', 'C Fu', 'D Fu', 'E Fu', 'F Fu', 'G Fu', 'H Fu'] },
      'Fu, A., Fu, B., Fu, C., Fu, D., Fu, E., Fu, F., ... & Fu, H. (2024). Wait, … What? Ellipses , … everywhere. arXiv preprint arXiv:2406.10454.',
    ],
    ['no usable date', { published: '' }, 'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (n.d.). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.'],
  ])('%s', async (_label, overrides, expected) => {
    expect(await scholar(paper(overrides))).toBe(expected);
  });

  it('reflects refreshed metadata for the same id (no stale cached item)', async () => {
    await scholar(paper());
    expect(await scholar(paper({ title: 'HumanPlus v2', authors: ['Zipeng Fu'] }))).toBe(
      'Fu, Z. (2024). HumanPlus v2. arXiv preprint arXiv:2406.10454.',
    );
  });
});

const SNAPSHOT_PAPERS: readonly [string, Partial<PaperMetadata>][] = [
  ['new-style id', {}],
  [
    'old-style id',
    { arxiv: 'hep-th/9711200', title: 'The Large N Limit of Superconformal Field Theories and Supergravity', authors: ['Juan M. Maldacena'], published: '1997-11-27', categories: ['hep-th'] },
  ],
  [
    'many authors',
    {
      arxiv: '2410.24164',
      title: '$π_0$: A Vision-Language-Action Flow Model for General Robot Control',
      authors: ['Kevin Black', 'Noah Brown', 'Danny Driess', 'Adnan Esmail', 'Michael Equi', 'Chelsea Finn', 'Niccolo Fusai', 'Lachy Groom', 'Karol Hausman', 'Brian Ichter'],
      published: '2024-10-31',
      categories: ['cs.LG', 'cs.RO'],
    },
  ],
  ['single author with a journal DOI', { authors: ['Zipeng Fu'], doi: '10.1000/example.2024.1' }],
  ['single author, old-style id', { arxiv: 'math/0309136', title: 'Heegaard splittings', authors: ['Ann Author'], published: '2003-09-08', categories: ['math.GT'] }],
  [
    'hostile title and authors',
    { title: 'Quotes "double" & \'single\': <b>not bold</b> $\\pi_0$ 🤖 שלום', authors: ["Jean-Luc O'Neil", 'محمد علي', '- Dash'] },
  ],
];
const STYLES: readonly CitationStyle[] = ['scholar', 'apa', 'vancouver', 'harvard', 'bibtex'];

describe.each(STYLES)('%s style', (style) => {
  it.each(SNAPSHOT_PAPERS)('%s', async (_label, overrides) => {
    const text = await engine.format(paper(overrides), style);
    expect(text).toBe(text.trim());
    expect(text.replace('<b>not bold</b>', '')).not.toMatch(/<\/?(?:div|span|i|b)\b/);
    expect(text).toMatchSnapshot();
  });
});

describe('APA, Vancouver and Harvard', () => {
  it.each<CitationStyle>(['apa', 'vancouver', 'harvard'])('%s prints a title that looks like markup as written', async (style) => {
    expect(await engine.format(paper({ title: 'Why <i>Not</i> <b>Bold</b>' }), style)).toContain('Why <i>Not</i> <b>Bold</b>');
  });

  it('APA cites an old-style preprint by its lowercase id, as arXiv writes it', async () => {
    const text = await engine.format(paper({ arxiv: 'cond-mat/0102536', authors: ['Zipeng Fu'] }), 'apa');
    expect(text).toContain('(arXiv:cond-mat/0102536). arXiv. https://doi.org/10.48550/arXiv.cond-mat/0102536');
  });

  it('Vancouver drops the list number a lone reference would get', async () => {
    expect(await engine.format(paper(), 'vancouver')).toMatch(/^Fu Z, Zhao Q/);
  });
});

/**
 * citation-js is loaded with a counting factory in a fresh module registry, so these tests see
 * exactly when (and how often) the engine pulls it in.
 */
describe('lazy loading', () => {
  interface Loads {
    core: number;
    csl: number;
    scholarStyleAdds: number;
    failCoreLoads: number;
  }

  async function withCountedCitationJs(run: (create: typeof createCitationEngine, loads: Loads) => Promise<void>): Promise<void> {
    const loads: Loads = { core: 0, csl: 0, scholarStyleAdds: 0, failCoreLoads: 0 };
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@citation-js/core', () => {
        if (loads.failCoreLoads > 0) {
          loads.failCoreLoads -= 1;
          throw new Error('simulated load failure');
        }
        loads.core += 1;
        return jest.requireActual<CitationJsCore>('@citation-js/core');
      });
      jest.doMock('@citation-js/plugin-csl', () => {
        loads.csl += 1;
        const plugin = jest.requireActual<object>('@citation-js/plugin-csl');
        const styles = jest.requireActual<CitationJsCore>('@citation-js/core').plugins.config.get('@csl')?.styles;
        if (styles === undefined) throw new Error('@citation-js/plugin-csl registered no styles');
        const add = styles.add.bind(styles);
        styles.add = (name: string, xml: string) => {
          if (name === 'paper-distill-scholar') loads.scholarStyleAdds += 1;
          return add(name, xml);
        };
        return plugin;
      });
      const module = await import('../../src/app/citation-engine');
      await run(module.createCitationEngine, loads);
    });
  }

  it('does not load citation-js when the engine module is imported or created', async () => {
    await withCountedCitationJs(async (create, loads) => {
      create();
      expect(loads).toMatchObject({ core: 0, csl: 0 });
    });
  });

  it('loads citation-js on the first citation and not again on later ones', async () => {
    await withCountedCitationJs(async (create, loads) => {
      const lazyEngine = create();
      expect(await lazyEngine.format(paper(), 'scholar')).toMatch(/^Fu, Z\., Zhao, Q\./);
      await lazyEngine.format(paper(), 'apa');
      await create().format(paper(), 'harvard');
      expect(loads).toMatchObject({ core: 1, csl: 1, scholarStyleAdds: 1 });
    });
  });

  it('loads once when several first citations are asked for at the same time', async () => {
    await withCountedCitationJs(async (create, loads) => {
      const lazyEngine = create();
      const lines = await Promise.all([
        lazyEngine.format(paper(), 'scholar'),
        lazyEngine.format(paper({ arxiv: '2409.05864' }), 'scholar'),
        create().format(paper(), 'vancouver'),
      ]);
      expect(lines[1]).toContain('arXiv:2409.05864.');
      expect(loads).toMatchObject({ core: 1, csl: 1, scholarStyleAdds: 1 });
    });
  });

  it('never loads citation-js for BibTeX', async () => {
    await withCountedCitationJs(async (create, loads) => {
      expect(await create().format(paper(), 'bibtex')).toMatch(/^@misc\{fu2024humanplus,/);
      expect(loads.core).toBe(0);
    });
  });

  it('tries loading again after a failed load instead of failing for the rest of the session', async () => {
    await withCountedCitationJs(async (create, loads) => {
      loads.failCoreLoads = 1;
      const lazyEngine = create();
      await expect(lazyEngine.format(paper(), 'scholar')).rejects.toThrow('simulated load failure');
      expect(await lazyEngine.format(paper(), 'scholar')).toMatch(/arXiv:2406\.10454\.$/);
    });
  });
});
