import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './harness/artifacts';
import { describeInChromium, launchChromium, type BrowserSession } from './harness/chromium';
import { bundleForBrowser, serveHarness, type HarnessServer } from './harness/serve';

/*
 * The plugin on a phone: the gallery's pieces at 390×844 with touch events and Obsidian's
 * `is-mobile` body class, driven by taps, saved as <piece>-mobile-<light|dark>.png.
 */

jest.setTimeout(90_000);

const PIECES = ['dashboard', 'paper-card', 'link-modal', 'import-preview'] as const;

/** Elements wider than the screen, or cut off on the right: a reader would have to scroll sideways. */
function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.paper-distill-dashboard *, .paper-distill-card *, .modal *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

describeInChromium('the plugin on a phone (headless Chromium, touch)', () => {
  let server: HarnessServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    const script = await bundleForBrowser(join(__dirname, 'gallery.entry.ts'), { fakeObsidian: true });
    server = await serveHarness({ title: 'Paper Distill on a phone', script });
    browser = await launchChromium({ width: 390, height: 844 }, { touch: true });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (piece: string): Promise<Page> => {
    const { page } = browser;
    await page.goto(`${server.url}?piece=${piece}&mobile=1`);
    await page.waitForFunction(() => window.galleryReady);
    return page;
  };

  it.each(PIECES.map((p) => [p]))('%s fits the phone screen and is saved in both themes', async (piece) => {
    const page = await open(piece);
    expect(await page.evaluate(() => document.body.classList.contains('is-mobile'))).toBe(true);
    expect(await offScreen(page)).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((cls) => {
        document.body.className = `${cls} is-mobile`;
      }, `theme-${theme}`);
      await page.screenshot({ path: join(ARTIFACTS, `${piece}-mobile-${theme}.png`), fullPage: true });
    }
  });

  it('hides a tag with a tap on its hide button, and brings it back with a tap on the chip', async () => {
    const page = await open('dashboard');
    const rows = () => page.locator('tr.paper-distill-row').count();
    const before = await rows();
    await page.locator('.paper-distill-facet-group[data-tag="survey"] .paper-distill-facet-exclude').tap();
    await expect(page.locator('.paper-distill-facet[data-tag="survey"]').getAttribute('data-state')).resolves.toBe('exclude');
    expect(await rows()).toBeLessThan(before);
    expect(await page.locator('tr[data-path="Papers/Survey.md"]').count()).toBe(0);
    await page.locator('.paper-distill-facet[data-tag="survey"]').tap();
    expect(await rows()).toBe(before);
  });

  it('rates a paper with a tap on a star, in the dashboard and in the paper card', async () => {
    const page = await open('dashboard');
    await page.locator('tr[data-path="Papers/NeRF.md"] .paper-distill-star').nth(2).tap();
    expect(await page.evaluate(() => window.galleryWrites)).toEqual(['rate:Papers/NeRF.md:3']);
    const card = await open('paper-card');
    await card.locator('.paper-distill-card .paper-distill-star').nth(4).tap();
    expect(await card.evaluate(() => window.galleryWrites)).toEqual(['rate:5']);
    expect(await card.locator('.paper-distill-card .paper-distill-stars').getAttribute('data-rating')).toBe('5');
  });

  it('inserts the missing sections with a tap on the paper card (no status bar on a phone)', async () => {
    const card = await open('paper-card');
    const button = card.locator('.paper-distill-card button.paper-distill-card-insert');
    expect(await button.isVisible()).toBe(true);
    const box = await button.boundingBox();
    // A target a finger can hit: at least 36 px high.
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(36);
    await button.tap();
    expect(await card.evaluate(() => window.galleryWrites)).toEqual(['insert-sections']);
  });

  it('opens the details behind a badge with a tap (no hover on a phone)', async () => {
    const page = await open('dashboard');
    const version = page.locator('tr[data-path="Papers/HumanPlus.md"] .paper-distill-cell-version details');
    expect(await version.locator('.paper-distill-detail-text').isVisible()).toBe(false);
    await version.locator('summary').tap();
    expect(await version.locator('.paper-distill-detail-text').isVisible()).toBe(true);
    const card = await open('paper-card');
    await card.locator('.paper-distill-card-completeness').tap();
    expect(await card.locator('.paper-distill-card-problems').textContent()).toMatch(/Limitations/);
  });
});
