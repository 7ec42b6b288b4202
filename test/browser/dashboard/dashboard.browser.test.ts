import { ARTIFACTS } from '../harness/artifacts';
import { CHROMIUM_PATH, describeInChromium } from '../harness/chromium';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = CHROMIUM_PATH;
const ROOT = resolve(__dirname, '../../..');

jest.setTimeout(120_000);

describeInChromium('the dashboard in headless Chromium over 10,000 papers', () => {
  let browser: BrowserContext;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pd-browser-'));
    const bundle = await build({
      entryPoints: [join(__dirname, 'page-entry.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome110',
      // The rows use Obsidian's Keymap: the test fake stands in for the module in the page.
      alias: { obsidian: join(ROOT, 'test', 'fakes', 'obsidian.ts') },
    });
    const css = (await readFile(join(ROOT, 'styles.css'), 'utf8')) + (await readFile(join(__dirname, 'page.css'), 'utf8'));
    await writeFile(join(dir, 'page.js'), bundle.outputFiles[0].text);
    await writeFile(join(dir, 'page.css'), css);
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head>' +
        '<body class="theme-light"><div class="workspace-leaf-content"></div><script src="page.js"></script></body></html>',
    );
    // A fresh profile per run (playwright passes it to Chromium as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`file://${join(dir, 'index.html')}?papers=10000`);
    await page.waitForFunction(() => window.dashboardReady !== undefined, undefined, { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const rowCount = () => page.locator('tr.paper-distill-row').count();
  const summary = () => page.locator('.paper-distill-summary').textContent();

  it('indexes 10,000 papers and keeps the DOM to one page of rows', async () => {
    const ready = await page.evaluate(() => window.dashboardReady);
    expect(ready.papers).toBe(10_000);
    expect(await rowCount()).toBe(50);
    expect(await summary()).toBe('Showing 1–50 of 10,000 papers');
  });

  it('filters by a tag click', async () => {
    const facet = page.locator('.paper-distill-facet[data-tag="robotics"]');
    const count = Number(await facet.locator('.paper-distill-facet-count').textContent());
    await facet.click();
    expect(await summary()).toBe(`Showing 1–50 of ${count.toLocaleString('en-US')} papers`);
    expect(await page.locator('.paper-distill-facet[data-tag="robotics"]').getAttribute('data-state')).toBe('include');
    const tags = await page.locator('tr.paper-distill-row .paper-distill-cell-tags').allTextContents();
    expect(tags.every((t) => /#robotics/.test(t))).toBe(true);
  });

  it('filters as the reader types in the search box', async () => {
    const before = await summary();
    // Word order and case do not matter; numbers only occur in the synthetic titles.
    await page.locator('.paper-distill-search').fill('123 ROBUST');
    const titles = await page.locator('.paper-distill-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /123/.test(t))).toBe(true);
    expect(await summary()).not.toBe(before);
  });

  it('writes a rating when a row star is clicked', async () => {
    const row = page.locator('tr.paper-distill-row').first();
    const path = await row.getAttribute('data-path');
    await row.locator('.paper-distill-star').nth(2).click();
    const writes = await page.evaluate(() => window.dashboardWrites);
    expect(writes.at(-1)).toEqual({ kind: 'rating', path, value: 3 });
    expect(await page.locator(`tr.paper-distill-row[data-path="${path}"] .paper-distill-stars`).getAttribute('data-rating')).toBe('3');
  });

  it('takes screenshots in light and dark themes', async () => {
    await page.locator('.paper-distill-search').fill('');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-light.png') });
    await page.evaluate(() => document.body.classList.replace('theme-light', 'theme-dark'));
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-dark.png') });
    expect(existsSync(join(ARTIFACTS, 'dashboard-dark.png'))).toBe(true);
  });
});
