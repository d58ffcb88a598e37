// Headless Chromium for the page tests (Debian's /usr/bin/chromium via playwright-core).
// Without it the tests are skipped with a loud message, except in CI, where they fail.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);

export function reportMissingChromium(): void {
  if (haveChromium) return;
  const message = `\n!!! ${chromiumPath} ontbreekt / is missing: browser tests of the dashboard are SKIPPED.\n!!! Install it (apt-get install chromium) to run them.\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
