import { PendingQueue } from '../../src/app/pending-queue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { PluginData } from '../../src/plugin/plugin-data';

/** loadData/saveData as Obsidian's Plugin has them, over one JSON value. */
function fakeDataFile(initial: unknown) {
  const file = { stored: JSON.stringify(initial) };
  return {
    file,
    plugin: {
      loadData: () => Promise.resolve(JSON.parse(file.stored) as unknown),
      saveData: (data: unknown) => {
        file.stored = JSON.stringify(data);
        return Promise.resolve();
      },
    },
  };
}

describe('PluginData (data.json: settings at the top, the pending queue beside them)', () => {
  it('keeps the queue when settings are saved and the settings when the queue is saved', async () => {
    const { file, plugin } = fakeDataFile({ folder: 'Lit', pending: [{ id: 'a', path: 'Lit/a.md', queuedAt: 't' }] });
    const data = new PluginData(plugin);
    expect((await data.load()).folder).toBe('Lit');
    const queue = new PendingQueue(data.pendingStore);
    await Promise.all([data.saveSettings({ ...DEFAULT_SETTINGS, folder: 'Reading' }), queue.add([{ id: 'b', path: 'Reading/b.md', queuedAt: 't2' }])]);
    const saved = JSON.parse(file.stored) as Record<string, unknown>;
    expect(saved.folder).toBe('Reading');
    expect(saved.pending).toEqual([
      { id: 'a', path: 'Lit/a.md', queuedAt: 't' },
      { id: 'b', path: 'Reading/b.md', queuedAt: 't2' },
    ]);
    // A restart reads both back.
    const reloaded = new PluginData(plugin);
    expect((await reloaded.load()).folder).toBe('Reading');
    expect(await new PendingQueue(reloaded.pendingStore).list()).toHaveLength(2);
  });

  it('starts empty from a missing or broken data.json', async () => {
    const data = new PluginData(fakeDataFile(null).plugin);
    expect(await data.load()).toEqual({});
    expect(await new PendingQueue(data.pendingStore).list()).toEqual([]);
  });
});
