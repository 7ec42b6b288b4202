import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reading-log');
const PLAIN = join(FIXTURES, 'sample-plain-export.txt');
const MARKDOWN = join(__dirname, '..', '..', '..', 'shared', 'samples', 'reading-log.md');

const paper = (arxiv: string, title: string): PaperMetadata =>
  samplePaper({ arxiv, title, abstract: `What ${title} is about.`, comment: undefined, categories: ['cs.RO'] });

/** The papers the export still links: served by id. */
const LINKED = [
  ['2406.10454', 'HumanPlus: Humanoid Shadowing and Imitation from Humans'],
  ['2409.05864', 'Neural MP: A Generalist Neural Motion Planner'],
  ['2310.17596', 'MimicGen: A Data Generation System for Scalable Robot Learning using Human Demonstrations'],
  ['2211.08416', 'Robot Learning on the Job: Human-in-the-Loop Autonomy and Learning During Deployment'],
  ['2306.14447', 'RoboCook: Long-Horizon Elasto-Plastic Object Manipulation with Diverse Tools'],
  ['2409.08276', 'AnySkin: Plug-and-play Skin Sensing for Robotic Touch'],
  ['2406.09246', 'OpenVLA: An Open-Source Vision-Language-Action Model'],
  ['2410.18647', 'Data Scaling Laws in Imitation Learning for Robotic Manipulation'],
  ['2409.01652', 'ReKep: Spatio-Temporal Reasoning of Relational Keypoint Constraints for Robotic Manipulation'],
  ['2410.24221', 'EgoMimic: Scaling Imitation Learning via Egocentric Video'],
  ['2410.01201', 'Were RNNs All We Needed?'],
  ['2210.02747', 'Flow Matching for Generative Modeling'],
].map(([id, title]) => paper(id, title));

/**
 * Papers whose links the export lost, as arXiv spells them (capitals where the citation is
 * sentence-cased, TeX for π0), and two papers whose titles only contain "Contrastive
 * Representation Learning": that entry is not sure.
 */
const BY_TITLE = [
  paper('2210.03370', 'GNM: A General Navigation Model to Drive Any Robot'),
  paper('2410.24164', '$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control'),
  paper('2410.04640', 'Unpacking Failure Modes of Generative Policies: Runtime Monitoring of Consistency and Progress'),
  paper('2212.05749', 'Cal-QL: Calibrated Offline RL Pre-Training for Efficient Online Fine-Tuning'),
  paper('2010.05113', 'Contrastive Representation Learning: A Framework and Review'),
  paper('2108.00001', 'Contrastive Representation Learning for Hand Shape Estimation'),
];

const UNLINKED = 14;

const notes = async (vault: string) => {
  const dir = join(vault, 'Papers');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md'));
  return Promise.all(files.map(async (f) => ({ file: f, text: await readFile(join(dir, f), 'utf8') })));
};

jest.setTimeout(60_000);

describe('paper-distill import-log: entries without a link are found by their title', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];
  const searches = () => stub.requests.filter((r) => r.searchQuery !== undefined);

  beforeEach(async () => {
    stub = await startArxivStub([...LINKED, ...BY_TITLE].map((p) => atomEntryXml(p)));
    vault = await makeTempVault('pd-logtitles-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('--dry-run searches (≤ 1 request per 5 titles) and says how each paper was found, writing nothing', async () => {
    const run = await cli('import-log', PLAIN, '--vault', vault, '--dry-run', ...api());
    expect(run.code).toBe(0);
    expect(searches().length).toBeGreaterThan(0);
    expect(searches().length).toBeLessThanOrEqual(Math.ceil(UNLINKED / 5));
    expect(run.out[0]).toBe('26 entries: 16 with an arXiv ID, 10 without. 26 new notes. arXiv metadata for 12 papers in one request.');
    const line = (title: string) => run.out.find((l) => /^\d+\. /.test(l) && l.includes(title));
    expect(line('GNM')).toMatch(/^\d+\. GNM: A General Navigation Model to Drive Any Robot — arXiv 2210\.03370 \(exact title match\) — new$/);
    expect(line('Cal-QL')).toMatch(/— arXiv 2212\.05749 \(exact title match\) — new$/);
    expect(line('Contrastive Representation Learning')).toMatch(/— no arXiv ID \(not sure: 2 close titles, (2010\.05113|2108\.00001), (2010\.05113|2108\.00001)\) — new$/);
    expect(line('A tutorial on energy-based learning')).toMatch(/— no arXiv ID \(not found on arXiv\) — new$/);
    expect(run.out.at(-1)).toBe('Dry run: nothing was written.');
    expect(await readdir(vault)).toEqual([]);
  });

  it("writes arXiv's id, title and metadata for the titles found, candidates for the unsure one; a re-run costs no request and creates nothing", async () => {
    const run = await cli('import-log', PLAIN, '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 26 notes created.');
    expect(run.code).toBe(0);
    expect(run.err).toEqual([
      expect.stringMatching(/^Contrastive Representation Learning: not sure which arXiv paper this is: .*2010\.05113 "Contrastive Representation Learning: A Framework and Review".*; written without an arXiv ID\.$/),
    ]);
    expect(searches().length).toBeLessThanOrEqual(Math.ceil(UNLINKED / 5));
    // The papers found by title came with their metadata: the id batch asks only for the linked ones.
    expect(stub.requests.filter((r) => r.ids.length > 0).flatMap((r) => r.ids).sort()).toEqual(LINKED.map((p) => p.arxiv).sort());

    const all = await notes(vault);
    expect(all).toHaveLength(26);
    const byId = (id: string) => readFrontmatter(all.find((n) => readFrontmatter(n.text)?.arxiv === id)?.text ?? '');
    // The note's title is arXiv's, not the citation's sentence case.
    const calql = byId('2212.05749');
    expect(calql?.title).toBe('Cal-QL: Calibrated Offline RL Pre-Training for Efficient Online Fine-Tuning');
    expect(typeof calql?.arxiv_version).toBe('number');
    expect(calql?.tags).toEqual(['paper', 'arxiv/cs-RO', 'topic/fundamental-research-of-ai']);
    expect(byId('2210.03370')?.title).toBe('GNM: A General Navigation Model to Drive Any Robot');
    expect(byId('2410.24164')).toMatchObject({ rating: 5 });
    const gnm = all.find((n) => readFrontmatter(n.text)?.arxiv === '2210.03370')?.text ?? '';
    expect(gnm).toContain('Shah, D., Sridhar, A., Bhorkar, A., Hirose, N., & Levine, S. (2023, May). Gnm: A general navigation model to drive any robot.');
    expect(gnm).toContain('What GNM: A General Navigation Model to Drive Any Robot is about.');
    const contrastive = all.find((n) => readFrontmatter(n.text)?.title === 'Contrastive Representation Learning');
    expect(readFrontmatter(contrastive?.text ?? '')?.arxiv).toBeUndefined();
    expect(all.map((n) => readFrontmatter(n.text)?.title)).toContain('The Plenoptic Function and the Elements of Early Vision');

    const before = stub.requests.length;
    const again = await cli('import-log', PLAIN, '--vault', vault, ...api());
    expect(again.out.at(-1)).toBe('Import: 0 notes created, 26 already imported.');
    expect(again.code).toBe(0);
    expect(stub.requests.length).toBe(before);
    expect(await notes(vault)).toEqual(all);
  });

  it('the plain export over the Markdown import of the same log: nothing created, nothing "changed since import", no search', async () => {
    const md = await cli('import-log', MARKDOWN, '--vault', vault, ...api());
    expect(md.out.at(-1)).toMatch(/^Import: 26 notes created/);
    const all = await notes(vault);
    const before = searches().length;
    const run = await cli('import-log', PLAIN, '--vault', vault, ...api());
    expect(run.out.at(-1)).toBe('Import: 0 notes created, 26 already imported.');
    expect(run.code).toBe(0);
    expect(searches().length).toBe(before);
    expect(await notes(vault)).toEqual(all);
  });

  it('offline: every note written from the log, the titles queued for the search like import-list\'s', async () => {
    stub.offline = true;
    const run = await cli('import-log', PLAIN, '--vault', vault, ...api());
    expect(run.out.at(-1)).toMatch(/^Import: 26 notes created, 12 without arXiv metadata yet \(metadata queued\), 14 not yet searched on arXiv \(title search queued\)\.$/);
    expect(await notes(vault)).toHaveLength(26);
    const file = await readFile(join(vault, '.paper-distill', 'pending-titles.json'), 'utf8');
    expect(file.match(/"path": ?"Papers\//g)).toHaveLength(UNLINKED);
    expect(file).toContain('"Papers/GNM A General Navigation Model to Drive Any Robot.md"');
  });
});
