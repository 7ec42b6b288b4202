/** @jest-environment jsdom */
import { FIXTURE_VAULT } from '../../builders/dashboard-fixture';
import { openModals } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

/** Runs "Export filtered papers" and presses the button of one format, as a reader would. */
async function exportAs(started: Awaited<ReturnType<typeof startPlugin>>, format: string): Promise<string> {
  started.fake.commands.get('export-filtered-papers')?.callback?.();
  const modal = openModals().at(-1);
  const row = [...(modal?.contentEl.querySelectorAll('.setting-item') ?? [])].find((el) => el.textContent?.includes(format));
  row?.querySelector('button')?.click();
  const path = await waitFor(
    () => started.app.vault.getFiles().find((f) => f.path.startsWith('Papers/Paper export ')),
    'the export file',
  );
  return started.app.vault.read(path);
}

describe('command: Export filtered papers', () => {
  it('exports the remembered dashboard filter when no dashboard is open', async () => {
    const started = await startPlugin(FIXTURE_VAULT, { dashboardFilter: 'tags: robotics; rating: >=4' });
    const bib = await exportAs(started, 'BibTeX');
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(2);
    expect(bib).toContain('eprint={2406.10454}');
    expect(bib).toContain('eprint={2304.13705}');
    expect(bib).not.toContain('Attention Is All You Need');
  });

  it('exports every paper note when nothing was filtered, as CSL-JSON', async () => {
    const started = await startPlugin(FIXTURE_VAULT);
    const items = JSON.parse(await exportAs(started, 'CSL-JSON')) as Array<{ title: string }>;
    expect(items.map((i) => i.title)).toContain('Learning with Kernels');
    expect(items).toHaveLength(Object.keys(FIXTURE_VAULT).filter((p) => p.startsWith('Papers/')).length);
  });
});
