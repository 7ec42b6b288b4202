import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { seededRandom } from '../builders/note';
import { bundleOptions } from '../support/bundle-plugins';
import { cli, type CliRun } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

/**
 * Seeded fuzzing of the two things a person types most: `--filter` text and paper references
 * (ids, links, paths). Whatever comes in, the CLI answers with exit 0, 1 or 2 and sentences:
 * never a stack trace, never the "unexpected error" exit 70. In process for speed; a few runs
 * of the real bundled binary at the end prove the same of the process itself.
 */
const SEED = 20261202;
const FILTERS = 7_000;
const IDS = 3_200;

jest.setTimeout(240_000);

const CLAUSE_WORDS = ['tags', 'tag', 'rating', 'status', 'distilled', 'complete', 'category', 'year', 'search', 'sort', 'limit', 'text', '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', ''];
const VALUE_WORDS = ['>=4', '3-5', 'unrated', '<2', '0', '9', '-1', 'to-read', 'reading', 'read', 'yes', 'no', 'cs.RO', '2020-2024', '>=2020', 'title desc', 'rating asc', 'added', '20', '1e9', 'NaN', '#robotics', '-survey', 'a/b/c', '//', 'https://x//y', ';', '\n', '\\', '"', "'", '${x}', '%s', '{{title}}', '\u202e', '\u0000', '😀', 'é', 'ﬁ', ' ', '\t', '\r\n'];
const ID_WORDS = [
  '2406.10454', '2406.10450', 'hep-th/9901001', 'arXiv:2406.10454v2', 'https://arxiv.org/abs/2406.10454', 'https://arxiv.org/pdf/2406.10454v1.pdf',
  '10.48550/arXiv.2406.10454', 'Papers/Note', 'Papers/Note.md', '../outside', '/etc/passwd', '', '-', '--', '.', '..', 'Papers/', '__proto__', 'constructor',
  '9999.99999', '0000.00000', '2406.', '.10454', 'v2', '2406.10454v', 'arxiv.org/abs/', 'http://', '\u0000', '\u202e', 'CON', 'nul.md', 'a'.repeat(300), '😀', '%2F',
];

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function noise(rng: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = rng();
    out += r < 0.7 ? String.fromCharCode(32 + Math.floor(rng() * 95)) : r < 0.9 ? pick(rng, [':', ';', '\n', '-', '>', '<', '=', '#', '/', ' ']) : String.fromCodePoint(Math.floor(rng() * 0x2fff));
  }
  return out;
}

function fuzzFilter(rng: () => number): string {
  const clauses = 1 + Math.floor(rng() * 4);
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) {
    const r = rng();
    if (r < 0.6) parts.push(`${pick(rng, CLAUSE_WORDS)}:${rng() < 0.5 ? ' ' : ''}${pick(rng, VALUE_WORDS)}${rng() < 0.3 ? ` ${pick(rng, VALUE_WORDS)}` : ''}`);
    else if (r < 0.85) parts.push(noise(rng, 1 + Math.floor(rng() * 30)));
    else parts.push(`${pick(rng, CLAUSE_WORDS)}${pick(rng, [':', '::', ' :', ''])}${noise(rng, Math.floor(rng() * 10))}`);
  }
  const joined = parts.join(pick(rng, ['; ', '\n', ';', '\r\n', ' ; ']));
  // A filter value that is empty or starts with -- is a command-line mistake of its own (exit 2).
  return joined;
}

function fuzzId(rng: () => number): string {
  const r = rng();
  if (r < 0.5) return pick(rng, ID_WORDS);
  if (r < 0.8) return pick(rng, ID_WORDS) + noise(rng, Math.floor(rng() * 4));
  return noise(rng, 1 + Math.floor(rng() * 20));
}

const STACK = /\n\s+at |^\s+at |unexpected error|TypeError|ReferenceError|RangeError|undefined is not|Cannot read prop/;

function expectCalm(run: CliRun, what: string): void {
  const said = [...run.out, ...run.err].join('\n');
  if (![0, 1, 2].includes(run.code) || STACK.test(said)) throw new Error(`${what}: exit ${run.code}\n${said.slice(0, 2000)}`);
}

async function calmly(what: string, argv: string[]): Promise<CliRun> {
  let run: CliRun;
  try {
    run = await cli(...argv);
  } catch (e) {
    throw new Error(`${what} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  expectCalm(run, what);
  return run;
}

const NOTE = '---\ntitle: A paper\nauthors: [Ada Lovelace]\narxiv: "2406.10454"\narxiv_version: 1\npublished: 2024-06-14\ntags: [paper, robotics]\nstatus: to-read\n---\n\n## General Idea\n- x\n';

describe('fuzzed --filter text and paper references (seeded)', () => {
  let vault: string;
  beforeAll(async () => {
    vault = await makeTempVault('pd-fuzz-', { 'Papers/Note.md': NOTE, 'Papers/Other.md': NOTE.replace('2406.10454', '2406.10450').replace('A paper', 'Other') });
  });
  afterAll(() => removeTempVault(vault));

  it(`${FILTERS} filters through list and export: exit 0 or 2, a sentence, never a stack trace`, async () => {
    const rng = seededRandom(SEED);
    const codes = new Map<number, number>();
    for (let i = 0; i < FILTERS; i++) {
      const filter = fuzzFilter(rng);
      const argv = i % 10 === 0 ? ['export', '--format', 'bibtex', '--vault', vault, `--filter=${filter}`] : ['list', '--vault', vault, `--filter=${filter}`, ...(i % 3 === 0 ? ['--json'] : [])];
      const run = await calmly(`filter #${i} ${JSON.stringify(filter)}`, argv);
      codes.set(run.code, (codes.get(run.code) ?? 0) + 1);
      if (run.code === 2) expect(run.err.length).toBeGreaterThan(0);
    }
    // Both outcomes are exercised: the fuzz is neither all valid nor all rejected.
    expect(codes.get(0)).toBeGreaterThan(FILTERS / 20);
    expect(codes.get(2)).toBeGreaterThan(FILTERS / 20);
  });

  it(`${IDS} references through ids, rate, status and tag: exit 0, 1 or 2, never a stack trace`, async () => {
    const rng = seededRandom(SEED + 1);
    for (let i = 0; i < IDS; i++) {
      const ref = fuzzId(rng);
      const argv = [
        ['ids', ref],
        ['rate', ref, pick(rng, ['3', '0', '6', 'x', '-1', '2.5']), '--vault', vault],
        ['status', ref, pick(rng, ['read', 'reading', 'to-read', 'done', '']), '--vault', vault],
        ['tag', ref, pick(rng, ['+x', '-robotics', '+a/b', '+#c', '+', '-', '+__proto__', '+1']), '--vault', vault],
      ][i % 4];
      await calmly(`reference #${i} ${JSON.stringify(argv)}`, argv);
    }
  });

  it('the built binary answers hostile input the same way (a few spawned runs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-fuzz-bin-'));
    try {
      const bin = join(dir, 'cli.js');
      await build({ entryPoints: ['src/cli/main.ts'], bundle: true, outfile: bin, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'silent', plugins: bundleOptions.bundlePlugins });
      const cases: [string[], number][] = [
        [['list', '--vault', vault, '--filter', '__proto__:0'], 2],
        [['list', '--vault', vault, '--filter', 'constructor: x'], 2],
        [['list', '--vault', vault, '--fitler', 'x'], 2],
        [['list', '--vault', vault, '--filter', 'sort: __proto__'], 2],
        [['ids', '\u202e😀 --'], 1],
        [['rate', '__proto__', '3', '--vault', vault], 1],
        [['tag', 'Papers/Note.md', '+__proto__', '--vault', vault], 0],
        [['list', '--vault', vault, '--filter', 'tags: robotics; rating: unrated'], 0],
      ];
      for (const [argv, code] of cases) {
        const res = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', timeout: 30_000 });
        const said = `${res.stdout}\n${res.stderr}`;
        expect({ argv, code: res.status, stack: STACK.test(said) }).toEqual({ argv, code, stack: false });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
