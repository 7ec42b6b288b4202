import { isPaperNote } from '../../../src/core/note/paper-note';
import { readRating, starsText, validateRating } from '../../../src/core/reading/rating';
import { applyStatus, nextStatus, readStatus, validateStatus } from '../../../src/core/reading/status';

describe('validateRating', () => {
  it.each([
    [1, 1],
    [5, 5],
    ['3', 3],
    [' 4 ', 4],
    [0, null],
    ['0', null],
    [null, null],
  ])('%j → %j', (input, value) => {
    expect(validateRating(input)).toEqual({ ok: true, value });
  });

  it.each([6, -1, 2.5, NaN, '', 'five', '4.0', '10', '★★★'])('refuses %j with the rule', (input) => {
    const r = validateRating(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/is not a rating\. A rating is a whole number from 1 to 5, or 0 to clear it\.$/);
  });
});

describe('readRating', () => {
  it.each([
    [4, 4],
    ['4', 4],
    [0, null],
    [7, null],
    [3.5, null],
    ['great', null],
    [undefined, null],
  ])('%j → %j', (value, rating) => {
    expect(readRating(value)).toBe(rating);
  });

  it('words the number of stars', () => {
    expect([1, 2, 5].map(starsText)).toEqual(['1 star', '2 stars', '5 stars']);
  });
});

describe('reading status', () => {
  it.each([
    ['to-read', 'to-read'],
    ['Reading', 'reading'],
    [' read ', 'read'],
    ['To read', 'to-read'],
    ['to_read', 'to-read'],
  ])('accepts %j as %j', (input, status) => {
    expect(validateStatus(input)).toEqual({ ok: true, value: status });
  });

  it('refuses an unknown status with the three choices', () => {
    expect(validateStatus('done')).toEqual({
      ok: false,
      error: { code: 'REFUSED', message: '"done" is not a reading status; use to-read, reading or read.' },
    });
  });

  it.each([
    [null, 'to-read'],
    ['to-read', 'reading'],
    ['reading', 'read'],
    ['read', null],
  ] as const)('after %j comes %j', (current, next) => {
    expect(nextStatus(current)).toBe(next);
  });

  it.each([['read'], ['to-read'], [undefined], ['finished'], [3]])('reads %j', (value) => {
    expect(readStatus(value)).toBe(value === 'read' || value === 'to-read' ? value : null);
  });
});

describe('applyStatus', () => {
  const today = '2026-03-04';

  it.each([
    ['reading, dates off', { status: 'to-read' }, 'reading', false, { status: 'reading' }],
    ['reading, dates on', { status: 'to-read' }, 'reading', true, { status: 'reading', started: today }],
    ['reading again keeps started', { status: 'read', started: '2025-01-01' }, 'reading', true, { status: 'reading', started: '2025-01-01' }],
    ['read sets read_version', { status: 'reading', arxiv_version: 3 }, 'read', false, { status: 'read', arxiv_version: 3, read_version: 3 }],
    [
      'read with dates',
      { status: 'reading', arxiv_version: 2, started: '2026-01-01' },
      'read',
      true,
      { status: 'read', arxiv_version: 2, read_version: 2, started: '2026-01-01', finished: today },
    ],
    ['read straight from to-read, dates on', { status: 'to-read' }, 'read', true, { status: 'read', started: today, finished: today }],
    ['read without a version (a stub)', { arxiv: '2406.10454' }, 'read', false, { arxiv: '2406.10454', status: 'read' }],
    ['back to to-read keeps history', { status: 'read', read_version: 1, finished: '2025-05-05' }, 'to-read', true, { status: 'to-read', read_version: 1, finished: '2025-05-05' }],
  ] as const)('%s', (_name, before, status, trackDates, after) => {
    const props: Record<string, unknown> = { ...before };
    applyStatus(props, status, { today, trackDates });
    expect(props).toEqual(after);
  });
});

describe('isPaperNote', () => {
  it.each([
    [{ arxiv: '2406.10454' }, true],
    [{ arxiv: 2406.1045 }, true],
    [{ tags: ['paper'] }, true],
    [{ tags: ['Paper'] }, true],
    [{ tags: '#paper, ml' }, true],
    [{ tags: ['papers'] }, false],
    [{ tags: ['ml'] }, false],
    [{ arxiv: '' }, false],
    [{}, false],
    [null, false],
  ])('%j → %j', (fm, expected) => {
    expect(isPaperNote(fm, 'paper')).toBe(expected);
  });
});
