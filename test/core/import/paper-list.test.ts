import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChannelDigest } from '../../../src/core/import/channel-digest';
import { parseHfDailyJson } from '../../../src/core/import/hf-daily-json';
import { parseHfDailyText } from '../../../src/core/import/hf-daily-text';
import { parseOneLineEntry } from '../../../src/core/import/one-line-entry';
import { parsePaperList } from '../../../src/core/import/paper-list';

const sample = (name: string) => readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'samples', name), 'utf8');

/** Titles of a copied daily list found without the parser: a line, a blank line, a paragraph of 300+ characters (abstracts are far longer than titles). */
function dailyTitlesByHand(text: string): string[] {
  const lines = text.split('\n');
  const titles: string[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    if (lines[i].trim() !== '' && lines[i + 1].trim() === '' && lines[i + 2].trim().length >= 300 && lines[i].trim().length < 300) titles.push(lines[i].trim());
  }
  return titles;
}

describe('a Hugging Face daily list copied as text', () => {
  const text = sample('daily-papers.txt');
  const papers = parseHfDailyText(text);

  it('finds every paper on the list, in order, and nothing from the page header', () => {
    expect(papers.map((p) => p.heading.title)).toEqual(dailyTitlesByHand(text));
    expect(papers.length).toBe(36);
    expect(papers.map((p) => p.heading.title)).not.toContain('Daily Papers');
  });

  it('keeps each abstract whole and the upvotes shown after the date', () => {
    const carp = papers.find((p) => p.heading.title.startsWith('CARP:'));
    expect(carp?.abstract).toMatch(/^In robotic visuomotor policy learning.*action generation in robotic tasks\.$/);
    expect(carp?.upvotes).toBe(2);
    expect(papers.find((p) => p.heading.title.startsWith('Reinforcement Learning for Reasoning'))?.upvotes).toBe(15);
    expect(papers.find((p) => p.heading.title === 'Data Cleansing for GANs')?.upvotes).toBeNull();
  });

  it('keeps papers that have no byline at all (title and abstract only)', () => {
    expect(papers.map((p) => p.heading.title)).toEqual(expect.arrayContaining(['PCHands: PCA-based Hand Pose Synergy Representation on Manipulators with N-DoF', 'Bridging Supervised Learning and Reinforcement Learning in Math Reasoning']));
  });
});

describe('a channel digest', () => {
  const papers = parseChannelDigest(sample('channel-digest.txt'));

  it('makes one paper per post although the copy repeats each post, the title joined across its two lines', () => {
    expect(papers.map((p) => p.heading.title)).toEqual([
      'π0: A Vision-Language-Action Flow Model for General Robot Control',
      'Kinetix: Investigating the Training of General Agents through Open-Ended Physics-Based Control Tasks',
    ]);
  });

  it('keeps the commentary once, without the 👀 line or the reactions', () => {
    const [pi0, kinetix] = papers;
    expect(pi0.commentary[0]).toBe('robot foundational models go brrrr');
    expect(pi0.commentary).toHaveLength(8);
    expect(kinetix.commentary).toHaveLength(6);
    const all = papers.flatMap((p) => p.commentary).join('\n');
    expect(all).not.toMatch(/👀|👍/);
    expect(new Set(kinetix.commentary).size).toBe(kinetix.commentary.length);
  });

  it.each([
    ['👍5 2'],
    ['🔥3❤1'],
    ['❤️ 12 👍 3'],
  ])('treats %s as noise', (reaction) => {
    const text = `Some Paper Title: With a Subtitle\nwhat the channel thinks\n👀LINK\n${reaction}\n`;
    expect(parseChannelDigest(text)).toEqual([expect.objectContaining({ commentary: ['what the channel thinks'] })]);
  });

  it('takes the id from a 👀 line that kept its link', () => {
    const [p] = parseChannelDigest('A Paper\ncomment\n👀 https://arxiv.org/abs/2410.24164v2\n');
    expect(p.arxivId).toBe('2410.24164');
  });
});

describe('one-line entries', () => {
  it.each([
    [
      '- 🌟(BP of CoRL 2024)Title of a Paper [arxiv][website][dataset✅]. What it does.',
      { title: 'Title of a Paper', recommended: true, remarks: ['BP of CoRL 2024'], resources: ['arxiv', 'website', 'dataset✅'], summary: 'What it does.' },
    ],
    ['- 8-bit Optimizers via Block-wise Quantization. Smaller optimizer state.', { title: '8-bit Optimizers via Block-wise Quantization', recommended: false, remarks: [], resources: [], summary: 'Smaller optimizer state.' }],
    ['* Were RNNs All We Needed? [arxiv]', { title: 'Were RNNs All We Needed?', recommended: false, remarks: [], resources: ['arxiv'], summary: null }],
    ['- A Title (Oral, ICLR 2025) [arxiv][code] — one line', { title: 'A Title', recommended: false, remarks: ['Oral, ICLR 2025'], resources: ['arxiv', 'code'], summary: 'one line' }],
  ])('%s', (line, want) => {
    const e = parseOneLineEntry(line);
    expect(e && { title: e.heading.title, recommended: e.heading.recommended, remarks: e.heading.remarks, resources: e.heading.resources, summary: e.summary }).toEqual(want);
  });

  it('joins an entry wrapped across lines and one written after a lone "-"', () => {
    const list = parsePaperList('- First Paper Title [arxiv]. A summary that\ngoes on here.\n-\nSecond Paper Title [website]. Short.\n- Third Paper Title [arxiv]. Done.\n');
    expect(list.format).toBe('bullet-list');
    expect(list.papers.map((p) => [p.heading.title, p.summary])).toEqual([
      ['First Paper Title', 'A summary that goes on here.'],
      ['Second Paper Title', 'Short.'],
      ['Third Paper Title', 'Done.'],
    ]);
  });
});

describe('format detection', () => {
  it.each([
    ['daily-papers.txt', 'hf-daily'],
    ['channel-digest.txt', 'channel-digest'],
  ])('%s is %s', (name, format) => {
    expect(parsePaperList(sample(name)).format).toBe(format);
  });

  it('reads any other text for its arXiv ids, once each', () => {
    const list = parsePaperList('See https://arxiv.org/abs/2406.10454v2 and arXiv:2410.24164, again 2406.10454.');
    expect(list.format).toBe('arxiv-ids');
    expect(list.papers.map((p) => p.arxivId)).toEqual(['2406.10454', '2410.24164']);
  });
});

describe("Hugging Face's daily papers API", () => {
  it('gives each paper with its id, title, abstract and upvotes, skipping what is not a paper', () => {
    const json = JSON.stringify([
      { paper: { id: '2501.00001', title: 'A  Paper', summary: 'An\nabstract.', upvotes: 12 }, title: 'A Paper' },
      { paper: { id: 'not an id', title: 'Broken' } },
      'noise',
      { paper: { id: '2501.00001', title: 'Repeated' } },
    ]);
    const parsed = parseHfDailyJson(json);
    expect(parsed.ok && parsed.value.map((p) => [p.arxivId, p.heading.title, p.abstract, p.upvotes])).toEqual([['2501.00001', 'A Paper', 'An abstract.', 12]]);
  });

  it.each(['<html>', '{"error":"x"}'])('refuses %s with a readable error', (body) => {
    const parsed = parseHfDailyJson(body);
    expect(parsed.ok).toBe(false);
  });
});
