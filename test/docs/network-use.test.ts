import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { PENDING_RETRY_MS } from '../../src/plugin/fetch/pending-sync';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const networkUse = readme.slice(readme.indexOf('## Network use'), readme.indexOf('\n## ', readme.indexOf('## Network use') + 1));

/**
 * The addresses the code requests: default endpoints (`apiUrl: 'https://…'`) and endpoint
 * constants (`…_API = 'https://…'`). A service added later with such a constant must be named in
 * the README's Network use section too, as the plugin guidelines ask.
 */
function endpoints(): string[] {
  const found = new Set<string>();
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\b[A-Z][A-Z_]*(?:API|URL|ENDPOINT)[A-Z_]*\s*=|\b\w*(?:apiUrl|Endpoint)\s*:)\s*'(https?:\/\/[^']+)'/g)) found.add(m[1]);
  }
  return [...found];
}

describe("README's Network use section", () => {
  it('exists', () => {
    expect(networkUse.length).toBeGreaterThan(500);
  });

  it('names every address the code sends requests to', () => {
    const urls = endpoints();
    expect(urls).toEqual(expect.arrayContaining(['https://export.arxiv.org/api/query', 'https://huggingface.co/api/papers/']));
    expect(urls.filter((u) => !networkUse.includes(u.replace(/\/$/, '')))).toEqual([]);
  });

  it('names the settings that turn the requests off, as the settings tab calls them', () => {
    const tab = sources(join(ROOT, 'src', 'plugin', 'settings')).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of ['Code and project links from Hugging Face', 'Fill in stub notes automatically', 'arXiv API address']) {
      expect(tab).toContain(`.setName('${name}')`);
      expect(networkUse).toContain(`*${name}*`);
    }
    expect(DEFAULT_SETTINGS.completeStubsAutomatically).toBe(true);
  });

  it('states the automatic schedule the code uses', () => {
    expect(PENDING_RETRY_MS).toBe(10 * 60_000);
    expect(readFileSync(join(ROOT, 'src', 'plugin', 'fetch', 'pending-sync.ts'), 'utf8')).toContain('onLayoutReadyWhileLoaded(plugin, scheduled)');
    expect(networkUse).toContain('once the workspace is ready after Obsidian starts, then every 10 minutes');
  });
});
