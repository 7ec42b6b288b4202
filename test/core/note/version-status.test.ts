import { positiveInt, versionStatus } from '../../../src/core/note/version-status';

describe('versionStatus', () => {
  it.each<[string, Record<string, unknown> | null, number | null, string | null, string | null]>([
    ['newer than read_version', { arxiv_version: 3, read_version: 2 }, null, null, 'v3 available; you read v2.'],
    ['read_version wins over the baseline', { arxiv_version: 3, read_version: 2 }, 1, null, 'v3 available; you read v2.'],
    ['read_version as "v2"', { arxiv_version: 3, read_version: 'v2' }, null, null, 'v3 available; you read v2.'],
    ['unread, after a refresh raised the version', { arxiv_version: 3 }, 2, 'Accepted at CoRL\n2024', 'v3 available; the note had v2. arXiv comment: Accepted at CoRL 2024'],
    ['up to date', { arxiv_version: 2, read_version: 2 }, null, null, null],
    ['read a newer one than the note knows', { arxiv_version: 2, read_version: 3 }, null, null, null],
    ['unread and no refresh', { arxiv_version: 4 }, null, null, null],
    ['a stub without arxiv_version', { arxiv: '2406.10454', read_version: 1 }, null, null, null],
    ['no frontmatter', null, 1, null, null],
  ])('%s', (_name, frontmatter, baseline, comment, message) => {
    expect(versionStatus({ frontmatter, baseline, comment })?.message ?? null).toBe(message);
  });

  it.each([[2, 2], ['2', 2], ['V7', 7], [0, null], [-1, null], [1.5, null], ['two', null], [null, null]])('positiveInt(%j) = %j', (v, n) => {
    expect(positiveInt(v)).toBe(n);
  });
});
