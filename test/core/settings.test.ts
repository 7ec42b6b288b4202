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

  it.each<[unknown, string]>([
    ['tags: robotics\nrating: >=4', 'tags: robotics\nrating: >=4'],
    [42, ''],
    [undefined, ''],
  ])('keeps the dashboard filter text %j as %j', (raw, expected) => {
    expect(normalizeSettings({ dashboardFilter: raw }).dashboardFilter).toBe(expected);
  });
});

describe('normalizeSettings: reading log import', () => {
  it.each([
    [{}, 5, 'topic/'],
    [{ importRecommendedRating: 4, importTopicTagPrefix: '#log/' }, 4, 'log/'],
    [{ importRecommendedRating: 7, importTopicTagPrefix: ' my topics/ ' }, 5, 'my-topics/'],
    [{ importRecommendedRating: 4.5, importTopicTagPrefix: 3 }, 5, 'topic/'],
    [{ importRecommendedRating: '5', importTopicTagPrefix: '' }, 5, ''],
  ])('%j → rating %s, prefix %j', (raw, rating, prefix) => {
    const s = normalizeSettings(raw);
    expect(s.importRecommendedRating).toBe(rating);
    expect(s.importTopicTagPrefix).toBe(prefix);
  });
});

describe('fetch settings', () => {
  it('default to Hugging Face links and the paste offer on, wikilink replacement off', () => {
    const s = normalizeSettings(undefined);
    expect([s.huggingFaceLinks, s.offerNoteOnPaste, s.replaceLinksWithWikilinks]).toEqual([true, true, false]);
  });

  it.each([
    [{ huggingFaceLinks: false }, { huggingFaceLinks: false }],
    [{ completeStubsAutomatically: false }, { completeStubsAutomatically: false }],
    [{ completeStubsAutomatically: 'off' }, {}],
    [{ offerNoteOnPaste: false, replaceLinksWithWikilinks: true }, { offerNoteOnPaste: false, replaceLinksWithWikilinks: true }],
    [{ huggingFaceLinks: 'no', offerNoteOnPaste: 0, replaceLinksWithWikilinks: null }, {}],
  ])('reads %j field by field', (raw, expected) => {
    expect(normalizeSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });
});

describe('reading settings', () => {
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

describe('settings version 2: template, file names, tags', () => {
  it('migrates a version 1 data.json: every old value kept, new fields at their defaults', () => {
    const v1 = { settingsVersion: 1, folder: 'Lit', paperTag: 'lit', categoryTagPrefix: 'arxiv cat/', citationStyle: 'apa', gateReadOnTemplate: false };
    const s = normalizeSettings(v1);
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      folder: 'Lit',
      paperTag: 'lit',
      categoryTagPrefix: 'arxiv-cat/',
      citationStyle: 'apa',
      gateReadOnTemplate: false,
      settingsVersion: 2,
    });
    expect(normalizeSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('normalizes the new fields one by one', () => {
    const s = normalizeSettings({
      settingsVersion: 2,
      templatePath: '/Templates/Paper.md',
      fileNamePattern: '  ',
      categoryTagMap: 'cs.RO: robotics\ncs.AI: machine learning\nbroken line\nmath.GT: 42',
      defaultTags: '#inbox, to read, inbox',
    });
    expect(s.templatePath).toBe('Templates/Paper.md');
    expect(s.fileNamePattern).toBe('{{title}}');
    expect(s.categoryTagMap).toEqual({ 'cs.RO': 'robotics', 'cs.AI': 'machine-learning' });
    expect(s.defaultTags).toEqual(['inbox', 'to', 'read']);
    expect(normalizeSettings({ categoryTagMap: { 'cs.RO': 3 }, defaultTags: [1, 'x'] })).toMatchObject({ categoryTagMap: {}, defaultTags: ['x'] });
  });
});
