// One fixture server and one headless Chromium per browser test file, and pages that record every
// script error, CSP violation and dialog, so a test can assert that none happened.

import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { haveChromium, launchBrowser } from './browser.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { passwords } from './users.js';

/** Screenshots for a human to look at. */
export const shots = 'test-output/screenshots';

export interface BrowserSession {
  server: FixtureServer;
  browser: Browser;
}

/** Starts the server and the browser before the file's tests (when Chromium is there) and stops them after. */
export function browserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    if (!haveChromium) return;
    await mkdir(shots, { recursive: true });
    session.server = await startFixtureServer();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Opens `path` in a new page of the context; `problems` collects errors (not 401/403/404 answers). */
export async function openPage(session: BrowserSession, context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/status of 40[134]/.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(session.server.url + path);
  return { page, problems };
}

/** Logs in through the login form and lands on `path` (not yet waiting for its data). */
export async function logIn(session: BrowserSession, context: BrowserContext, user: keyof typeof passwords, path: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPage(session, context, `/inloggen?terug=${encodeURIComponent(path)}`);
  await page.fill('#gebruiker', user);
  await page.fill('#wachtwoord', passwords[user]);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/inloggen'), page.click('button[type=submit]')]);
  return { page, problems };
}
