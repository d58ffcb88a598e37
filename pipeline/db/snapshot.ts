// Read-only snapshots for the dashboard server.
//
// DuckDB lets one process write a database file, and while it does no other process may open it.
// So `tzm serve` never opens the working database: after every successful ingest or monitor
// commit the CLI calls `publishSnapshot(db)`, which CHECKPOINTs (the WAL is folded into the file)
// and copies the file to `<db>.snapshots/<UTC timestamp>.duckdb`. The copy is written under a
// temporary name and renamed, so a reader sees either no new snapshot or a complete one.
// The server opens the newest snapshot READ_ONLY and switches when a newer one appears
// (dashboard/data/source.ts). Old snapshots are pruned; on Linux a reader that still has a
// pruned file open keeps reading it until it closes it.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../user-error.js';

export interface PublishOptions {
  /** The writer's open connection; without it the file is opened (it must not be locked). */
  connection?: DuckDBConnection;
  /** How many snapshots to keep, newest first. Default 3. */
  keep?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

const snapshotName = /^\d{8}T\d{9}Z\.duckdb$/;

export function snapshotDir(dbFile: string): string {
  return `${dbFile}.snapshots`;
}

/**
 * Issue 9 item 7: a commit that is not yet published. An ingest writes this marker just before
 * its COMMIT; publishSnapshot removes it. A run that committed but could not publish (another
 * writer, a full disk, a kill) leaves it, and the next command that writes publishes and says so.
 */
export function unpublishedMarker(dbFile: string): string {
  return path.join(snapshotDir(dbFile), '.unpublished');
}

export function markUnpublished(dbFile: string): void {
  if (dbFile === ':memory:') return;
  mkdirSync(snapshotDir(dbFile), { recursive: true, mode: 0o700 });
  writeFileSync(unpublishedMarker(dbFile), '');
}

export function isUnpublished(dbFile: string): boolean {
  return dbFile !== ':memory:' && existsSync(unpublishedMarker(dbFile));
}

/** The newest published snapshot of `dbFile`, or undefined when none exists yet. */
export async function latestSnapshot(dbFile: string): Promise<string | undefined> {
  const names = await listSnapshots(dbFile);
  const newest = names.at(-1);
  return newest === undefined ? undefined : path.join(snapshotDir(dbFile), newest);
}

/** Checkpoints `dbFile`, publishes a copy as the newest snapshot and returns its path. */
export async function publishSnapshot(
  dbFile: string,
  { connection, keep = 3, now = () => new Date() }: PublishOptions = {},
): Promise<string> {
  if (!existsSync(dbFile)) {
    throw new UserError(`database ${dbFile} bestaat niet`, `database ${dbFile} does not exist`);
  }
  await checkpoint(dbFile, connection);

  const dir = snapshotDir(dbFile);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700); // for the owner only, also when an older version made it 0755
  const existing = await listSnapshots(dbFile);
  const name = `${nextStamp(now(), existing.at(-1))}.duckdb`;
  const temporary = path.join(dir, `.${name}.partial`);
  await copyFile(dbFile, temporary);
  await chmod(temporary, 0o600);
  await rename(temporary, path.join(dir, name));
  await rm(unpublishedMarker(dbFile), { force: true });

  for (const old of [...existing, name].slice(0, -Math.max(1, keep))) {
    await rm(path.join(dir, old), { force: true });
  }
  return path.join(dir, name);
}

async function checkpoint(dbFile: string, connection: DuckDBConnection | undefined): Promise<void> {
  if (connection) {
    await connection.run('CHECKPOINT');
    return;
  }
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(dbFile);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `database ${dbFile} is in gebruik door een ander proces (${detail})`,
      `database ${dbFile} is in use by another process (${detail})`,
    );
  }
  const own = await instance.connect();
  try {
    await own.run('CHECKPOINT');
  } finally {
    own.closeSync();
    instance.closeSync();
  }
}

async function listSnapshots(dbFile: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(snapshotDir(dbFile));
  } catch {
    return [];
  }
  return names.filter((name) => snapshotName.test(name)).sort();
}

/** A UTC timestamp name (20251130T235959123Z), always later than the newest existing one. */
function nextStamp(date: Date, newest: string | undefined): string {
  let ms = date.getTime();
  if (newest !== undefined) ms = Math.max(ms, parseStamp(newest) + 1);
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

function parseStamp(name: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(name);
  if (!m) return 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
}
