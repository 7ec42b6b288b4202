import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/core/settings';

describe('normalizeSettings', () => {
  it.each([undefined, null, 42, 'x', []])('falls back to defaults for %j', (raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs invalid ones one by one', () => {
    const s = normalizeSettings({
      folder: '/Reading/Papers/',
      paperTag: '#paper',
      citationStyle: 'chicago',
      defaultStatus: 'reading',
      openAfterCreate: 'yes',
      apiUrl: 'ftp://x',
      unknown: 1,
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      folder: 'Reading/Papers',
      paperTag: 'paper',
      defaultStatus: 'reading',
    });
  });

  it('allows an empty folder (the vault root) and an empty category prefix', () => {
    const s = normalizeSettings({ folder: '', categoryTagPrefix: '' });
    expect(s.folder).toBe('');
    expect(s.categoryTagPrefix).toBe('');
  });

  it.each([
    [undefined, false],
    [true, true],
    [false, false],
    ['yes', false],
    [1, false],
  ])('reads trackReadingDates %j as %j', (raw, expected) => {
    expect(normalizeSettings({ trackReadingDates: raw }).trackReadingDates).toBe(expected);
  });

  it.each([
    [undefined, true],
    [false, false],
    ['no', true],
  ])('reads showPaperCard %j as %j', (raw, expected) => {
    expect(normalizeSettings({ showPaperCard: raw }).showPaperCard).toBe(expected);
  });
});
