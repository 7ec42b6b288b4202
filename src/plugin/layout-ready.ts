import type { App, Component } from 'obsidian';

/**
 * `workspace.onLayoutReady`, but only while `owner` is loaded. Obsidian keeps the callback until
 * the layout is restored whatever happens to the plugin, so a plugin disabled during start-up
 * would otherwise still ask arXiv for stubs or start timers afterwards.
 */
export function onLayoutReadyWhileLoaded(owner: Component & { readonly app: App }, run: () => void): void {
  let loaded = true;
  owner.register(() => {
    loaded = false;
  });
  owner.app.workspace.onLayoutReady(() => {
    if (loaded) run();
  });
}
