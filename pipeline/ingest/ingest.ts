// `tzm ingest`: loads any mix of export files into the database in ONE transaction
// (spec/inputs.md "Bad input"): every file is recognised first, a file already loaded (same
// content hash) is skipped, bad rows go to the quarantine, and a failure or a kill anywhere
// leaves the database exactly as it was.

import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import { isAbsenceTable } from '../db/absence-rows.js';
import { databaseError } from '../db/open-errors.js';
import { createSchema, hasTable, memoryLimitFor, openDatabase } from '../db/open.js';
import { withoutFsst } from '../db/without-fsst.js';
import { queryNumber } from '../db/run-sql.js';
import { markUnpublished } from '../db/snapshot.js';
import { scrubBsn } from '../privacy/scrub-bsn.js';
import { ingestLimits } from '../settings.js';
import { UserError } from '../user-error.js';
import { loadCodeTable } from './absence-codes.js';
import { checkRows, hmacPads, LinesOutOfOrder, prepareChecks, type Checked, type HmacPads } from './check-rows.js';
import { expandInputFiles } from './input-files.js';
import { loadLayouts, type Kind, type Layout } from './layouts.js';
import { loadedCodesOf, type LoadedCode } from './loaded-codes.js';
import { pollStatementProgress, progressLine } from './progress.js';
import { contentHashKey, keyFingerprint, resolveSecret, writeKeyFile } from './pseudonym.js';
import { isCsvRefusal, readRaw, type RecordJson } from './read-raw.js';
import { sniffFile, type SniffedFile } from './sniff.js';
import { addRejections, createStageTables, createStageView, releaseCheckedRows, type Stage } from './stage.js';
import { mergeStaged, rejectDuplicates, type MergeCounts } from './stage-merge.js';
import { TABLES, type TableName, type TableSpec } from './tables.js';
import { mergeUnknownCodes, unknownCodesFileFor, unknownCodesOf, writeUnknownCodes, type UnknownCode } from './unknown-codes.js';

export interface IngestOptions {
  db: string;
  files: string[];
  kind?: string;
  /** --layout: read every file with this layout (needed for a layout without a header). */
  layout?: string;
  /** --layouts DIR: the user's own layouts, beside the package's. */
  layoutsDir?: string;
  /** --brin (and --vestiging): the school of a single-school export without a BRIN column. */
  brin?: string;
  vestiging?: string;
  /** Where the unknown absence codes are written as a code table to complete; default <db>.onbekende-codes.csv. */
  unknownCodesFile?: string;
  delimiter?: string;
  encoding?: string;
  secretFile?: string;
  /** The pseudonymisation secret itself (tests); otherwise resolveSecret decides. */
  secret?: string;
  /** --codes: the user's code tables (one or more), over schemas/verzuimcodes.csv. */
  codesFile?: string | readonly string[];
  /** A terminal to draw a progress line on for large files; none when output is not a terminal. */
  progress?: Writable;
  /** DuckDB memory limit for the load; beyond it DuckDB spills to disk. Default TZM_MEMORY_LIMIT or 1GB. */
  memoryLimit?: string;
  /** Test hook: called after each file is staged, inside the transaction. */
  afterFile?: (name: string) => void | Promise<void>;
}

export interface FileSummary {
  name: string;
  kind: string;
  layout: string;
  encoding: string;
  delimiter: string | null;
  status: 'loaded' | 'already_loaded';
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsReplaced: number;
  /** Rejection reasons with how often each occurred and the first line it occurred on. */
  reasons: Array<{ reason: string; count: number; firstLine: number }>;
  /** Absence codes not in the code table, per school, with their number of rows. */
  unknownCodes: UnknownCode[];
  /** The codes of the loaded absence rows, with the category each got (loaded-codes.ts). */
  loadedCodes: LoadedCode[];
}

export interface IngestSummary {
  runId: number;
  files: FileSummary[];
  durationMs: number;
  /** The code table to complete, when there were unknown codes. */
  unknownCodesFile?: string;
  /** The key file this run wrote: the database's first ingest made its key. */
  keyFileWritten?: string;
}

const LARGE_FILE_BYTES = 4 * 1024 * 1024;

export async function ingestFiles(options: IngestOptions): Promise<IngestSummary> {
  const started = new Date();
  const layouts = loadLayouts(options.layoutsDir);
  const codes = loadCodeTable(options.codesFile);
  const { secret, newKeyFile } = options.secret !== undefined ? { secret: options.secret, newKeyFile: undefined } : resolveSecret({ db: options.db, secretFile: options.secretFile });
  const pads = hmacPads(secret);
  // Recognise every file before touching the database: an unreadable one refuses the run.
  const sniffed: SniffedFile[] = [];
  const hashKey = contentHashKey(secret);
  for (const file of expandInputFiles(options.files)) sniffed.push(await sniffInRun(file, layouts, { ...options, hashKey }));

  // Bounded memory whatever the file size: DuckDB spills its work to <db>.tmp/ past the limit.
  // The tables are created inside the run's transaction (issue 9): a run that fails adds none.
  const database = await openDatabase(options.db, { memoryLimit: options.memoryLimit || memoryLimitFor('ingest'), schema: false, retainMemory: true });
  const { connection } = database;
  try {
    const fingerprint = keyFingerprint(secret);
    const hasFiles = await hasTable(connection, 'ingest_files');
    await checkKey(connection, { db: options.db, fingerprint, newKey: newKeyFile !== undefined });
    await prepareChecks(connection, codes);
    // DuckDB tracks how far a statement is only with its progress bar on (not printed): the
    // progress line of files its reader reads straight into the checks (stageBatch)
    if (options.progress) await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
    // Read and check every file into temporary tables first; the transaction below then only
    // merges (temporary tables built inside a DuckDB transaction are several times slower).
    const context: StageContext = { stages: 0, seen: new Set<string>(), hasFiles, pads, layouts, options };
    const staged = new Map<SniffedFile, StagedFile>();
    const batches = new Map<string, SniffedFile[][]>();
    for (const file of sniffed) {
      const skipped = await alreadyLoaded(connection, file, context);
      if (skipped) staged.set(file, skipped);
      else addToBatch(batches, file, context.options);
    }
    for (const batch of [...batches.values()].flat()) {
      for (const file of await stageBatch(connection, batch, context)) staged.set(file.file, file);
    }
    // FSST off for what the merge writes (db/without-fsst.ts): measured when the absence rows still
    // had brin, vestiging and code as text (their INSERT took a fifth less time at region scale);
    // they are numbers now (db/absence-rows.ts), and the texts left are the register's.
    return await withoutFsst(connection, async () => {
      await connection.run('BEGIN TRANSACTION');
      try {
        await createSchema(connection, { transaction: false });
        const runId = await nextValue(connection, 'ingest_run_seq');
        const files = await mergeFiles(connection, sniffed.map((f) => staged.get(f)!), runId, options.afterFile);
        const durationMs = Date.now() - started.getTime();
        await connection.run(
          `INSERT INTO ingest_runs VALUES ($run_id, $started, now()::TIMESTAMP, $duration, $files, $loaded, $rejected, $version)`,
          {
            run_id: runId,
            started: started.toISOString(),
            duration: durationMs,
            files: files.length,
            loaded: files.reduce((sum, f) => sum + f.rowsLoaded, 0),
            rejected: files.reduce((sum, f) => sum + f.rowsRejected, 0),
            version: '0.1.0',
          },
        );
        await connection.run('INSERT INTO tzm_key SELECT $fingerprint WHERE NOT EXISTS (SELECT 1 FROM tzm_key)', { fingerprint });
        // The key file is written last before the commit: a run that fails earlier leaves none.
        if (newKeyFile !== undefined) writeKeyFile(newKeyFile, secret);
        // Removed when the snapshot is published (snapshot.ts); a run that loaded nothing changed nothing to publish.
        if (files.some((file) => file.status === 'loaded')) markUnpublished(options.db);
        try {
          await connection.run('COMMIT');
        } catch (error) {
          if (newKeyFile !== undefined) rmSync(newKeyFile, { force: true });
          throw error;
        }
        const summary = { runId, files, durationMs, keyFileWritten: newKeyFile };
        const unknown = mergeUnknownCodes(files.map((f) => f.unknownCodes));
        if (unknown.length === 0) return summary;
        const unknownCodesFile = options.unknownCodesFile ?? unknownCodesFileFor(options.db);
        writeUnknownCodes(unknownCodesFile, unknown);
        return { ...summary, unknownCodesFile };
      } catch (error) {
        // After a fatal error (a full disk) DuckDB has ended the transaction itself: the rollback
        // then fails too, and must not hide what happened.
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    throw error instanceof UserError ? error : (databaseError(options.db, error) ?? error);
  } finally {
    database.close();
  }
}

/**
 * One key per database: a database that knows its key's fingerprint refuses another key, and
 * one with data but no fingerprint (made before fingerprints) refuses a key made just now. Runs
 * before anything is written, so a refusal changes nothing.
 */
async function checkKey(connection: DuckDBConnection, { db, fingerprint, newKey }: { db: string; fingerprint: string; newKey: boolean }): Promise<void> {
  if (!(await hasTable(connection, 'ingest_files'))) return; // a new database: its first run stores the fingerprint
  const reader = await connection.runAndReadAll((await hasTable(connection, 'tzm_key')) ? 'SELECT fingerprint FROM tzm_key' : 'SELECT NULL AS fingerprint WHERE false');
  const stored = reader.getRowObjectsJS().map((row) => String(row.fingerprint));
  if (stored.length > 0 && !stored.includes(fingerprint)) {
    throw new UserError(
      `deze database is gevuld met een andere sleutel dan nu gegeven (TZM_SECRET, --secret-file of ${db}.key); zet de juiste sleutel terug, niets is gewijzigd`,
      `this database was filled under another key than the one given now (TZM_SECRET, --secret-file or ${db}.key); restore the right key, nothing was changed`,
    );
  }
  if (stored.length === 0 && newKey && (await queryNumber(connection, 'SELECT count(*) FROM ingest_files')) > 0) {
    throw new UserError(
      `de database heeft al gegevens, maar de sleutel ${db}.key ontbreekt; zet hem terug (of geef TZM_SECRET/--secret-file), niets is gewijzigd`,
      `the database already holds data, but its key ${db}.key is missing; restore it (or pass TZM_SECRET/--secret-file), nothing was changed`,
    );
  }
}

interface StageContext {
  /** Stages made so far: the next one's number is one more. */
  stages: number;
  /** Content hashes met earlier in this run: the same file twice loads once. */
  seen: Set<string>;
  /** The database has an ingest_files table (false: a new database, nothing to look up). */
  hasFiles: boolean;
  pads: HmacPads;
  layouts: Layout[];
  options: IngestOptions;
}

interface StagedFile {
  file: SniffedFile;
  stage: Stage;
  /** The file's place among the files of its stage (stage.ts), from 1. */
  part: number;
  base: Pick<FileSummary, 'name' | 'kind' | 'layout' | 'encoding' | 'delimiter'>;
  /** null: already loaded (same content), nothing staged. */
  tables: TableName[] | null;
  /** Records read: the filled ones (an empty line is no record). */
  read: number;
  /** The records staging rejected: those with a problem and the duplicates. */
  rejected: number;
  unknownCodes: UnknownCode[];
  loadedCodes: LoadedCode[];
}

/**
 * sniffFile with the run's flags; a file of a folder that is refused says how to go on (the
 * run loads nothing, so the rest of the folder waits for it).
 */
async function sniffInRun(file: string, layouts: Layout[], options: IngestOptions & { hashKey: Uint8Array }): Promise<SniffedFile> {
  try {
    return await sniffFile(file, layouts, options);
  } catch (error) {
    if (!(error instanceof UserError) || options.files.includes(file)) throw error;
    const folder = scrubBsn(path.dirname(file));
    throw new UserError(
      `${error.nl}. Dit bestand staat in de map ${folder}: haal het uit de map, of laad het apart (met --kind/--layout), en laad de map opnieuw`,
      `${error.en}. This file is in the folder ${folder}: move it out of the folder, or load it on its own (with --kind/--layout), and load the folder again`,
      { exitCode: error.exitCode },
    );
  }
}

/** --brin/--vestiging for a file without a BRIN column (a file's own column wins). */
function runFixed(file: SniffedFile, options: IngestOptions): Record<string, string> {
  if (file.format !== 'csv' || file.match.columns.has('brin') || !options.brin) return {};
  return { brin: options.brin, ...(options.vestiging ? { vestiging: options.vestiging } : {}) };
}

const baseOf = (file: SniffedFile): StagedFile['base'] => ({
  name: file.name,
  kind: file.format === 'csv' ? file.match.kind : file.kind,
  layout: file.format === 'csv' ? file.match.layout.name : 'opendata-json',
  encoding: file.encoding,
  delimiter: file.format === 'csv' ? file.delimiter : null,
});

/**
 * The file as already loaded (nothing to stage), or undefined when it is to be read. The same
 * content again changes nothing, unless it had refused rows and a code table is given now: that
 * is how the README says to load rows whose codes were unknown (unknown-codes.ts).
 */
async function alreadyLoaded(connection: DuckDBConnection, file: SniffedFile, context: StageContext): Promise<StagedFile | undefined> {
  const loadedBefore = context.hasFiles
    ? await queryNumber(
      connection,
      `SELECT count(*) FROM ingest_files WHERE sha256 = $sha AND status = 'loaded' AND (rows_rejected = 0 OR NOT $withCodes)`,
      { sha: file.sha256, withCodes: context.options.codesFile !== undefined },
    )
    : 0;
  if (loadedBefore > 0 || context.seen.has(file.sha256)) {
    return { file, stage: { n: 0 }, part: 1, base: baseOf(file), tables: null, read: 0, rejected: 0, unknownCodes: [], loadedCodes: [] };
  }
  context.seen.add(file.sha256);
  return undefined;
}

/**
 * Files DuckDB can read together (plain UTF-8 of one layout, the same header and run flags) go
 * into one batch, up to ingestLimits.batchBytes: per file, the checks and their dozen statements
 * cost about as much to set up as to run on a small file. Anything else is a batch of its own.
 */
function addToBatch(batches: Map<string, SniffedFile[][]>, file: SniffedFile, options: IngestOptions): void {
  const key = file.format === 'csv' && file.fastPath
    ? JSON.stringify([file.match.kind, file.match.layout.name, file.delimiter, file.hasHeader, file.header, runFixed(file, options)])
    : `alone ${batches.size}`;
  const list = batches.get(key) ?? [];
  const last = list.at(-1);
  if (last && last.reduce((sum, f) => sum + f.bytes, 0) + file.bytes <= ingestLimits.batchBytes) last.push(file);
  else list.push([file]);
  batches.set(key, list);
}

/** Reads and checks a batch of files into one stage; a batch DuckDB cannot read whole is staged file by file. */
async function stageBatch(connection: DuckDBConnection, files: SniffedFile[], context: StageContext, bulk = true): Promise<StagedFile[]> {
  const [file] = files;
  const stage: Stage = { n: ++context.stages };
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const shown = files.length === 1 ? file.name : `${file.name} en ${files.length - 1} andere`;
  const progress = context.options.progress && bytes > LARGE_FILE_BYTES ? progressLine(context.options.progress, shown, bytes) : undefined;
  await createStageTables(connection, stage);
  const stageAlone = async () => {
    const alone: StagedFile[] = [];
    for (const one of files) alone.push(...(await stageBatch(connection, [one], context, bulk)));
    return alone;
  };
  const rawOptions = { onBytes: progress?.bytes, fixed: runFixed(file, context.options) };
  let record = await readRaw(connection, files, { ...rawOptions, bulk });
  if (record === null) return stageAlone();
  const { kind, layout } = baseOf(file);
  const hoursPerRow = file.format === 'csv' ? (file.match.layout.hoursPerRow ?? 1) : 1;
  const check = (record: RecordJson) => checkRows(connection, { stage, kind: kind as Kind, layout, hoursPerRow, pads: context.pads, record }, files.length);
  let checked: Checked;
  // a lazily read batch counts no bytes as it is read: DuckDB's progress of the checks stands in
  const stopPolling = progress && record.lazy ? pollStatementProgress(connection, (share) => progress.bytes(share * bytes)) : () => {};
  try {
    checked = await check(record);
  } catch (error) {
    stopPolling(); // csvRecords counts its own bytes
    // DuckDB's reader refused the files only now that the checks read them (read-raw.ts): files
    // read together are read one by one, a file alone by csvRecords (nothing was staged yet).
    if (!record.lazy || !(isCsvRefusal(error) || error instanceof LinesOutOfOrder)) throw error;
    if (files.length > 1) {
      await releaseCheckedRows(connection, stage); // the files get stages of their own
      return stageAlone();
    }
    record = (await readRaw(connection, files, { ...rawOptions, bulk: false }))!;
    checked = await check(record);
  } finally {
    stopPolling();
  }
  const { tables, parts } = checked;
  progress?.done(parts.reduce((sum, p) => sum + p.read, 0));
  const { duplicates, rejections } = await rejectDuplicates(connection, stage, tables, files.length);
  // the problems and the duplicates in one go: a lazily read file is read again once (read-raw.ts)
  const rejected = [checked.rejections, rejections].filter((sql) => sql !== null);
  if (rejected.length > 0) await addRejections(connection, stage, record, rejected.join(' UNION ALL '));
  const hasDuplicates = duplicates.some((n) => n > 0);
  for (const table of tables) await createStageView(connection, table, stage, hasDuplicates);
  const loadedCodes = kind.startsWith('verzuim') ? await loadedCodesOf(connection, stage, files.length, hasDuplicates) : files.map(() => []);
  const result: StagedFile[] = [];
  for (const [i, one] of files.entries()) {
    const { read, refused } = parts[i];
    // an unknown code is a refused row: a file without one has none to list
    const unknownCodes = kind.startsWith('verzuim') && refused > 0 ? await unknownCodesOf(connection, stage, layout, i + 1) : [];
    result.push({ file: one, stage, part: i + 1, base: baseOf(one), tables, read, rejected: refused + duplicates[i], unknownCodes, loadedCodes: loadedCodes[i] });
  }
  if (tables.every(isAbsenceTable)) await releaseCheckedRows(connection, stage);
  return result;
}

/**
 * Merges the staged files and logs each in ingest_files, in the order given, whichever batch
 * each was read in: file ids and the log come out as if merged one by one. The absence files of a
 * batch are merged together, when its first file comes (mergeStaged), so the pupils new in a batch
 * get their numbers together (pupil-numbers.ts): which number a pupil gets depends on the batches,
 * what it stands for does not.
 */
async function mergeFiles(connection: DuckDBConnection, list: StagedFile[], runId: number, afterFile: IngestOptions['afterFile']): Promise<FileSummary[]> {
  const fileIds = new Map<StagedFile, number>();
  for (const file of list) fileIds.set(file, await nextValue(connection, 'ingest_file_seq'));
  const ofStage = new Map<Stage, StagedFile[]>();
  for (const file of list) {
    if (file.tables === null) continue;
    const same = ofStage.get(file.stage) ?? [];
    same.push(file);
    ofStage.set(file.stage, same);
  }
  const merged = new Map<StagedFile, MergeCounts>();
  for (const file of list) {
    if (file.tables === null || merged.has(file)) continue;
    const together = file.tables.every((table) => (TABLES[table] as TableSpec).replaceBy === 'school-month') ? ofStage.get(file.stage)! : [file];
    const parts = together.map((one) => ({ fileId: fileIds.get(one)!, fileName: one.file.name, runId, layout: one.base.layout, part: one.part, read: one.read, rejected: one.rejected }));
    const counts = await mergeStaged(connection, file.stage, parts, file.tables);
    together.forEach((one, i) => merged.set(one, counts[i]));
  }
  const summaries: FileSummary[] = [];
  for (const file of list) {
    summaries.push(await logMerged(connection, file, { fileId: fileIds.get(file)!, runId, counts: merged.get(file) }));
    await afterFile?.(file.file.name);
  }
  return summaries;
}

async function logMerged(connection: DuckDBConnection, staged: StagedFile, { fileId, runId, counts }: { fileId: number; runId: number; counts?: MergeCounts }): Promise<FileSummary> {
  const { file, base, read, rejected, unknownCodes, loadedCodes } = staged;
  if (counts === undefined) {
    await logFile(connection, { fileId, runId, file, base, status: 'already_loaded', read: 0, loaded: 0, rejected: 0, replaced: 0 });
    return { ...base, status: 'already_loaded', rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, rowsReplaced: 0, reasons: [], unknownCodes: [], loadedCodes: [] };
  }
  const reasons = rejected > 0 ? await rejectionReasons(connection, fileId) : [];
  await logFile(connection, { fileId, runId, file, base, status: 'loaded', read, ...counts });
  return { ...base, status: 'loaded', rowsRead: read, rowsLoaded: counts.loaded, rowsRejected: counts.rejected, rowsReplaced: counts.replaced, reasons, unknownCodes, loadedCodes };
}

async function rejectionReasons(connection: DuckDBConnection, fileId: number): Promise<FileSummary['reasons']> {
  const reader = await connection.runAndReadAll(
    `SELECT coalesce('kolom ' || "column" || ': ', '') || reason_nl AS reason, count(*) AS n, min(line) AS first_line
     FROM quarantine WHERE file_id = $file_id GROUP BY ALL ORDER BY n DESC, first_line`,
    { file_id: fileId },
  );
  return reader.getRowObjectsJS().map((row) => ({ reason: String(row.reason), count: Number(row.n), firstLine: Number(row.first_line) }));
}

interface LogEntry {
  fileId: number;
  runId: number;
  file: SniffedFile;
  base: { name: string; kind: string; layout: string; encoding: string; delimiter: string | null };
  status: string;
  read: number;
  loaded: number;
  rejected: number;
  replaced: number;
}

async function logFile(connection: DuckDBConnection, entry: LogEntry): Promise<void> {
  await connection.run(
    `INSERT INTO ingest_files VALUES ($file_id, $run_id, $name, $sha, $bytes, $kind, $layout, $encoding, $delimiter, $status, $read, $loaded, $rejected, $replaced)`,
    {
      file_id: entry.fileId,
      run_id: entry.runId,
      name: entry.base.name,
      sha: entry.file.sha256,
      bytes: entry.file.bytes,
      kind: entry.base.kind,
      layout: entry.base.layout,
      encoding: entry.base.encoding,
      delimiter: entry.base.delimiter,
      status: entry.status,
      read: entry.read,
      loaded: entry.loaded,
      rejected: entry.rejected,
      replaced: entry.replaced,
    },
  );
}

async function nextValue(connection: DuckDBConnection, sequence: string): Promise<number> {
  return queryNumber(connection, `SELECT nextval('${sequence}')`);
}

