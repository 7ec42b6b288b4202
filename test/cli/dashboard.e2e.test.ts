import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_VAULT } from '../builders/dashboard-fixture';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

describe('paper-distill list / export / dashboard on a vault folder', () => {
  let vault: string;

  beforeAll(async () => {
    vault = await makeTempVault('pd-dashboard-', FIXTURE_VAULT);
  });
  afterAll(() => removeTempVault(vault));

  it('lists the papers matching a filter, one line each, with a count', async () => {
    const run = await cli('list', '--vault', vault, '--filter', 'tags: robotics -survey; sort: title');
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      expect.stringMatching(/^★★★☆☆ {2}read {5}2023 {2}Diffusion Policy — Chi \(0 citations\) {2}\[0\/3, read but not distilled\] {2}Papers\/Diffusion\.md$/),
      expect.stringMatching(/HumanPlus: Humanoid Shadowing — Fu et al\. \(Conference on Robot Learning \(CoRL\), 120 citations\) {2}\[3\/3, v3 available\]/),
      expect.stringMatching(/Learning Fine-Grained Bimanual Manipulation — Zhao & Finn \(Robotics: Science and Systems, 480 citations\)/),
      '3 of 8 papers.',
    ]);
  });

  it('lists as JSON', async () => {
    const run = await cli('list', '--vault', vault, '--filter', 'rating: >=5', '--json');
    const papers = JSON.parse(run.out.join('\n')) as { arxiv: string | null; rating: number; distilled: { complete: boolean } }[];
    expect(papers.map((p) => p.arxiv).sort()).toEqual(['1706.03762', '2406.10454']);
    expect(papers.every((p) => p.rating === 5 && p.distilled.complete)).toBe(true);
  });

  it.each<[string, string[]]>([
    ['citations: >=100; sort: citations', ['1706.03762', '2003.08934', '2304.13705', '2406.10454']],
    ['venue: CoRL ICRA', ['2406.10454']],
    ['venue: neural robotics; citations: <1000', ['2304.13705']],
  ])('lists %j, citations and venue in the JSON', async (filter, ids) => {
    const run = await cli('list', '--vault', vault, '--filter', filter, '--json');
    expect(run.code).toBe(0);
    const papers = JSON.parse(run.out.join('\n')) as { arxiv: string; citations: number | null; venue: string | null; venue_type: string | null }[];
    expect(papers.map((p) => p.arxiv)).toEqual(ids);
    expect([typeof papers[0].citations, typeof papers[0].venue, papers[0].venue_type]).toEqual(['number', 'string', 'conference']);
  });

  it.each<[string, string]>([
    ['citations: >=abc', 'Line 1, "citations: >=abc": ">=abc" is not a citation count'],
    ['tags: robotics; venue:', 'Line 1, "venue:": "venue" needs a value.'],
  ])('refuses %j with exit 2 and the clause named', async (filter, message) => {
    const run = await cli('list', '--vault', vault, '--filter', filter);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.join('\n')).toContain(message);
  });

  it('refuses a bad filter with the clause and line named', async () => {
    const run = await cli('list', '--vault', vault, '--filter', 'tags: robotics\nrating: lots');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('Line 2, "rating: lots": "lots" is not a rating');
  });

  it('exports BibTeX with arXiv fields and the venue, and a plain entry for a paper without an id', async () => {
    const run = await cli('export', '--format', 'bibtex', '--vault', vault, '--filter', 'tags: theory nlp');
    expect(run.out.join('\n')).toBe('');
    const both = await cli('export', '--format', 'bibtex', '--vault', vault, '--filter', 'rating: >=2; sort: year asc; limit: 2');
    expect(both.code).toBe(0);
    expect(both.out.join('\n')).toBe(
      [
        '@misc{scholkopf2002learning,',
        '  title={Learning with Kernels},',
        '  author={Bernhard Schölkopf and Alexander Smola},',
        '  howpublished={The MIT Press},',
        '  year={2002}',
        '}',
        '',
        '@inproceedings{vaswani2017attention,',
        '  title={Attention Is All You Need},',
        '  author={Ashish Vaswani and Noam Shazeer and Niki Parmar},',
        '  booktitle={Neural Information Processing Systems},',
        '  year={2017},',
        '  eprint={1706.03762},',
        '  archivePrefix={arXiv},',
        '  primaryClass={cs.CL},',
        '  url={https://arxiv.org/abs/1706.03762}',
        '}',
      ].join('\n'),
    );
  });

  it('exports CSL-JSON to a file', async () => {
    const out = join(vault, 'papers.json');
    const run = await cli('export', '--format', 'csl-json', '--vault', vault, '--filter', 'tags: robotics/humanoid', '--out', out);
    expect(run.out).toEqual([`Exported 1 papers to ${out}.`]);
    const items = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>[];
    // HumanPlus was published at CoRL (venue_type: conference): a conference paper in that container.
    expect(items).toEqual([
      expect.objectContaining({ id: '2406.10454', type: 'paper-conference', title: 'HumanPlus: Humanoid Shadowing', 'container-title': 'Conference on Robot Learning (CoRL)' }),
    ]);
    expect(items[0]).not.toHaveProperty('number');
  });

  it.each<[string, Record<string, unknown>]>([
    ['search: nerf', { id: '2003.08934', type: 'article-journal', 'container-title': 'Communications of the ACM', URL: 'https://arxiv.org/abs/2003.08934' }],
    ['search: diffusion policy', { id: '2303.04137', type: 'article', publisher: 'arXiv', number: 'arXiv:2303.04137' }],
  ])('exports CSL-JSON for %j with the venue as container, or as the arXiv preprint', async (filter, expected) => {
    const run = await cli('export', '--format', 'csl-json', '--vault', vault, '--filter', filter);
    const items = JSON.parse(run.out.join('\n')) as Record<string, unknown>[];
    expect(items).toEqual([expect.objectContaining(expected)]);
    if (expected.type !== 'article') expect(items[0]).not.toHaveProperty('publisher');
  });

  it('exports an annotated bibliography with the citation, venue and count, General Idea and Limitations', async () => {
    const run = await cli('export', '--format', 'annotated', '--vault', vault, '--filter', 'search: attention');
    expect(run.out.join('\n')).toBe(
      [
        '# Annotated bibliography',
        '',
        '## Attention Is All You Need',
        '',
        '> Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention Is All You Need. arXiv preprint arXiv:1706.03762.',
        '',
        'Venue: Neural Information Processing Systems · 120,000 citations',
        '',
        '**General Idea**',
        '',
        '- Point.',
        '',
        '**Limitations**',
        '',
        '- Point.',
      ].join('\n'),
    );
  });

  it('refuses an unknown export format', async () => {
    const run = await cli('export', '--format', 'ris', '--vault', vault);
    expect([run.code, run.err[0]]).toEqual([2, 'Choose the export format with --format bibtex|csl-json|annotated (not "ris").']);
  });

  it('writes a .base file with the standard views and one per frequent tag', async () => {
    const run = await cli('dashboard', '--vault', vault);
    expect(run.out).toEqual(['Wrote Papers/Paper dashboard.base (8 papers). Open it in Obsidian to see the Bases views.']);
    const base = parse(await readFile(join(vault, 'Papers', 'Paper dashboard.base'), 'utf8')) as {
      filters: unknown;
      views: { type: string; name: string; filters?: unknown; order: string[]; sort: unknown[] }[];
    };
    expect(base.filters).toEqual({ or: ['file.hasTag("paper")', 'file.hasProperty("arxiv")'] });
    expect(base.views.map((v) => v.name)).toEqual(['To read', 'Top rated', 'Not yet distilled', 'Most cited', '#robotics', 'All papers']);
    expect(base.views[0]).toMatchObject({ type: 'table', filters: { and: ['status == "to-read"'] }, sort: [{ property: 'added', direction: 'DESC' }] });
    expect(base.views[4].filters).toEqual({ and: ['file.hasTag("robotics")'] });
    expect((await cli('dashboard', '--vault', vault)).code).toBe(0); // rewriting it is fine
  });

  it('writes the --filter as a view "Filtered papers", naming what Bases cannot take over', async () => {
    const run = await cli('dashboard', '--vault', vault, '--filter', 'citations: 100-1000; venue: robot; year: >=2020; search: x; sort: citations asc');
    expect(run.code).toBe(0);
    const path = /^Wrote (.+\.base) \(8 papers\)/.exec(run.out[0])?.[1];
    expect(run.out[1]).toBe('The "Filtered papers" view leaves out the clauses year, search (Bases sees the notes\' properties, not their sections, text or parsed dates).');
    const base = parse(await readFile(join(vault, path!), 'utf8')) as { views: { name: string; filters?: unknown; sort: unknown[] }[] };
    expect(base.views.find((v) => v.name === 'Filtered papers')).toMatchObject({
      filters: { and: ['file.hasProperty("citations") && (citations >= 100 && citations <= 1000)', 'venue.toString().lower().contains("robot")'] },
      sort: [{ property: 'citations', direction: 'ASC' }],
    });
  });

  it('refuses a bad --filter for the .base file with exit 2, writing nothing', async () => {
    const run = await cli('dashboard', '--vault', vault, '--filter', 'citations: >=abc');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('"citations: >=abc": ">=abc" is not a citation count');
  });
});
