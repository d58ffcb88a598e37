// Serving through a batch (issue 6.3): the dashboard keeps answering while a real `tzm ingest`
// and then a real `tzm monitor` run on the same database in other processes. Every request
// succeeds, no answer mixes two monitor runs, and the new month appears only after the monitor
// has committed and published it. Loopback only, bounded in time and count.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../dashboard/serve.js';
import { runTzm, spawnTzm } from './tzm.js';

interface RaadAnswer {
  maand: string;
  maanden: Array<{ maand: string }>;
  trend: unknown[];
}

const samples = path.resolve('data-samples');
let db: string;
let server: RunningServer;

beforeAll(async () => {
  db = path.join(mkdtempSync(path.join(tmpdir(), 'tzm-serve-batch-')), 'monitor.duckdb');
  expect(runTzm(['ingest', '--db', db, samples]).code).toBe(0);
  expect(runTzm(['monitor', '--db', db, '--from', '2026-07', '--to', '2026-09', '--out', path.join(path.dirname(db), 'm.csv')]).code).toBe(0);
  server = await serve({ db, port: 0, checkEveryMs: 100, log: () => {}, logError: () => {} });
}, 180_000);

afterAll(async () => {
  await server?.close();
});

/** Runs tzm in another process and resolves with its exit code. */
function tzm(args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawnTzm(args).on('exit', (code) => resolve(code)));
}

describe('the dashboard while an ingest and a monitor run', () => {
  it('answers every request, each from one monitor run, and shows the new month after it commits', async () => {
    const answers: RaadAnswer[] = [];
    const failures: string[] = [];
    let running = true;
    const deadline = Date.now() + 150_000;
    const client = async () => {
      while (running && Date.now() < deadline && answers.length + failures.length < 20_000) {
        const response = await fetch(`${server.url}/api/public/raad`);
        if (response.status === 200) answers.push((await response.json()) as RaadAnswer);
        else failures.push(`${response.status}: ${await response.text()}`);
      }
    };
    const clients = Array.from({ length: 3 }, client);
    let beforeMonitor = 0;
    try {
      // a second delivery: the same files again (already loaded: a no-op run that takes the
      // writer's lock while the server reads), then the monitor adds October
      expect(await tzm(['ingest', '--db', db, samples])).toBe(0);
      beforeMonitor = answers.length;
      expect(await tzm(['monitor', '--db', db, '--from', '2026-07', '--to', '2026-10', '--out', path.join(path.dirname(db), 'm2.csv')])).toBe(0);
      const seen = Date.now() + 10_000;
      while (Date.now() < seen && !answers.some((a) => a.maand === '2026-10')) await new Promise((r) => setTimeout(r, 50));
    } finally {
      running = false;
      await Promise.all(clients);
    }

    expect(failures).toEqual([]);
    const old = answers.filter((a) => a.maand === '2026-09');
    const fresh = answers.filter((a) => a.maand === '2026-10');
    expect(old.length + fresh.length).toBe(answers.length);
    expect(old.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    // one run per answer: its month list, its trend and its chosen month belong together
    for (const a of old) expect([a.maanden.map((m) => m.maand), a.trend.length]).toEqual([['2026-07', '2026-08', '2026-09'], 3]);
    for (const a of fresh) expect([a.maanden.map((m) => m.maand), a.trend.length]).toEqual([['2026-07', '2026-08', '2026-09', '2026-10'], 4]);
    // October was not shown before its monitor ran, and once shown it stays (a few answers may
    // have been under way on the old snapshot, one per client)
    expect(answers.slice(0, beforeMonitor).every((a) => a.maand === '2026-09')).toBe(true);
    const first = answers.findIndex((a) => a.maand === '2026-10');
    expect(answers.slice(first + 3).every((a) => a.maand === '2026-10')).toBe(true);
  }, 200_000);
});
