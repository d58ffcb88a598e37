// Where a dashboard request's time goes: the app in this process (createApp over the newest
// snapshot, as `tzm serve` builds it), every DuckDB statement timed (bench/statement-timer.ts).
// Each endpoint is asked `requests` times cold (a fresh app and snapshot source each time, so no
// answer is cached: the first request after a new snapshot) and `requests` times warm (one app).
// The rest of a request's time is JavaScript: routing, rows to JSON, the CSV writer.
//   node dist/bench/profile-endpoints.js --db FILE [--requests 20]
// Prints JSON on standard output.

import { parseArgs } from 'node:util';
import { createApp } from '../dashboard/app.js';
import { createSessionStore } from '../dashboard/auth/sessions.js';
import { openSnapshotSource } from '../dashboard/data/source.js';
import { sessionCookie } from '../dashboard/middleware/session.js';
import { dataEndpoints, samplePupil } from './dashboard-bench.js';
import { median } from './stats.js';
import { timeStatements, type ProfileLine } from './statement-timer.js';

export interface EndpointProfile {
  name: string;
  path: string;
  coldMs: number;
  warmMs: number;
  /** Per cold request: time in DuckDB statements, by statement. */
  statements: Array<{ statement: string; msPerRequest: number }>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, requests: { type: 'string', default: '20' } } });
  const requests = Number(values.requests);
  const sample = await samplePupil(values.db!);
  const lines = timeStatements();
  const sessions = createSessionStore();
  const headers = { cookie: `${sessionCookie}=${sessions.create('profiel', { kind: 'analist' })}` };
  const open = async () => {
    const source = await openSnapshotSource({ dbFile: values.db!, checkEveryMs: 3_600_000 });
    return { source, app: createApp({ source, sessions }) };
  };
  const ask = async (app: Awaited<ReturnType<typeof open>>['app'], path: string): Promise<number> => {
    const started = performance.now();
    const response = await app.request(path, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return performance.now() - started;
  };
  const profiles: EndpointProfile[] = [];
  for (const endpoint of dataEndpoints(sample)) {
    const before = snapshot(lines);
    const cold: number[] = [];
    for (let i = 0; i < requests; i++) {
      const { source, app } = await open();
      cold.push(await ask(app, endpoint.path));
      await source.close();
    }
    const statements = [...lines.values()]
      .map((l) => ({ statement: l.statement, msPerRequest: (l.ms - (before.get(l.statement) ?? 0)) / requests }))
      .filter((l) => l.msPerRequest > 0.05)
      .sort((a, b) => b.msPerRequest - a.msPerRequest);
    const { source, app } = await open();
    const warm: number[] = [];
    for (let i = 0; i <= requests; i++) warm.push(await ask(app, endpoint.path));
    await source.close();
    profiles.push({ name: endpoint.name, path: endpoint.path, coldMs: median(cold), warmMs: median(warm.slice(1)), statements });
  }
  process.stdout.write(`${JSON.stringify(profiles)}\n`);
}

function snapshot(lines: Map<string, ProfileLine>): Map<string, number> {
  return new Map([...lines.values()].map((l) => [l.statement, l.ms]));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
