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
