// `serve` on a real port: it reads published snapshots, switches to a newer one while requests
// run (none fails, none sees a month half loaded), publishes the first snapshot itself, and
// refuses clearly when a writer holds the database and no snapshot exists yet.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { latestSnapshot, publishSnapshot } from '../../pipeline/db/snapshot.js';
import { serve } from '../../dashboard/serve.js';
import { addMonths, createFixture } from './helpers/fixture.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

interface RaadBody {
  maand: string;
  maanden: { maand: string }[];
  trend: { maand: string }[];
  doelen: { reeks: unknown[] }[];
  cijfers: Record<string, { label: string }>;
  sector: unknown[];
}

describe('serving snapshots', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({ checkEveryMs: 50 });
  });
  afterAll(async () => {
    await server.close();
  });

  test('a new month published during requests: every answer is complete, old or new, and the new one arrives', async () => {
    const answers: RaadBody[] = [];
    const failures: string[] = [];
    let publishing = true;
    const worker = async () => {
      while (publishing) {
        const response = await fetch(`${server.url}/api/public/raad`);
        if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`);
        else answers.push(await response.json());
      }
    };
    const workers = Array.from({ length: 6 }, worker);

    // the writer: December added statement by statement (half loaded in between), then published
    try {
      const writer = await openDatabase(server.dbFile);
      await new Promise((r) => setTimeout(r, 150));
      await addMonths(writer, ['2025-12']);
      await publishSnapshot(server.dbFile, { connection: writer.connection });
      writer.close();
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && !answers.some((a) => a.maand === '2025-12')) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      publishing = false;
      await Promise.all(workers);
    }

    expect(failures).toEqual([]);
    const before = answers.filter((a) => a.maand === '2025-11');
    const after = answers.filter((a) => a.maand === '2025-12');
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.length + after.length).toBe(answers.length);
    for (const a of before) {
      expect(a.maanden.map((m) => m.maand)).toEqual(['2025-09', '2025-10', '2025-11']);
      expect(a.trend).toHaveLength(3);
    }
    for (const a of after) {
      // December repeats November's pupils: the same 21 official thuiszitters, in every part
      expect(a.maanden.map((m) => m.maand)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12']);
      expect(a.trend).toHaveLength(4);
      expect(a.doelen.map((d) => d.reeks.length)).toEqual([4, 4, 4, 4]);
      expect([a.cijfers.officieel.label, a.cijfers.schoolmissers.label]).toEqual(['21', '32']);
      expect(a.sector).toHaveLength(4);
    }
    // once a response has seen December, no later one goes back
    const firstNew = answers.findIndex((a) => a.maand === '2025-12');
    expect(answers.slice(firstNew + 6).every((a) => a.maand === '2025-12')).toBe(true);
  });
});

describe('starting without a snapshot', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tzm-serve-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('publishes the first snapshot itself when nobody holds the database, and logs its address', async () => {
    const dbFile = path.join(dir, 'eerste.duckdb');
    (await createFixture({ file: dbFile })).close();
    const lines: string[] = [];
    const running = await serve({ db: dbFile, port: 0, log: (line) => lines.push(line) });
    expect(await latestSnapshot(dbFile)).toBeDefined();
    expect(lines).toEqual([`tzm: dashboard op ${running.url} (geen --users: alleen de openbare pagina)`]);
    const response = await fetch(`${running.url}/api/public/raad`);
    expect((await response.json()).maand).toBe('2025-11');
    await running.close();
  });

  test('refuses with a clear message while another process writes the database', async () => {
    const dbFile = path.join(dir, 'bezet.duckdb');
    (await createFixture({ file: dbFile })).close();
    const holder = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { DuckDBInstance } from '@duckdb/node-api';
        const i = await DuckDBInstance.create(process.argv[1]); await i.connect();
        console.log('vast'); setTimeout(() => {}, 60000);`, dbFile],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    try {
      await expect(serve({ db: dbFile, port: 0, log: () => {} })).rejects.toThrow(/in gebruik door een ander proces/);
    } finally {
      holder.kill();
    }
  });

  test('a database that does not exist is a user error', async () => {
    await expect(serve({ db: path.join(dir, 'geen.duckdb'), port: 0, log: () => {} })).rejects.toThrow(/bestaat niet/);
  });
});
