// A real server on 127.0.0.1 (ephemeral port) over a published snapshot of the fixture, with a
// users file, as `tzm serve` would run it.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishSnapshot } from '../../../pipeline/db/snapshot.js';
import { serve, type RunningServer } from '../../../dashboard/serve.js';
import { openDatabase } from '../../../pipeline/db/open.js';
import { createFixture } from './fixture.js';
import { testUsers } from './users.js';

export interface FixtureServer extends RunningServer {
  dir: string;
  dbFile: string;
}

/** `empty`: a database with every table but no rows, as before the first ingest. */
export async function startFixtureServer({ checkEveryMs = 3000, empty = false }: { checkEveryMs?: number; empty?: boolean } = {}): Promise<FixtureServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tzm-dashboard-'));
  const dbFile = path.join(dir, 'tzm.duckdb');
  const db = empty ? await openDatabase(dbFile) : await createFixture({ file: dbFile });
  db.close();
  await publishSnapshot(dbFile);
  const usersFile = path.join(dir, 'users.json');
  const users = await testUsers();
  await writeFile(usersFile, JSON.stringify({ users: users.map((u) => ({ ...u, role: u.role.kind === 'analist' ? 'analist' : `school:${u.role.brin}` })) }));
  const errors: unknown[] = [];
  const server = await serve({ db: dbFile, port: 0, usersFile, checkEveryMs, log: () => {}, logError: (e) => errors.push(e) });
  return {
    ...server,
    dir,
    dbFile,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
      if (errors.length > 0) throw errors[0];
    },
  };
}
