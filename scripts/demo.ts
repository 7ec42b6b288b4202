// `npm run demo`: writes demo-vault/ with the plugin installed and enabled and a small library of
// paper notes made by the real CLI from files shipped in demo/: a reading log, a sample arXiv feed
// (served by a local arXiv-compatible server, so nothing is downloaded), the welcome note and the
// dashboard note. Then it rates, marks read and refreshes a few papers as a reader would, so every
// feature has something to show. It never replaces a demo vault the reader has changed.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startArxivStub } from '../test/support/arxiv-stub-server';
import { chooseVault, keptAsideMessage, writeFingerprint } from './demo-vault';

const ROOT = resolve(__dirname, '..');
const DEMO = join(ROOT, 'demo');
// DEMO_VAULT lets the test suite write the demo into a temporary folder.
const WANTED = resolve(process.env.DEMO_VAULT ?? join(ROOT, 'demo-vault'));
const PAPERS_ADDED = ['2403.03206', '2410.01201'];
const MIMICGEN = '2310.17596';
const OPENVLA = '2406.09246';

/** The feed's entries; OpenVLA is served as v2 first, so the demo can show v3 arriving later. */
function feedEntries(): { now: string[]; later: string[] } {
  const feed = readFileSync(join(DEMO, 'sample-feed.xml'), 'utf8');
  const later = feed.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
  const now = later.map((xml) =>
    xml.includes(`/abs/${OPENVLA}v3<`)
      ? xml.replace(`/abs/${OPENVLA}v3<`, `/abs/${OPENVLA}v2<`).replace(/<updated>[^<]*<\/updated>/, '<updated>2024-08-15T00:00:00Z</updated>')
      : xml,
  );
  return { now, later };
}

function writeVault(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const pluginDir = join(dir, '.obsidian', 'plugins', 'paper-distill');
  mkdirSync(pluginDir, { recursive: true });
  for (const file of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(ROOT, file), join(pluginDir, file));
  writeFileSync(join(dir, '.obsidian', 'community-plugins.json'), `${JSON.stringify(['paper-distill'], null, 2)}\n`);
  for (const file of ['Welcome.md', 'Reading dashboard.md']) copyFileSync(join(DEMO, file), join(dir, file));
  copyFileSync(join(DEMO, 'reading-log.md'), join(dir, 'Reading log.md'));
  mkdirSync(join(dir, 'Attachments'));
  for (const file of readdirSync(join(DEMO, 'attachments'))) copyFileSync(join(DEMO, 'attachments', file), join(dir, 'Attachments', file));
}

/** Runs the built CLI without blocking this process, which is serving the local arXiv stand-in. */
function runCli(args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
  });
}

async function main(): Promise<void> {
  const choice = chooseVault(WANTED);
  const shown = (dir: string) => relative(process.cwd(), dir) || '.';
  const aside = keptAsideMessage(choice, shown);
  if (aside !== null) console.log(aside);
  else if (choice.replacing) console.log(`Replacing ${shown(choice.dir)}/: nothing in it changed since the demo wrote it.`);
  const vault = choice.dir;
  writeVault(vault);

  const { now, later } = feedEntries();
  console.log('Using the sample feed in demo/sample-feed.xml through a local arXiv-compatible server (nothing is downloaded).');
  const failed: string[] = [];
  const step = async (what: string, args: string[]) => {
    // The local server's address changes every run and says nothing to the reader.
    const shownArgs = args.includes('--api') ? args.slice(0, args.indexOf('--api')) : args;
    console.log(`\n${what}: paper-distill ${shownArgs.join(' ')}`);
    if ((await runCli([...args, '--vault', vault])) !== 0) failed.push(what);
  };
  const first = await startArxivStub(now);
  const api = ['--api', first.apiUrl, '--min-interval', '0'];
  try {
    await step('Two papers to read next', ['add', ...PAPERS_ADDED, ...api]);
    await step('Importing the reading log', ['import-log', join(vault, 'Reading log.md'), ...api]);
  } finally {
    await first.close();
  }
  await step('Rating MimicGen', ['rate', MIMICGEN, '4']);
  await step('Marking OpenVLA read (it is at v2 now)', ['status', OPENVLA, 'read']);
  await step('Tagging the RNN paper', ['tag', PAPERS_ADDED[1], '+sequence-models']);
  const second = await startArxivStub(later);
  try {
    await step('arXiv has OpenVLA v3 now; refreshing it', ['refresh', OPENVLA, '--api', second.apiUrl, '--min-interval', '0']);
  } finally {
    await second.close();
  }
  await step('The Bases file', ['dashboard']);
  writeFingerprint(vault);

  if (failed.length > 0) {
    console.error(`\nThe demo vault is incomplete; these steps failed: ${failed.join(', ')}.`);
    process.exitCode = 1;
    return;
  }
  console.log(`\nDemo vault ready: ${vault}\nOpen it in Obsidian ("Open folder as vault") and start from Welcome.md; Paper Distill is installed and enabled.`);
}

void main();
