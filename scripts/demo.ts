// `npm run demo`: writes demo-vault/ with the plugin installed and enabled, plus paper notes for
// papers from the sample reading log, created by the real CLI. It tries arXiv first; offline it
// serves the repo's sample feed from a local arXiv-compatible server and says so.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findArxivRefs } from '../src/core/arxiv/ids';
import { startArxivStub } from '../test/support/arxiv-stub-server';

const ROOT = resolve(__dirname, '..');
// DEMO_VAULT and DEMO_OFFLINE let the test suite run the demo into a temp folder without asking arXiv.
const VAULT = resolve(process.env.DEMO_VAULT ?? join(ROOT, 'demo-vault'));
const READING_LOG = resolve(ROOT, '..', 'shared', 'samples', 'reading-log.md');
const SAMPLE_FEED = join(ROOT, 'demo', 'sample-feed.xml');
const FALLBACK_IDS = ['2406.10454', '2409.05864', '2310.17596', '2406.09246', '2410.24164'];
const ARXIV_PROBE = 'https://export.arxiv.org/api/query?id_list=2406.10454&max_results=1';

function demoIds(): string[] {
  if (!existsSync(READING_LOG)) return FALLBACK_IDS;
  const inFeed = new Set(sampleEntries().map((e) => e.id));
  // Papers of the sample reading log that the offline feed also has, so both paths show the same.
  const ids = findArxivRefs(readFileSync(READING_LOG, 'utf8')).map((r) => r.id).filter((id) => inFeed.has(id));
  return ids.length > 0 ? ids.slice(0, 6) : FALLBACK_IDS;
}

function sampleEntries(): Array<{ id: string; xml: string }> {
  const feed = readFileSync(SAMPLE_FEED, 'utf8');
  return (feed.match(/<entry>[\s\S]*?<\/entry>/g) ?? []).map((xml) => ({
    id: /<id>https?:\/\/arxiv\.org\/abs\/([^<]+?)v\d+<\/id>/.exec(xml)?.[1] ?? '',
    xml,
  }));
}

async function arxivReachable(): Promise<boolean> {
  if (process.env.DEMO_OFFLINE === '1') return false;
  try {
    const res = await fetch(ARXIV_PROBE, { signal: AbortSignal.timeout(5_000) });
    return res.ok && (await res.text()).includes('<entry>');
  } catch {
    return false;
  }
}

function installPlugin(): void {
  rmSync(VAULT, { recursive: true, force: true });
  const pluginDir = join(VAULT, '.obsidian', 'plugins', 'paper-distill');
  mkdirSync(pluginDir, { recursive: true });
  for (const file of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(ROOT, file), join(pluginDir, file));
  writeFileSync(join(VAULT, '.obsidian', 'community-plugins.json'), JSON.stringify(['paper-distill'], null, 2));
  writeFileSync(join(VAULT, 'Welcome.md'), WELCOME);
  writeFileSync(join(VAULT, 'Reading dashboard.md'), DASHBOARD_NOTE);
}

/** Runs the built CLI without blocking this process, which may be serving the local arXiv stand-in. */
function runCli(args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
  });
}

/**
 * Imports the sample reading log on top: the notes just created are still empty templates, so the
 * log's distillations fill them in; the log's other papers become notes of their own.
 */
async function importLog(apiArgs: string[]): Promise<void> {
  if (!existsSync(READING_LOG)) return;
  console.log('\nImporting the sample reading log:');
  // Exit 1 only says some metadata is still queued; the notes are written either way.
  await runCli(['import-log', READING_LOG, '--vault', VAULT, ...apiArgs]);
}

async function main(): Promise<void> {
  installPlugin();
  const ids = demoIds();
  if (await arxivReachable()) {
    console.log(`Using arXiv itself for ${ids.length} papers (one request, paced).`);
    process.exitCode = await runCli(['add', ...ids, '--vault', VAULT]);
    await importLog([]);
  } else {
    console.log(`arXiv is not reachable from here: using the sample feed in demo/sample-feed.xml (${ids.length} papers) through a local arXiv-compatible server.`);
    const stub = await startArxivStub(sampleEntries().map((e) => e.xml));
    try {
      process.exitCode = await runCli(['add', ...ids, '--vault', VAULT, '--api', stub.apiUrl, '--min-interval', '0']);
      // The rest of the log has no sample metadata: import it as if arXiv were down, so its papers
      // are written from the log and queued; the plugin fills them in once it reaches arXiv.
      stub.offline = true;
      await importLog(['--api', stub.apiUrl, '--min-interval', '0']);
    } finally {
      await stub.close();
    }
  }
  await runCli(['dashboard', '--vault', VAULT]);
  console.log(`\nDemo vault ready: ${VAULT}\nOpen it in Obsidian ("Open folder as vault"); Paper Distill is installed and enabled.`);
}

const WELCOME = `# Paper Distill demo

This vault was written by \`npm run demo\`. The notes in **Papers/** were created by the
\`paper-distill\` CLI from arXiv ids found in a real reading log: the same code the plugin runs.

Try it in Obsidian:
1. Trust the vault's plugins when asked (Settings → Community plugins), Paper Distill is enabled.
2. Command palette → **Paper Distill: New paper note from arXiv link**, paste
   \`https://arxiv.org/abs/2406.10454v2\`: the existing HumanPlus note opens instead of a duplicate.
3. Paste a new link (for example \`https://arxiv.org/pdf/2304.13705\`) to create a fresh note.
4. Command palette → **Paper Distill: Open paper dashboard**: filter by tag, rate papers, search.
   The notes imported from the sample reading log are already distilled; the ones without arXiv
   metadata yet are filled in by the plugin as soon as it can reach arXiv.
5. Open **Reading dashboard.md**: the same lists embedded in a note with \`paper-distill\` code
   blocks, and **Papers/Paper dashboard.base** for Obsidian Bases.
`;

const DASHBOARD_NOTE = `# Reading dashboard

## Next to read
\`\`\`paper-distill
status: to-read
sort: added desc
limit: 10
\`\`\`

## Recommended (4 stars and up)
\`\`\`paper-distill
rating: >=4
sort: rating desc
\`\`\`

## Robotics
\`\`\`paper-distill
tags: topic/robotics
\`\`\`
`;

void main();
