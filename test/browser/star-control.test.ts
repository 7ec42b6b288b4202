import { ARTIFACTS } from './harness/artifacts';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describeInChromium, launchChromium, type BrowserSession } from './harness/chromium';
import { bundleForBrowser, serveHarness, type HarnessServer } from './harness/serve';


jest.setTimeout(60_000);

describeInChromium('star control and paper card in headless Chromium', () => {
  let server: HarnessServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    const script = await bundleForBrowser(join(__dirname, 'star-control.entry.ts'));
    server = await serveHarness({ title: 'Paper Distill star control', script, css: '.harness-row { display: flex; align-items: center; gap: 8px; margin-bottom: 16px; }' });
    browser = await launchChromium({ width: 640, height: 260 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    await browser.page.goto(server.url);
  });

  const recorded = () => browser.page.evaluate(() => (window as unknown as { paperDistill: { ratings: (number | null)[]; events: string[] } }).paperDistill);
  const solo = () => browser.page.locator('.harness-row .paper-distill-stars');

  it('a click on the fourth star rates 4', async () => {
    await solo().locator('.paper-distill-star').nth(3).click();
    expect((await recorded()).ratings).toEqual([4]);
    expect(await solo().getAttribute('aria-valuenow')).toBe('4');
    expect(await solo().locator('.paper-distill-star.is-filled').count()).toBe(4);
  });

  it('keys change the rating: Tab to focus, arrows, digits, Backspace', async () => {
    await browser.page.keyboard.press('Tab');
    expect(await solo().evaluate((el) => el === document.activeElement)).toBe(true);
    await browser.page.keyboard.press('ArrowRight');
    await browser.page.keyboard.press('ArrowRight');
    await browser.page.keyboard.press('5');
    await browser.page.keyboard.press('ArrowLeft');
    await browser.page.keyboard.press('Backspace');
    expect((await recorded()).ratings).toEqual([1, 2, 5, 4, null]);
    expect(await solo().getAttribute('aria-valuetext')).toBe('Not rated');
  });

  it('the card reports star clicks, status changes and tag buttons', async () => {
    const card = browser.page.locator('.paper-distill-card');
    await card.locator('.paper-distill-star').nth(1).click();
    await card.locator('select').selectOption('read');
    await card.locator('[data-tag="Обучение"] button').click();
    await card.getByText('Add tag').click();
    expect((await recorded()).events).toEqual(['rate:2', 'status:read', 'remove-tag:Обучение', 'add-tag']);
  });

  it.each(['theme-light', 'theme-dark'] as const)('follows the %s theme (screenshot in test-artifacts/)', async (theme) => {
    const page = browser.page;
    await page.evaluate((cls) => {
      document.body.className = cls;
    }, theme);
    // Keyboard focus, so the focus ring (:focus-visible) shows in the screenshot.
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    const colours = await page.evaluate(() => {
      const star = (sel: string) => getComputedStyle(document.querySelector(sel)!).color;
      return {
        filled: star('.harness-row .paper-distill-star.is-filled'),
        empty: star('.harness-row .paper-distill-star:not(.is-filled)'),
        background: getComputedStyle(document.body).backgroundColor,
        outline: getComputedStyle(document.querySelector('.harness-row .paper-distill-stars')!).outlineStyle,
      };
    });
    expect(colours.filled).not.toBe(colours.empty);
    expect(colours.background).toBe(theme === 'theme-light' ? 'rgb(255, 255, 255)' : 'rgb(30, 30, 30)');
    expect(colours.outline).toBe('solid');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `star-control-${theme.replace('theme-', '')}.png`) });
  });
});
