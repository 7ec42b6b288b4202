import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './harness/artifacts';
import { describeInChromium, launchChromium, type BrowserSession } from './harness/chromium';
import { bundleForBrowser, serveHarness, type HarnessServer } from './harness/serve';

/*
 * The UI gallery: each modal and panel of the plugin, rendered by its real class in headless
 * Chromium (see gallery.entry.ts), checked for what a reader sees, and saved as
 * gallery-<piece>-<light|dark>.png for a person to look at.
 */

jest.setTimeout(90_000);

interface Piece {
  readonly name: string;
  /** What a reader does before the screenshot (types, say). */
  readonly act?: (page: Page) => Promise<void>;
  readonly check: (page: Page) => Promise<void>;
  /** Screenshot the whole page, not only the viewport (the long settings tab). */
  readonly fullPage?: boolean;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

const PIECES: readonly Piece[] = [
  {
    name: 'link-modal',
    act: (page) => page.locator('textarea.paper-distill-link-input').fill('https://arxiv.org/abs/2406.10454\n2303.04137v2'),
    async check(page) {
      expect(await texts(page, '.modal-title')).toEqual(['New paper note from arXiv link']);
      expect(await page.locator('.modal button.mod-cta').textContent()).toBe('Create notes');
      expect(await page.locator('textarea.paper-distill-link-input').inputValue()).toContain('2303.04137v2');
    },
  },
  {
    name: 'settings',
    fullPage: true,
    async check(page) {
      expect(await texts(page, '.setting-item-heading .setting-item-name')).toEqual([
        'Template, file names and tags',
        'Distillation template',
        'Reading log import',
        'Fetching and many links at once',
        'Citations, venue and PDFs',
        'Rating and reading status',
      ]);
      expect(await page.locator('.setting-item:not(.setting-item-heading)').count()).toBeGreaterThan(10);
      expect(await texts(page, '.setting-item-name')).toContain('Paper folder');
    },
  },
  {
    name: 'template-report',
    async check(page) {
      expect(await texts(page, '.modal-title')).toEqual(['Template report']);
      expect(await texts(page, '.modal-content > p')).toEqual(['Checked 4 paper notes: 3 not fully distilled.']);
      const names = await texts(page, '.paper-distill-report-item a');
      expect(names).toHaveLength(3);
      expect(names).toContain('Diffusion Policy');
    },
  },
  {
    name: 'import-preview',
    async check(page) {
      expect(await texts(page, '.modal-title')).toEqual(['Import reading log']);
      expect(await page.locator('.paper-distill-import-headline').textContent()).toMatch(/^3 entries: 2 with an arXiv ID, 1 without\./);
      const entries = await texts(page, '.paper-distill-import-entry');
      expect(entries).toHaveLength(3);
      expect(entries[0]).toMatch(/^HumanPlus: Humanoid Shadowing and Imitation from Humans 🌟 — arXiv 2406\.10454 — fills in/);
      expect(entries[2]).toBe('A workshop paper without an arXiv id — no arXiv ID — new');
      expect(await page.locator('.modal button.mod-cta').textContent()).toBe('Create 2 notes, fill in 1');
    },
  },
  {
    name: 'status-modal',
    async check(page) {
      expect(await texts(page, '.suggestion-item')).toEqual(['To read', 'Reading (current)', 'Read']);
      expect(await page.locator('.prompt-input').getAttribute('placeholder')).toBe('Reading status');
    },
  },
  {
    name: 'add-tag',
    act: async (page) => {
      await page.locator('.prompt-input').fill('robot');
      await page.waitForFunction(() => [...document.querySelectorAll('.suggestion-item')].some((el) => el.textContent === 'Create #robot'));
    },
    async check(page) {
      const rows = await texts(page, '.suggestion-item');
      expect(rows.slice(0, 3).sort()).toEqual(['#robotics', '#robotics/humanoid', '#robotics/manipulation']);
      expect(rows.at(-1)).toBe('Create #robot');
      expect(await texts(page, '.prompt-instruction')).toEqual(['↑↓to navigate', '↵to add the tag']);
    },
  },
  {
    name: 'notice',
    async check(page) {
      const notices = await texts(page, '.notice-container > .notice');
      expect(notices).toHaveLength(2);
      expect(notices[0]).toBe('Paper Distill: 2 notes created in Papers.');
      expect(await page.locator('.notice button.paper-distill-notice-action').textContent()).toBe('Retry now');
    },
  },
];

describeInChromium('the UI gallery in headless Chromium', () => {
  let server: HarnessServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    const script = await bundleForBrowser(join(__dirname, 'gallery.entry.ts'), { fakeObsidian: true });
    server = await serveHarness({ title: 'Paper Distill UI gallery', script });
    browser = await launchChromium({ width: 760, height: 560 });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PIECES.map((p) => [p.name, p] as const))('%s: renders, reads right, fits, and is saved in both themes', async (name, piece) => {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?piece=${name}`);
    await page.waitForFunction(() => window.galleryReady);
    await piece.act?.(page);
    await piece.check(page);
    // Nothing wider than its modal or panel: a reader would have to scroll sideways.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.modal, .vertical-tab-content, .notice')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className),
    );
    expect(overflowing).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((cls) => {
        document.body.className = cls;
      }, `theme-${theme}`);
      await page.screenshot({ path: join(ARTIFACTS, `gallery-${name}-${theme}.png`), fullPage: piece.fullPage === true });
    }
    page.removeAllListeners('pageerror');
    expect(errors).toEqual([]);
  });
});
