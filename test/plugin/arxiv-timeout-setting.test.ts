/** @jest-environment jsdom */
import { createAndOpen } from '../../src/plugin/commands/new-note-from-link';
import { clearNotices, noticeMessages, resetRequestUrlHandler, setRequestUrlHandler, settingNamed } from '../fakes/obsidian';
import { startPlugin } from '../support/start-plugin';

describe('the arXiv timeout setting', () => {
  beforeEach(() => clearNotices());
  afterEach(() => resetRequestUrlHandler());

  it('bounds the wait for an arXiv that never answers, then writes a stub and says it is queued', async () => {
    let asked = 0;
    setRequestUrlHandler(() => {
      asked++;
      return new Promise(() => undefined);
    });
    const { app, plugin } = await startPlugin({}, { arxivTimeoutSeconds: 0.4 });
    const started = Date.now();
    await createAndOpen(plugin, ['2406.10454']);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(asked).toBe(1);
    expect(app.vault.getFileByPath('Papers/2406.10454.md')).not.toBeNull();
    expect(noticeMessages().join('\n')).toMatch(/within the 0\.4 s limit/);
  });

  it('is in the settings tab, and a typed value is saved as seconds (nonsense keeps the default)', async () => {
    const { plugin } = await startPlugin({});
    const { PaperDistillSettingTab } = await import('../../src/plugin/settings/settings-tab');
    const tab = new PaperDistillSettingTab(plugin.app, plugin);
    tab.display();
    const input = settingNamed(tab.containerEl, 'arXiv timeout (seconds)').controlEl.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('60');
    for (const [typed, saved] of [['15', 15], ['2.5', 2.5], ['abc', 60], ['0', 60], ['', 60]] as const) {
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await Promise.resolve();
      expect(plugin.settings.arxivTimeoutSeconds).toBe(saved);
    }
  });
});
