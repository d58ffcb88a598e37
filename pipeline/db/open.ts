import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import path from 'node:path';
import { UserError } from '../user-error.js';
import { compactAbsenceTables } from './absence-rows.js';
import { databaseError, refuseNonDuckDb } from './open-errors.js';
import { sqlFile } from './sql-file.js';

export interface Database {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

export interface OpenOptions {
  /** Open without write access (the dashboard server reads published snapshots this way). */
  readOnly?: boolean;
  /**
   * DuckDB's memory limit (e.g. '1GB'). Beyond it DuckDB spills to `<db>.tmp/`, so a large
   * load runs in bounded memory. Default: TZM_MEMORY_LIMIT, else DuckDB's own (80% of RAM).
   */
  memoryLimit?: string;
  /**
   * Create the tables now (default), each in a transaction of its own. An ingest says false and
   * creates them inside its run's transaction (createSchema), so a failed run adds nothing.
   */
  schema?: boolean;
  /**
   * A batch command (ingest, classify, monitor, jaartelling) keeps the memory DuckDB's blocks
   * once took, up to its memory limit (block_allocator_memory), instead of handing pages back to
   * the system and faulting them in again: at country scale that was a fifth of classify's CPU
   * time (BENCHMARKS.md). Never for the server, which must give memory back.
   */
  retainMemory?: boolean;
}

/**
 * The commands' own memory limits when TZM_MEMORY_LIMIT is not set (BENCHMARKS.md, country scale
 * on 2 cores and 24 GiB). Ingest streams file by file: 1GB is plenty and keeps it flat. The
 * monitor (and the annual count) keep months of pupil-day history: they take half the memory of
 * the machine (or of its container), so that a dashboard server beside them keeps the other half;
 * for the country the absent hours need about 9 GiB, and bounded at 4GB or 8GB they spilled and
 * took twice as long. Classify, one peildatum, keeps DuckDB's own limit (80% of RAM): bounded at
 * 4-6GB it spills and takes twice as long, unbounded it peaks near 7 GiB for the country.
 */
const defaultMemoryLimit = {
  ingest: () => '1GB',
  monitor: () => `${Math.max(1, Math.floor(machineMemory() / 2 / 2 ** 30))}GiB`,
} as const;

/** The memory this process may use: the machine's, or less in a container that limits it (cgroups). */
function machineMemory(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 ? Math.min(totalmem(), constrained) : totalmem();
}

/** A command's memory limit: TZM_MEMORY_LIMIT when set (and not empty), else its own default. */
export const memoryLimitFor = (command: keyof typeof defaultMemoryLimit) => process.env.TZM_MEMORY_LIMIT || defaultMemoryLimit[command]();

/**
 * Opens (and on first use creates) a database file, or ':memory:' for tests, with every table
 * of the pipeline present.
 */
export async function openDatabase(
  file: string,
  { readOnly = false, memoryLimit = process.env.TZM_MEMORY_LIMIT, schema = true, retainMemory = false }: OpenOptions = {},
): Promise<Database> {
  const onDisk = file !== ':memory:';
  // Issue 9: what tzm writes (database, WAL, spill folder, snapshots, key, --out) is for its
  // owner only: files 0600, folders 0700.
  if (!readOnly) process.umask(0o077);
  if (!readOnly && onDisk) mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  refuseNonDuckDb(file);
  // Never fetch or load an extension on the fly (a SQLite file as --db made DuckDB try to).
  const config: Record<string, string> = { autoload_known_extensions: 'false', autoinstall_known_extensions: 'false' };
  if (readOnly) config.access_mode = 'READ_ONLY';
  if (memoryLimit) config.memory_limit = memoryLimit;
  // up to the limit, or to DuckDB's own (80% of the memory): only what is used is ever taken
  if (retainMemory) config.block_allocator_memory = memoryLimit || `${Math.floor((machineMemory() * 0.8) / 2 ** 20)}MiB`;
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(file, config);
  } catch (error) {
    throw databaseError(file, error) ?? error;
  }
  const connection = await instance.connect();
  if (!readOnly && onDisk) writing.add(path.resolve(file));
  const close = () => {
    connection.closeSync();
    instance.closeSync();
    if (!readOnly && onDisk) {
      writing.delete(path.resolve(file));
      removeSpill(file);
      ownerOnly(file);
    }
  };
  try {
    if (!readOnly && onDisk) {
      removeSpill(file);
      ownerOnly(file);
    }
    if (!readOnly) {
      await refuseForeignSchema(connection, file);
      if (schema) await createSchema(connection, { transaction: true });
    }
  } catch (error) {
    close();
    throw error;
  }
  return { instance, connection, close };
}

/** Databases this process holds the write lock of: only their spill files are this process's to remove. */
const writing = new Set<string>();

/** On a signal (cli.ts): removes the spill files of a database this process is writing, if any. */
export function removeOwnSpill(file: string): void {
  if (writing.has(path.resolve(file))) removeSpill(file);
}

/** Every table of the pipeline, IF NOT EXISTS, and the published figures' view; `transaction` wraps it in one of its own. */
export async function createSchema(connection: DuckDBConnection, { transaction }: { transaction: boolean }): Promise<void> {
  if (transaction) await connection.run('BEGIN TRANSACTION');
  try {
    await compactAbsenceTables(connection, 'before');
    await connection.run(sqlFile('pipeline/db/schema.sql'));
    await compactAbsenceTables(connection, 'after');
    await connection.run(sqlFile('pipeline/db/results.sql'));
    await connection.run(sqlFile('pipeline/monitor/figures.sql'));
    if (transaction) await connection.run('COMMIT');
  } catch (error) {
    if (transaction) await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** True when the database has this table (a new database has none until its first run commits). */
export async function hasTable(connection: DuckDBConnection, table: string): Promise<boolean> {
  return (await mainTables(connection)).has(table);
}

async function mainTables(connection: DuckDBConnection): Promise<Map<string, string[]>> {
  const reader = await connection.runAndReadAll(
    `SELECT table_name, list(column_name ORDER BY column_index) AS columns FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal GROUP BY table_name`,
  );
  return new Map(reader.getRowObjectsJS().map((row) => [String(row.table_name), (row.columns as unknown[]).map(String)]));
}

let expectedTables: Promise<Map<string, string[]>> | undefined;

/** The tables and columns this version creates, read from a scratch in-memory database once. */
function expected(): Promise<Map<string, string[]>> {
  expectedTables ??= (async () => {
    const scratch = await DuckDBInstance.create(':memory:', { autoload_known_extensions: 'false', autoinstall_known_extensions: 'false' });
    const connection = await scratch.connect();
    try {
      await createSchema(connection, { transaction: false });
      return await mainTables(connection);
    } finally {
      connection.closeSync();
      scratch.closeSync();
    }
  })();
  return expectedTables;
}

/**
 * Issue 9 item 8: another program's DuckDB file gets no tables added, and a tzm database of an
 * older shape (a table lacking a column this version writes) is refused rather than half-used.
 * Tables this version adds (IF NOT EXISTS) are fine: they are created in the run.
 */
async function refuseForeignSchema(connection: DuckDBConnection, file: string): Promise<void> {
  const present = await mainTables(connection);
  if (present.size === 0) return;
  if (!present.has('ingest_runs')) {
    throw new UserError(
      `${file} is een DuckDB-database van iets anders dan tzm (geen tabel ingest_runs); kies een ander --db-bestand, niets is gewijzigd`,
      `${file} is a DuckDB database of something other than tzm (no table ingest_runs); choose another --db file, nothing was changed`,
    );
  }
  for (const [table, columns] of await expected()) {
    const have = present.get(table);
    const missing = have === undefined ? [] : columns.filter((column) => !have.includes(column));
    if (missing.length > 0) {
      throw new UserError(
        `database ${file} heeft een oudere opbouw (tabel ${table} mist ${missing.join(', ')}); laad de bestanden in een nieuwe database, niets is gewijzigd`,
        `database ${file} has an older schema (table ${table} lacks ${missing.join(', ')}); load the files into a new database, nothing was changed`,
      );
    }
  }
}

/** The database and its WAL for the owner only, also when an older version made them 0644. */
function ownerOnly(file: string): void {
  for (const name of [file, `${file}.wal`]) {
    if (existsSync(name) && (statSync(name).mode & 0o077) !== 0) chmodSync(name, 0o600);
  }
  const spill = `${file}.tmp`;
  if (existsSync(spill) && (statSync(spill).mode & 0o077) !== 0) chmodSync(spill, 0o700);
}

/**
 * What DuckDB spilled to `<db>.tmp/` holds raw values (BSNs while an ingest checks them). They
 * go on every way out: at close (success or error), on a signal (cli.ts), and, for a run that was
 * killed outright, when the next writer opens the database: once it holds the write lock no
 * other process can be using them, and it has not spilled yet.
 */
export function removeSpill(file: string): void {
  const spill = `${file}.tmp`;
  if (!existsSync(spill)) return;
  for (const name of readdirSync(spill)) {
    if (name.startsWith('duckdb_temp_')) rmSync(path.join(spill, name), { force: true, recursive: true });
  }
}

/** Opens a database a command reads or extends, refusing one that does not exist yet. */
export async function openExisting(db: string, options: OpenOptions = {}): Promise<Database> {
  if (db !== ':memory:' && !existsSync(db)) {
    throw new UserError(`database ${db} bestaat niet (eerst tzm ingest)`, `database ${db} does not exist (run tzm ingest first)`);
  }
  return openDatabase(db, options);
}
