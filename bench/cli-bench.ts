import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { realisticNotes } from './dashboard-bench';
import { statOf, type Stat } from './measure';

const RUNS = 5;

/** Reads every Markdown file under a folder, the fastest plain way: the floor of `list` and `check`. */
const READ_ALL = `
const fs = require('fs'), path = require('path');
let bytes = 0;
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.md')) bytes += fs.readFileSync(p, 'utf8').length;
  }
})(process.argv[1]);
`;

/**
 * `list` and `check` over a vault of 10,000 notes of ~2 KB, each a fresh process as a reader runs
 * it (start-up included), next to a process that only reads every file.
 */
export function cliFigures(cli: string): Record<string, Stat> {
  const vault = mkdtempSync(join(tmpdir(), 'pd-bench-vault-'));
  try {
    for (const n of realisticNotes(10_000)) {
      const file = join(vault, n.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, n.text);
    }
    const time = (args: readonly string[]) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const t0 = performance.now();
        const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        const ms = performance.now() - t0;
        if (run.status !== 0 && run.status !== 1) throw new Error(`bench: ${args.join(' ')} failed: ${run.stderr}`);
        // The first run warms the file cache: every figure is read from memory, as a second run would be.
        if (i > 0) times.push(ms);
      }
      return statOf(times);
    };
    return {
      'cli.read_floor_ms_10k': time(['-e', READ_ALL, vault]),
      'cli.list_ms_10k': time([cli, 'list', '--vault', vault]),
      'cli.check_ms_10k': time([cli, 'check', '--vault', vault]),
    };
  } finally {
    rmSync(vault, { recursive: true, force: true });
  }
}
