// Crash trials: a database holding a first run, a second run started with the tzm command and
// SIGKILLed at a chosen moment. After each kill the database must open, pass the integrity
// checks, and hold exactly the state before the second run, or exactly the state after it when
// the kill came after its commit (while the CLI publishes its snapshot). Published snapshots must
// be whole states as well.
// - ingest: first the committed sample municipality's register, then absence exports and a
//   corrected re-export that replaces earlier months (deletes as well as inserts);
// - monitor: a generated municipality, monitored for three months, then for six (replacing
//   the three).

import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fingerprint, integrityProblems, monitorProblems } from './db-state.js';
import { runTzm, spawnTzm } from './tzm.js';

const SAMPLES = path.resolve('data-samples');
const FIRST = [
  'scholen.csv', 'leerlingen.csv', 'inschrijvingen.csv', 'vrijstellingen.csv', 'trajecten.csv', 'redenen.csv',
  'feestdagen.csv', 'studiedagen.csv', 'vakanties-2024-2025.json', 'vakanties-2025-2026.json', 'verzuim-perioden-bestuur-01.csv',
];
const SECOND = ['verzuim-lessen-49UY.csv', 'verzuim-uren-06EC.csv'];
const SNAPSHOT = /^\d{8}T\d{9}Z\.duckdb$/;

export interface CrashSetup {
  dir: string;
  /** The database after the first run (closed, with its published snapshot beside it). */
  base: string;
  /** The tzm arguments of the second run against a database. */
  second: (db: string) => string[];
  /** The integrity checks for this command. */
  check: (db: string) => Promise<string[]>;
  before: Record<string, string>;
  after: Record<string, string>;
  /** States of the snapshots published before the second run (older states are fine there). */
  published: Array<Record<string, string>>;
  /** How long an uninterrupted second ingest takes, publishing included. */
  runMs: number;
}

export async function prepareIngestCrash(): Promise<CrashSetup> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tzm-crash-'));
  const base = path.join(dir, 'base', 'tzm.duckdb');
  // Our own copy: other tests may regenerate data-samples/ while the trials run.
  const samples = path.join(dir, 'samples');
  cpSync(SAMPLES, samples, { recursive: true });
  mustRun(['ingest', '--db', base, ...FIRST.map((name) => path.join(samples, name))]);
  // A corrected re-export of a first-ingest file (its last row dropped): it replaces the school
  // months it covers, so the second ingest deletes as well as inserts.
  const corrected = path.join(samples, 'verzuim-perioden-bestuur-01-correctie.csv');
  const lines = readFileSync(path.join(samples, 'verzuim-perioden-bestuur-01.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(corrected, `${lines.slice(0, -1).join('\n')}\n`);
  const load = [...SECOND.map((name) => path.join(samples, name)), corrected];

  return finishSetup(dir, base, (db) => ['ingest', '--db', db, ...load], integrityProblems);
}

export async function prepareMonitorCrash(): Promise<CrashSetup> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tzm-crash-'));
  const base = path.join(dir, 'base', 'tzm.duckdb');
  const inputs = path.join(dir, 'gemeente');
  mustRun(['generate', '--out', inputs, '--pupils', '800', '--seed', '3']);
  mustRun(['ingest', '--db', base, inputs]);
  mustRun(['monitor', '--db', base, '--from', '2026-05', '--to', '2026-07', '--out', path.join(dir, 'monitor-1.csv')]);
  const second = (db: string) => ['monitor', '--db', db, '--from', '2026-05', '--to', '2026-10', '--out', `${db}.monitor.csv`];
  const check = async (db: string) => [...(await integrityProblems(db)), ...(await monitorProblems(db))];
  return finishSetup(dir, base, second, check);
}

/** The states before and after an uninterrupted second run, and how long that run takes. */
async function finishSetup(dir: string, base: string, second: CrashSetup['second'], check: CrashSetup['check']): Promise<CrashSetup> {
  const before = await fingerprint(copyDatabase(base, path.join(dir, 'before')));
  const reference = copyDatabase(base, path.join(dir, 'reference'));
  const started = performance.now();
  mustRun(second(reference));
  const runMs = performance.now() - started;
  const after = await fingerprint(reference);
  if (JSON.stringify(before) === JSON.stringify(after)) throw new Error('the second run changes nothing: the trials would test nothing');
  const published: CrashSetup['published'] = [];
  const snapshots = path.join(dir, 'before', `${path.basename(base)}.snapshots`);
  for (const name of existsSync(snapshots) ? readdirSync(snapshots).filter((n) => SNAPSHOT.test(n)) : []) {
    published.push(await fingerprint(path.join(snapshots, name)));
  }
  return { dir, base, second, check, before, after, published, runMs };
}

function mustRun(args: string[]): void {
  const result = runTzm(args);
  if (result.code !== 0) throw new Error(`tzm ${args[0]} failed (${result.code}): ${result.stderr}`);
}

/** Copies a closed database (and its WAL and snapshots, if any) into `toDir`; returns the copy. */
export function copyDatabase(db: string, toDir: string): string {
  const target = path.join(toDir, path.basename(db));
  cpSync(path.dirname(db), toDir, { recursive: true, filter: (source) => !source.endsWith('.key') });
  if (!existsSync(target)) copyFileSync(db, target);
  return target;
}

export type KillAt =
  | { afterMs: number }
  /** As soon as the summary is printed: the transaction is committed, the snapshot is next. */
  | { afterSummaryMs: number }
  /** As soon as the snapshot copy is being written (its `.partial` file appears). */
  | { duringSnapshotCopy: true };

export interface TrialResult {
  killed: boolean;
  /** Exit code and stderr when the process ended by itself. */
  code: number | null;
  stderr: string;
  /** From spawn to exit. */
  ms: number;
  state: 'before' | 'after' | 'neither';
  problems: string[];
  /** Published snapshots that do not open or hold neither state. */
  badSnapshots: string[];
  /** Half-written snapshot copies left behind (ignored by readers, by their name). */
  partials: number;
}

export async function crashTrial(setup: CrashSetup, trial: number, killAt: KillAt): Promise<TrialResult> {
  const db = copyDatabase(setup.base, path.join(setup.dir, `trial-${trial}`));
  const started = performance.now();
  const child = spawnTzm(setup.second(db));
  child.stdout!.resume();
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const kill = () => child.kill('SIGKILL');
  let watcher: ReturnType<typeof watch> | undefined;
  let timer: NodeJS.Timeout | undefined;
  if ('afterMs' in killAt) timer = setTimeout(kill, killAt.afterMs);
  if ('afterSummaryMs' in killAt) child.stdout!.once('data', () => (timer = setTimeout(kill, killAt.afterSummaryMs)));
  if ('duringSnapshotCopy' in killAt) {
    watcher = watch(`${db}.snapshots`, (_, name) => {
      if (name?.endsWith('.partial')) kill();
    });
  }
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  const ms = performance.now() - started;
  clearTimeout(timer);
  watcher?.close();

  const problems: string[] = [];
  let state: TrialResult['state'] = 'neither';
  try {
    problems.push(...(await setup.check(db)));
    const now = await fingerprint(db);
    state = same(now, setup.before) ? 'before' : same(now, setup.after) ? 'after' : 'neither';
    if (state === 'neither') problems.push(`state is neither before nor after: ${JSON.stringify(differences(now, setup.before, setup.after))}`);
  } catch (error) {
    problems.push(`database does not open: ${(error as Error).message}`);
  }
  const { bad, partials } = await checkSnapshots(db, setup);
  return { killed: signal === 'SIGKILL', code, stderr, ms, state, problems, badSnapshots: bad, partials };
}

async function checkSnapshots(db: string, setup: CrashSetup): Promise<{ bad: string[]; partials: number }> {
  const dir = `${db}.snapshots`;
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const bad: string[] = [];
  for (const name of names.filter((n) => SNAPSHOT.test(n))) {
    const file = path.join(dir, name);
    try {
      const state = await fingerprint(file);
      const problems = await setup.check(file);
      const known = [setup.before, setup.after, ...setup.published].some((s) => same(state, s));
      if (problems.length > 0 || !known) bad.push(`${name}: ${problems.join('; ') || 'not a state the database had'}`);
    } catch (error) {
      bad.push(`${name}: does not open: ${(error as Error).message}`);
    }
  }
  return { bad, partials: names.filter((n) => n.endsWith('.partial')).length };
}

function same(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function differences(now: Record<string, string>, before: Record<string, string>, after: Record<string, string>) {
  return Object.keys(now)
    .filter((table) => now[table] !== before[table] || now[table] !== after[table])
    .map((table) => ({ table, now: now[table], before: before[table], after: after[table] }));
}

/** mulberry32: a small seeded generator, so a failing trial can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
