import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * The system Chromium that UI tests drive (playwright-core downloads no browser). Set
 * PAPER_DISTILL_CHROMIUM to use another binary.
 */
export const CHROMIUM_PATH = process.env.PAPER_DISTILL_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` when Chromium is there; otherwise a failing test that says how to install it, so a
 * missing browser is seen rather than skipped (locally, leave the UI tests out on purpose with
 * `npm test -- --testPathIgnorePatterns test/browser`). Use instead of `describe`.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  const hint = `Chromium is missing at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set PAPER_DISTILL_CHROMIUM.`;
  describe(name, () => {
    it('needs Chromium', () => {
      throw new Error(hint);
    });
  });
}

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, no network chatter, one page open. */
export async function launchChromium(viewport = { width: 720, height: 480 }, options: { touch?: boolean } = {}): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'pd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    // A phone: touch events, and the page laid out for a mobile viewport.
    ...(options.touch === true ? { hasTouch: true, isMobile: true } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
