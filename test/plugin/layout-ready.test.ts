/** @jest-environment jsdom */
import type { RequestUrlParam } from 'obsidian';
import manifest from '../../manifest.json';
import { renderStubNote } from '../../src/core/note/stub';
import PaperDistillPlugin from '../../src/main';
import { asObsidianApp, createStartingApp, fakePlugin, loadPlugin, resetRequestUrlHandler, setRequestUrlHandler } from '../fakes/obsidian';

/*
 * Obsidian start-up: plugins load before the layout is restored. Work that waits for the layout
 * (stub completion, the status bar's first look, the citation warm-up) must start only then, and
 * not at all for a plugin the reader disabled in between: Obsidian keeps onLayoutReady callbacks.
 */

const STUB = renderStubNote('2406.10454', { tags: ['paper'], status: 'to-read', added: '2026-01-02' });

async function startDuringStartUp() {
  const app = createStartingApp({ 'Papers/2406.10454.md': STUB });
  const plugin = new PaperDistillPlugin(asObsidianApp(app), manifest);
  const fake = await loadPlugin(plugin);
  return { app, plugin, fake };
}

let requests: string[] = [];

beforeEach(() => {
  requests = [];
  setRequestUrlHandler((req: RequestUrlParam) => {
    requests.push(req.url);
    throw new Error('net::ERR_INTERNET_DISCONNECTED');
  });
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
  resetRequestUrlHandler();
});

describe('Paper Distill during Obsidian start-up', () => {
  it('asks arXiv for the stubs only once the layout is ready', async () => {
    const { app } = await startDuringStartUp();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(requests).toEqual([]);
    app.workspace.finishLayout();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]).toContain('id_list=2406.10454');
  });

  it('does nothing after the layout is ready when the reader disabled it during start-up', async () => {
    const { app, fake } = await startDuringStartUp();
    const status = fake.statusBarItems[0];
    fake.unload();
    const timersAfterUnload = jest.getTimerCount();
    app.workspace.finishLayout();
    // The stub run, its ten-minute retry and the citation warm-up would all have fired by now.
    await jest.advanceTimersByTimeAsync(11 * 60_000);
    expect(requests).toEqual([]);
    expect(jest.getTimerCount()).toBeLessThanOrEqual(timersAfterUnload);
    expect(status?.getAttribute('data-complete') ?? null).toBeNull();
    expect(fakePlugin(fake).loaded).toBe(false);
  });
});
