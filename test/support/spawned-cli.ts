import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleOptions } from './bundle-plugins';

const ROOT = resolve(__dirname, '..', '..');
let built: Promise<string> | null = null;

/**
 * The CLI bundled as `npm run build` bundles it, into a temporary folder (once per test file), so
 * tests can run it as real, separate processes: what concurrency and `kill -9` need.
 */
export function builtCli(): Promise<string> {
  built ??= (async () => {
    // Loaded lazily: only the multi-process suites need the bundler.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild's CJS entry, on demand
    const esbuild = require('esbuild') as typeof import('esbuild');
    const outfile = join(await mkdtemp(join(tmpdir(), 'pd-cli-bundle-')), 'cli.js');
    await esbuild.build({
      entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
      bundle: true,
      outfile,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      plugins: bundleOptions.bundlePlugins,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return built;
}

export interface ProcessRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly out: string;
  readonly err: string;
}

/** Starts `paper-distill ...argv` as its own process; `done` settles when it exits, however it exits. */
export function startCli(cli: string, argv: readonly string[]): { child: ChildProcess; done: Promise<ProcessRun> } {
  const child = spawn(process.execPath, [cli, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const done = new Promise<ProcessRun>((settle) => child.on('close', (code, signal) => settle({ code, signal, out, err })));
  return { child, done };
}

export function runCliProcess(cli: string, argv: readonly string[]): Promise<ProcessRun> {
  return startCli(cli, argv).done;
}
