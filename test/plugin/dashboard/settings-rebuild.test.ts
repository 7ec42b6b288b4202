/** @jest-environment jsdom */
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../../src/plugin/dashboard/dashboard-view';
import { FIXTURE_VAULT } from '../../builders/dashboard-fixture';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

describe('the dashboard after a settings change', () => {
  it('re-indexes when the required sections change, so the distilled badges follow', async () => {
    const started = await startPlugin(FIXTURE_VAULT);
    document.body.empty();
    started.fake.commands.get('open-paper-dashboard')?.callback?.();
    const leaf = await waitFor(() => started.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0], 'the dashboard leaf');
    const view = leaf.view as unknown as DashboardView;
    await waitFor(() => view.controller, 'the dashboard to render');
    document.body.appendChild(view.containerEl);
    const badge = () => view.contentEl.querySelector('tr[data-path="Papers/NeRF.md"] .paper-distill-badge')?.textContent;
    expect(badge()).toBe('0/3');
    await started.plugin.updateSettings({ requiredSections: [{ name: 'Summary', aliases: [] }] });
    await waitFor(() => badge() === '0/1', 'the badge to follow the new sections', 1_000);
  });
});
