/** @jest-environment jsdom */
import { parse } from 'yaml';
import { FIXTURE_VAULT } from '../../builders/dashboard-fixture';
import { clearNotices, noticeMessages, setApiVersion } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

describe('"Create Bases dashboard"', () => {
  afterEach(() => {
    setApiVersion('1.9.12');
    clearNotices();
  });

  it('writes plain YAML that Bases reads view by view, and opens it', async () => {
    const { app, fake } = await startPlugin(FIXTURE_VAULT);
    fake.commands.get('create-bases-dashboard')?.callback?.();
    const file = await waitFor(() => app.vault.getFileByPath('Papers/Paper dashboard.base'), 'the .base file');
    const text = await app.vault.read(file);
    expect(text).not.toMatch(/[&*]a\d/);
    const base = parse(text) as { views: { name: string; order: unknown }[] };
    expect(base.views.every((v) => Array.isArray(v.order))).toBe(true);
    await waitFor(() => app.workspace.getActiveFile() === file, 'the file to open');
  });

  it('adds the dashboard\'s remembered filter as a view "Filtered papers", and says what Bases cannot filter on', async () => {
    const { app, fake } = await startPlugin(FIXTURE_VAULT, { dashboardFilter: 'citations: >=100; venue: CoRL neural; search: humanoid; sort: citations' });
    fake.commands.get('create-bases-dashboard')?.callback?.();
    const file = await waitFor(() => app.vault.getFileByPath('Papers/Paper dashboard.base'), 'the .base file');
    const base = parse(await app.vault.read(file)) as { views: { name: string; order: string[]; filters?: { and: string[] }; sort: unknown[] }[] };
    const view = base.views.find((v) => v.name === 'Filtered papers');
    expect(view).toEqual({
      type: 'table',
      name: 'Filtered papers',
      filters: {
        and: ['file.hasProperty("citations") && citations >= 100', '(venue.toString().lower().contains("corl") || venue.toString().lower().contains("neural"))'],
      },
      order: ['file.name', 'authors', 'published', 'venue', 'citations', 'rating', 'status', 'tags', 'added'],
      sort: [{ property: 'citations', direction: 'DESC' }],
    });
    expect(base.views.map((v) => v.name)).toContain('Most cited');
    await waitFor(() => noticeMessages().length > 0, 'the notice');
    expect(noticeMessages()).toEqual([
      'Wrote Papers/Paper dashboard.base. The "Filtered papers" view leaves out the clause search (Bases sees the notes\' properties, not their sections, text or parsed dates).',
    ]);
  });

  it('on Obsidian older than 1.9 says Bases is needed and writes nothing', async () => {
    setApiVersion('1.8.10');
    const { app, fake } = await startPlugin(FIXTURE_VAULT);
    fake.commands.get('create-bases-dashboard')?.callback?.();
    await waitFor(() => noticeMessages().length > 0, 'the notice');
    expect(noticeMessages()).toEqual([
      'Paper Distill: "Create Bases dashboard" needs Obsidian 1.9.0 or newer, which has Bases; nothing was written. Update Obsidian, or use "Open paper dashboard", which works in every version.',
    ]);
    await new Promise((r) => setTimeout(r, 20));
    expect(app.vault.getFiles().filter((f) => f.extension === 'base')).toEqual([]);
  });
});
