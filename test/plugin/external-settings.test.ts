/** @jest-environment jsdom */
import { syncDataFromAnotherDevice } from '../fakes/obsidian';
import { startPlugin } from '../support/start-plugin';

const entry = (id: string) => ({ id, path: `Papers/${id}.md`, queuedAt: '2026-11-01T10:00:00.000Z' });

describe('data.json synced from another device', () => {
  it('is read again: the synced settings apply, and the next saves keep them and the synced queue', async () => {
    // Stub notes, as a device that was offline wrote them (arXiv stays unreachable in this test).
    const stubs = Object.fromEntries(['2401.00001', '2402.00002', '2403.00003'].map((id) => [`Papers/${id}.md`, `---\narxiv: "${id}"\ntags:\n  - paper\n---\n`]));
    const { plugin, fake } = await startPlugin(stubs, { folder: 'Papers', citationStyle: 'scholar', pending: [entry('2401.00001')] });
    const services = plugin.services();
    expect(await services.pending.list()).toHaveLength(1); // the queue is now held in memory
    const changes: string[] = [];
    plugin.onSettingsChange((before, after) => changes.push(`${before.folder} → ${after.folder}`));

    await syncDataFromAnotherDevice(plugin, {
      folder: 'Reading/Papers',
      citationStyle: 'apa',
      pending: [entry('2401.00001'), entry('2402.00002')],
    });
    expect(plugin.settings.folder).toBe('Reading/Papers');
    expect(plugin.settings.citationStyle).toBe('apa');
    expect(changes).toEqual(['Papers → Reading/Papers']);

    // A change on this device afterwards: a setting, then a stub queued.
    await plugin.updateSettings({ offerNoteOnPaste: false });
    await services.pending.add([entry('2403.00003')]);
    const stored = fake.storedData as Record<string, unknown>;
    expect(stored.folder).toBe('Reading/Papers');
    expect(stored.citationStyle).toBe('apa');
    expect(stored.offerNoteOnPaste).toBe(false);
    expect((stored.pending as { id: string }[]).map((e) => e.id)).toEqual(['2401.00001', '2402.00002', '2403.00003']);
  });
});
