// Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (no browser download), plus the two things every browser test needs — an accessibility
// check with axe-core and screenshots in e2e/artifacts/ (gitignored).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';

const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS_DIR = path.join(ROOT, 'e2e/artifacts');
const CHROMIUM = process.env['CONSILIUM_CHROMIUM'] ?? '/usr/bin/chromium';
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CONSILIUM_CHROMIUM).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export interface AccessibilityViolation {
  id: string;
  impact: ImpactValue | null | undefined;
  help: string;
  targets: string[];
}

const BLOCKING: ReadonlyArray<ImpactValue> = ['serious', 'critical'];

/** Runs axe-core on the page as it is now; returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    // Runs in the browser, where axe-core has just been loaded as a global.
    const { axe } = globalThis as unknown as { axe: { run(): Promise<AxeResults> } };
    const results = await axe.run();
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact != null && BLOCKING.includes(v.impact));
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
