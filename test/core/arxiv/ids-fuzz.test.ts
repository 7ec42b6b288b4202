import { findArxivRefs, formatArxivRef, isCanonicalArxivId, parseArxivInput } from '../../../src/core/arxiv/ids';
import type { ArxivRef } from '../../../src/core/arxiv/types';

/** mulberry32: a tiny seeded PRNG, so a failing input can be reproduced from the seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const intBelow = (random: Random, n: number): number => Math.floor(random() * n);

const VALID_INPUTS = [
  '2406.10454',
  '2406.10454v2',
  '0704.0001',
  '1412.9999v3',
  '1501.00001',
  'hep-th/9901001v2',
  'math.GT/0309136',
  'cond-mat.str-el/0601001',
  'arXiv:2406.10454v2',
  'arxiv:hep-th/9901001',
  'arXiv 2406.10454',
  'https://arxiv.org/abs/2406.10454?context=cs',
  'https://arxiv.org/pdf/2406.10454v2.pdf',
  'http://export.arxiv.org/abs/hep-th/9901001v2',
  'https://arxiv.org/html/2406.10454v1/#S3.T2',
  'https://ar5iv.labs.arxiv.org/html/2406.10454',
  'https://alphaxiv.org/pdf/2406.10454v5?page=33',
  'https://huggingface.co/papers/2406.10454#community',
  'https://doi.org/10.48550/arXiv.2406.10454',
  '10.48550/arXiv.hep-th/9901001',
  '[title](https://arxiv.org/abs/2408.11812v2)',
  '<https://arxiv.org/abs/2406.10454>',
];

/** Characters that matter to the grammar, plus some that never should. */
const ALPHABET = [...'0123456789', ...'0123456789', ...'./:-vV _#?%()[]<>', ...'aehmpstx', 'é', '見', '\n', '\u200b'];

function mutate(random: Random, input: string): string {
  let text = input;
  const edits = 1 + intBelow(random, 3);
  for (let i = 0; i < edits; i++) {
    const at = intBelow(random, text.length + 1);
    switch (intBelow(random, 5)) {
      case 0: // insert
        text = text.slice(0, at) + pick(random, ALPHABET) + text.slice(at);
        break;
      case 1: // delete
        text = text.slice(0, at) + text.slice(at + 1);
        break;
      case 2: // replace
        text = text.slice(0, at) + pick(random, ALPHABET) + text.slice(at + 1);
        break;
      case 3: // duplicate a slice
        text = text.slice(0, at) + text.slice(at, at + 1 + intBelow(random, 6)) + text.slice(at);
        break;
      default: // truncate
        text = text.slice(0, at);
    }
  }
  return text;
}

function randomString(random: Random, alphabet: readonly string[], maxLength: number): string {
  let text = '';
  const length = intBelow(random, maxLength + 1);
  for (let i = 0; i < length; i++) text += pick(random, alphabet);
  return text;
}

function expectCanonicalAndStable(ref: ArxivRef, input: string): void {
  const where = `from ${JSON.stringify(input)}`;
  expect({ where, canonical: isCanonicalArxivId(ref.id) }).toEqual({ where, canonical: true });
  if (ref.version !== undefined) {
    expect({ where, version: Number.isInteger(ref.version) && ref.version >= 1 }).toEqual({ where, version: true });
  }
  const again = parseArxivInput(formatArxivRef(ref));
  expect({ where, again }).toEqual({ where, again: { ok: true, value: ref } });
}

describe('parseArxivInput and findArxivRefs under fuzzing', () => {
  it('never throw on mutated ids and links, and every accepted result is canonical and re-parses to itself', () => {
    const random = seededRandom(20240615);
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 6000; i++) {
      const input = mutate(random, pick(random, VALID_INPUTS));
      const result = parseArxivInput(input);
      if (result.ok) {
        accepted++;
        expectCanonicalAndStable(result.value, input);
      } else {
        rejected++;
        expect(result.error.code).toBe('INVALID_ID');
        expect(result.error.message).toMatch(/^\S.*\.$/s);
      }
    }
    // Mutations must exercise both sides, or this test could not catch a too-strict or too-lax parser.
    expect(accepted).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(1000);
  });

  it('finds only canonical, distinct, re-parseable refs in mutated text', () => {
    const random = seededRandom(7);
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from({ length: 1 + intBelow(random, 4) }, () => mutate(random, pick(random, VALID_INPUTS)));
      const text = parts.join(pick(random, [' ', ', ', '\n', ' and ', '']));
      const refs = findArxivRefs(text);
      found += refs.length;
      const keys = refs.map(formatArxivRef);
      expect(new Set(keys).size).toBe(keys.length);
      for (const ref of refs) expectCanonicalAndStable(ref, text);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('never throws on random strings, and accepts only canonical refs', () => {
    const random = seededRandom(99);
    for (let i = 0; i < 4000; i++) {
      const input = randomString(random, ALPHABET, 40);
      const result = parseArxivInput(input);
      if (result.ok) expectCanonicalAndStable(result.value, input);
      for (const ref of findArxivRefs(input)) expectCanonicalAndStable(ref, input);
    }
  });

  it('never accepts garbage: random strings without digits-dot-digits', () => {
    const random = seededRandom(12345);
    // Old-style ids have no dot (hep-th/9901001); a slash before seven digits is excluded too.
    const couldBeAnId = /\d\.\d|\/\d{7}/;
    const garbageAlphabet = [...ALPHABET, ...'ABCXYZ!@$&*=+~|'];
    let tried = 0;
    while (tried < 5000) {
      const input = randomString(random, garbageAlphabet, 60);
      if (couldBeAnId.test(input)) continue;
      tried++;
      expect({ input, ok: parseArxivInput(input).ok }).toEqual({ input, ok: false });
      expect({ input, found: findArxivRefs(input) }).toEqual({ input, found: [] });
    }
  });
});
