// Where the server reads from. Every request borrows one snapshot for its whole response, so a
// response never mixes two monitor runs (pipeline/db/snapshot.ts explains the snapshots).
//
// The snapshot source looks for a newer snapshot every `checkEveryMs`, on a timer of its own: a
// request never waits for that look (a directory listing on libuv's thread pool, slow when the
// machine is busy) nor for the opening. When one appears it is opened READ_ONLY and its prepared
// answers are worked out (`prepare`: the public council page, whose suppression takes seconds
// cold); only then do new requests move to it, and the old one is closed when its last borrowed
// request finishes.

import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { latestSnapshot } from '../../pipeline/db/snapshot.js';

export interface DataSource {
  /** Runs `read` on a connection to one consistent database state. */
  read<T>(read: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /**
   * Like `read`, but remembers the answer for `key` until a newer snapshot is served: a
   * snapshot never changes, so each page's data is computed once per monitor run, not per request.
   */
  cached<T>(key: string, read: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Answers per key for one database state; bounded, oldest out first; failures are not kept. */
class AnswerCache {
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly limit = 500) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (answer === undefined) {
      answer = compute();
      this.answers.set(key, answer);
      answer.catch(() => this.answers.delete(key));
      if (this.answers.size > this.limit) this.answers.delete(this.answers.keys().next().value as string);
    }
    return answer;
  }
}

/** A fixed, already open database (tests, and the report). */
export function databaseSource(db: Database): DataSource {
  const cache = new AnswerCache();
  const source: DataSource = {
    async read(read) {
      const connection = await db.instance.connect();
      try {
        return await read(connection);
      } finally {
        connection.closeSync();
      }
    },
    cached: (key, read) => cache.get(key, () => source.read(read)),
    async close() {},
  };
  return source;
}

interface Opened {
  file: string;
  db: Database;
  borrowed: number;
  retired: boolean;
  cache: AnswerCache;
}

export interface SnapshotSourceOptions {
  dbFile: string;
  /** Look for a newer snapshot this often. Default 3000 ms. */
  checkEveryMs?: number;
  /**
   * Answers worked out on each snapshot before any request reads from it (through `cached` on the
   * source it is given). A failure here is not kept: the request that asks again meets it.
   */
  prepare?: (snapshot: DataSource) => Promise<unknown>;
}

export async function openSnapshotSource({ dbFile, checkEveryMs = 3000, prepare = async () => {} }: SnapshotSourceOptions): Promise<DataSource> {
  const run = async <T>(opened: Opened, read: (connection: DuckDBConnection) => Promise<T>): Promise<T> => {
    const connection = await opened.db.instance.connect();
    try {
      return await read(connection);
    } finally {
      connection.closeSync();
    }
  };

  /** Opens a snapshot and works out its prepared answers; requests reach it only after that. */
  const open = async (file: string): Promise<Opened> => {
    const opened: Opened = { file, db: await openDatabase(file, { readOnly: true }), borrowed: 0, retired: false, cache: new AnswerCache() };
    const snapshot: DataSource = {
      read: (read) => run(opened, read),
      cached: (key, read) => opened.cache.get(key, () => run(opened, read)),
      async close() {},
    };
    await prepare(snapshot).catch(() => {});
    return opened;
  };

  const first = await latestSnapshot(dbFile);
  if (first === undefined) throw new Error(`no snapshot of ${dbFile}`);
  let current = await open(first);
  let checking: Promise<void> | undefined;
  let closed = false;

  const closeIfIdle = (opened: Opened) => {
    if (opened.retired && opened.borrowed === 0) opened.db.close();
  };

  const switchIfNewer = async () => {
    const newest = await latestSnapshot(dbFile);
    if (closed || newest === undefined || newest === current.file) return;
    let opened: Opened;
    try {
      opened = await open(newest);
    } catch {
      return; // pruned or unreadable: keep serving the current one, try again later
    }
    const old = current;
    current = opened;
    old.retired = true;
    closeIfIdle(old);
  };

  // one look at a time; a look still under way (a slow open) is not started twice. A look that
  // fails keeps the current snapshot and is tried again next time (no request is there to tell).
  const timer = setInterval(() => {
    checking ??= switchIfNewer()
      .catch(() => {})
      .finally(() => (checking = undefined));
  }, checkEveryMs);
  timer.unref(); // the server's socket keeps the process alive, not this timer

  /** The snapshot to answer from: the newest one already open. */
  const borrow = (): Opened => {
    current.borrowed++;
    return current;
  };

  const release = (opened: Opened) => {
    opened.borrowed--;
    closeIfIdle(opened);
  };

  return {
    async read(read) {
      const opened = borrow();
      try {
        return await run(opened, read);
      } finally {
        release(opened);
      }
    },
    async cached(key, read) {
      const opened = borrow();
      try {
        // The answer lives in this snapshot's cache, so it can never outlive its month.
        return await opened.cache.get(key, () => run(opened, read));
      } finally {
        release(opened);
      }
    },
    async close() {
      closed = true;
      clearInterval(timer);
      if (checking) await checking;
      current.retired = true;
      closeIfIdle(current);
    },
  };
}
