// The dashboard under load: every data endpoint's p50/p95 from the real server on loopback, and
// the council page's time to charts in headless Chromium.

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { councilPageTime, type BrowserResult } from './browser-time.js';
import { loadEndpoints, type Endpoint, type EndpointResult } from './load-endpoints.js';
import { logIn, startDashboard } from './serve-dashboard.js';

export interface DashboardResult {
  command: string;
  endpoints: EndpointResult[];
  browser?: BrowserResult;
  error?: string;
  /** Load shape, for the report. */
  load: { requests: number; concurrency: number; warmup: number; maxSeconds: number };
}

export interface DashboardOptions {
  work: string;
  db: string;
  browserRuns: number;
  log: (line: string) => void;
}

const load = { requests: 200, concurrency: 4, warmup: 3, maxSeconds: 30 };

export async function benchDashboard({ work, db, browserRuns, log }: DashboardOptions): Promise<DashboardResult> {
  const sample = await samplePupil(db);
  const server = await startDashboard(work, db);
  try {
    log(`  dashboard at ${server.url}`);
    const cookie = await logIn(server.url);
    const endpoints = dataEndpoints(sample);
    const results = await loadEndpoints(endpoints, { baseUrl: server.url, cookie, ...load });
    for (const r of results) log(`  ${r.name}: p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (${r.requests} requests, ${JSON.stringify(r.statuses)})`);
    let browser: BrowserResult | undefined;
    try {
      browser = await councilPageTime({ baseUrl: server.url, runs: browserRuns, screenshot: join(work, 'raad.png') });
      log(`  council page charts: median ${browser.medianMs.toFixed(0)} ms (${browser.charts} svg, state ${browser.state})`);
    } catch (error) {
      log(`  council page: ${String(error)}`);
      browser = { runsMs: [], medianMs: Number.NaN, charts: 0, state: 'fout', error: String(error).split('\n')[0] };
    }
    return { command: server.command, endpoints: results, browser, load };
  } finally {
    await server.stop();
  }
}

export function dataEndpoints(sample: { brin: string; leerlingId: string } | undefined): Endpoint[] {
  const list: Endpoint[] = [
    { name: 'public council data', path: '/api/public/raad' },
    { name: 'session', path: '/api/sessie' },
    { name: 'analyst overview', path: '/api/analyse/overzicht' },
    { name: 'analyst data quality', path: '/api/analyse/datakwaliteit' },
  ];
  if (sample) {
    list.push(
      { name: 'school overview', path: `/api/school/${sample.brin}/overzicht` },
      { name: 'pupil calendar', path: `/api/school/${sample.brin}/leerling/${encodeURIComponent(sample.leerlingId)}` },
    );
  }
  // Whole-table downloads: fewer requests, they are not interactive.
  list.push(
    { name: 'export classifications (CSV)', path: '/api/analyse/export/classificaties.csv', requests: 20 },
    { name: 'export month counts (CSV)', path: '/api/analyse/export/maandtellingen.csv', requests: 20 },
    { name: 'export quarantine (CSV)', path: '/api/analyse/export/quarantaine.csv', requests: 20 },
  );
  return list;
}

/**
 * The school with the most classified pupils on the latest month end, and one of its pupils
 * furthest along (fase 3 when there is one): the heaviest school and calendar a user opens.
 */
export async function samplePupil(db: string): Promise<{ brin: string; leerlingId: string } | undefined> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`
      WITH latest AS (SELECT * FROM classifications WHERE peildatum = (SELECT max(peildatum) FROM classifications) AND brin <> ''),
           biggest AS (SELECT brin FROM latest GROUP BY brin ORDER BY count(*) DESC, brin LIMIT 1)
      SELECT brin, leerling_id FROM latest JOIN biggest USING (brin) ORDER BY fase DESC, leerling_id LIMIT 1`);
    const row = reader.getRowObjectsJS()[0];
    return row ? { brin: String(row.brin), leerlingId: String(row.leerling_id) } : undefined;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
