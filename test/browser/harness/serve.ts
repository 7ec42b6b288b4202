import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { bundleOptions } from '../../support/bundle-plugins';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Bundles a browser entry (TypeScript, imports resolved) into one script, in memory. With
 * `fakeObsidian`, the module 'obsidian' is the test fake, so plugin classes (modals, settings,
 * notices) run in the page unchanged.
 */
export async function bundleForBrowser(entry: string, options: { fakeObsidian?: boolean } = {}): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
    plugins: bundleOptions.bundlePlugins,
    alias: options.fakeObsidian ? { obsidian: join(ROOT, 'test', 'fakes', 'obsidian.ts') } : {},
  });
  return result.outputFiles?.[0]?.text ?? '';
}

/** The plugin's styles.css and the harness's Obsidian-like theme variables. */
export async function pluginCss(): Promise<{ theme: string; styles: string }> {
  const [theme, styles] = await Promise.all([
    readFile(join(__dirname, 'obsidian-theme.css'), 'utf8'),
    readFile(join(ROOT, 'styles.css'), 'utf8'),
  ]);
  return { theme, styles };
}

export interface HarnessPage {
  readonly title: string;
  readonly script: string;
  /** Extra CSS after theme and styles.css. */
  readonly css?: string;
  /** `theme-light` or `theme-dark`, as Obsidian sets on body. */
  readonly theme?: 'theme-light' | 'theme-dark';
}

export interface HarnessServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a harness page on 127.0.0.1 (random port): `/` loads theme.css, styles.css and the
 * bundle, with a `#harness` element to render into. Nothing leaves the machine.
 */
export async function serveHarness(page: HarnessPage): Promise<HarnessServer> {
  const { theme, styles } = await pluginCss();
  const files: Record<string, [string, string]> = {
    '/': [
      'text/html; charset=utf-8',
      `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title>` +
        '<link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/styles.css"><link rel="stylesheet" href="/extra.css">' +
        `</head><body class="${page.theme ?? 'theme-light'}"><div id="harness"></div><script src="/bundle.js"></script></body></html>`,
    ],
    '/theme.css': ['text/css', theme],
    '/styles.css': ['text/css', styles],
    '/extra.css': ['text/css', page.css ?? ''],
    '/bundle.js': ['text/javascript', page.script],
  };
  const server: Server = createServer((req, res) => {
    const file = files[(req.url ?? '/').split('?')[0] ?? '/'];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
