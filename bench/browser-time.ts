// Time until the public council page (/) has drawn its charts in headless Chromium: from the
// start of navigation until the page marks itself loaded (body[data-geladen], set after the
// charts are rendered: dashboard/client/lib/page.js). Each run uses a fresh browser context,
// so nothing is cached between runs.

import { chromium } from 'playwright-core';
import { median } from './stats.js';

export interface BrowserResult {
  runsMs: number[];
  medianMs: number;
  /** SVG charts on the page when it was done. */
  charts: number;
  /** 'ja' when the page loaded its data; 'fout' means it showed an error. */
  state: string;
  error?: string;
}

export interface BrowserOptions {
  baseUrl: string;
  runs: number;
  /** Where to save one screenshot of the finished page, to check by eye. */
  screenshot?: string;
  timeoutMs?: number;
}

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export async function councilPageTime({ baseUrl, runs, screenshot, timeoutMs = 60_000 }: BrowserOptions): Promise<BrowserResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const runsMs: number[] = [];
  let charts = 0;
  let state = '';
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
      const page = await context.newPage();
      await page.goto(new URL('/', baseUrl).toString(), { waitUntil: 'commit', timeout: timeoutMs });
      const handle = await page.waitForFunction(
        () => {
          const done = document.body?.dataset.geladen;
          return done ? { state: done, ms: performance.now(), charts: document.querySelectorAll('#inhoud svg').length } : false;
        },
        undefined,
        { polling: 'raf', timeout: timeoutMs },
      );
      const result = (await handle.jsonValue()) as { state: string; ms: number; charts: number };
      runsMs.push(result.ms);
      charts = result.charts;
      state = result.state;
      if (i === runs - 1 && screenshot) await page.screenshot({ path: screenshot, fullPage: true });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { runsMs, medianMs: median(runsMs), charts, state, ...(state === 'ja' ? {} : { error: 'the page showed an error instead of charts' }) };
}
