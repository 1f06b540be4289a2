import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Debian's Chromium, installed by apt-get, rather than a browser downloaded by Playwright. */
const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  // Containers and CI runners usually lack the kernel features Chromium's sandbox needs.
  '--no-sandbox',
  '--disable-gpu',
  // No traffic to Google's services, so tests neither depend on the network nor leak anything to it.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

/** axe's global in the page; typed here because the Node program has no DOM library. */
type AxeGlobal = { axe: { run: () => Promise<{ violations: AxeViolation[] }> } };

/**
 * Runs every axe-core rule on the page as it is now and returns what failed. axe is evaluated through
 * the DevTools protocol rather than added as a <script>: Enlace's Content-Security-Policy blocks inline
 * scripts, and loosening it for tests would hide the violations we want to see.
 */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await readFile(AXE_SCRIPT, 'utf8'));
  return page.evaluate(async () => {
    const { violations } = await (globalThis as unknown as AxeGlobal).axe.run();
    // Only what a failure message needs; axe's full result does not cross the page boundary cleanly.
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

/** Saves a full-page PNG under artifacts/screenshots/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * One Chromium for a test file and a fresh context per test, so no cookie or remembered language leaks
 * from one test into the next. `open` starts the test's context and page.
 */
export function chromiumForFile() {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: (): Browser => browser!,
    context: (): BrowserContext => context!,
    async open(options: BrowserContextOptions): Promise<Page> {
      context = await browser!.newContext(options);
      return context.newPage();
    },
  };
}
