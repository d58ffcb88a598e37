// Where the server reads from. Every request borrows one snapshot for its whole response, so a
// response never mixes two monitor runs (pipeline/db/snapshot.ts explains the snapshots).
//
// The snapshot source looks for a newer snapshot at most every `checkEveryMs`. When one appears it
// is opened READ_ONLY first; only then do new requests move to it, and the old one is closed when
// its last borrowed request finishes.

import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { latestSnapshot } from '../../pipeline/db/snapshot.js';

export interface DataSource {
  /** Runs `read` on a connection to one consistent database state. */
  read<T>(read: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A fixed, already open database (tests, and the report). */
export function databaseSource(db: Database): DataSource {
  return {
    async read(read) {
      const connection = await db.instance.connect();
      try {
        return await read(connection);
      } finally {
        connection.closeSync();
      }
    },
    async close() {},
  };
}

interface Opened {
  file: string;
  db: Database;
  borrowed: number;
  retired: boolean;
}

export interface SnapshotSourceOptions {
  dbFile: string;
  /** Look for a newer snapshot at most this often. Default 3000 ms. */
  checkEveryMs?: number;
}

export async function openSnapshotSource({ dbFile, checkEveryMs = 3000 }: SnapshotSourceOptions): Promise<DataSource> {
  const first = await latestSnapshot(dbFile);
  if (first === undefined) throw new Error(`no snapshot of ${dbFile}`);
  let current: Opened = { file: first, db: await openDatabase(first, { readOnly: true }), borrowed: 0, retired: false };
  let lastCheck = Date.now();
  let checking: Promise<void> | undefined;

  const closeIfIdle = (opened: Opened) => {
    if (opened.retired && opened.borrowed === 0) opened.db.close();
  };

  const switchIfNewer = async () => {
    const newest = await latestSnapshot(dbFile);
    if (newest === undefined || newest === current.file) return;
    let db: Database;
    try {
      db = await openDatabase(newest, { readOnly: true });
    } catch {
      return; // pruned or unreadable: keep serving the current one, try again later
    }
    const old = current;
    current = { file: newest, db, borrowed: 0, retired: false };
    old.retired = true;
    closeIfIdle(old);
  };

  return {
    async read(read) {
      if (Date.now() - lastCheck >= checkEveryMs) {
        lastCheck = Date.now();
        checking ??= switchIfNewer().finally(() => (checking = undefined));
      }
      if (checking) await checking;
      const opened = current;
      opened.borrowed++;
      try {
        const connection = await opened.db.instance.connect();
        try {
          return await read(connection);
        } finally {
          connection.closeSync();
        }
      } finally {
        opened.borrowed--;
        closeIfIdle(opened);
      }
    },
    async close() {
      if (checking) await checking;
      current.retired = true;
      closeIfIdle(current);
    },
  };
}
