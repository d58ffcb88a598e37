// `tzm serve`: the dashboard app on a port, reading the newest published snapshot of the
// database READ_ONLY (pipeline/db/snapshot.ts). While `tzm ingest` or `tzm monitor` holds the
// database, the server keeps answering from the last snapshot; each successful run publishes a
// new one, which the server picks up within `checkEveryMs` (plus the time to work out its council
// page, dashboard/routes/public-api.ts). Before the first snapshot exists the server publishes
// one itself, if the database is not locked by a writer.

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { latestSnapshot, publishSnapshot } from '../pipeline/db/snapshot.js';
import { resolveSettings, type ServerSettings } from '../pipeline/settings.js';
import { UserError } from '../pipeline/user-error.js';
import { createApp } from './app.js';
import { loadUsers, usersFromFile } from './auth/users.js';
import { openSnapshotSource } from './data/source.js';
import { preparePublicPages } from './routes/public-api.js';

export interface ServeOptions {
  db: string;
  port: number;
  usersFile?: string;
  /** Interface to listen on. Default TZM_HOST or 127.0.0.1 (put a TLS proxy in front). */
  hostname?: string;
  /** Login limits, trusted proxies (`--trusted-proxy`), allowed host names (`--allowed-host`). */
  server?: Partial<ServerSettings>;
  /** How often to look for a newer snapshot. Default 3000 ms. */
  checkEveryMs?: number;
  /** Where the address and unexpected errors are written. Default: standard output / error. */
  log?: (line: string) => void;
  logError?: (error: unknown) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serve({
  db,
  port,
  usersFile,
  hostname = process.env.TZM_HOST ?? '127.0.0.1',
  server: serverSettings = {},
  checkEveryMs = 3000,
  log = (line) => process.stdout.write(`${line}\n`),
  logError = (error) => process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`),
}: ServeOptions): Promise<RunningServer> {
  if ((await latestSnapshot(db)) === undefined) {
    if (!existsSync(db)) {
      throw new UserError(`database ${db} bestaat niet; draai eerst tzm ingest`, `database ${db} does not exist; run tzm ingest first`);
    }
    await publishSnapshot(db);
  }
  const users = usersFile ? await loadUsers(usersFile) : [];
  const settings = resolveSettings();
  // the council page of each snapshot is ready before a request reads that snapshot
  const source = await openSnapshotSource({ dbFile: db, checkEveryMs, prepare: (snapshot) => preparePublicPages(snapshot, settings.suppressUpTo) });
  // The name it listens on is one of its own (unless it is every interface).
  const ownName = ['0.0.0.0', '::', ''].includes(hostname) ? [] : [hostname.includes(':') ? `[${hostname}]` : hostname];
  const allowedHosts = [...(serverSettings.allowedHosts ?? []), ...ownName];
  const app = createApp({
    source,
    settings,
    // a users file broken by an edit is a user's mistake: one line, not a stack
    users: usersFile ? usersFromFile(usersFile, users, (error) => log(`tzm: ${error instanceof Error ? error.message : String(error)} (vorige lijst blijft / previous list kept)`)) : users,
    logError,
    server: { ...serverSettings, allowedHosts },
  });

  const server = await new Promise<ReturnType<typeof listen>>((resolve, reject) => {
    const s = listen({ fetch: app.fetch, port, hostname }, () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UserError(`poort ${port} is al in gebruik`, `port ${port} is already in use`)
          : error,
      ),
    );
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  log(`tzm: dashboard op ${url} (${users.length === 0 ? 'geen --users: alleen de openbare pagina' : `${users.length} gebruikers`})`);

  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await source.close();
    },
  };
}
