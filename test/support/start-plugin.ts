import manifest from '../../manifest.json';
import PaperDistillPlugin from '../../src/main';
import { asObsidianApp, createFakeApp, fakePlugin, loadPlugin } from '../fakes/obsidian';

/**
 * Paper Distill loaded in a fake Obsidian over `files` (vault path → text).
 * `storedData` is what the plugin's data.json holds before it loads (none by default).
 */
export async function startPlugin(files: Record<string, string> = {}, storedData: unknown = null) {
  const app = createFakeApp(files);
  const plugin = new PaperDistillPlugin(asObsidianApp(app), manifest);
  fakePlugin(plugin).storedData = storedData;
  const fake = await loadPlugin(plugin);
  return { app, plugin, fake };
}
