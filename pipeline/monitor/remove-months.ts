// classification.md §6: "stored months can be removed again with a command".
// `tzm monitor --db FILE --remove YYYY-MM[..YYYY-MM]` removes everything the monitor stored for
// those months (classifications, counts, flows into them and out of them, uncovered schools,
// school-day attendance, absence shares) in one transaction, and recomputes the target rows of the
// months that remain with the targets of the latest run, so no stored month keeps a path of another
// baseline.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Writable } from 'node:stream';
import { openExisting } from '../db/open.js';
import { UserError } from '../user-error.js';
import { addMonths, monthEnd, monthsBetween, parseMonth } from './months.js';
import { storeTargets } from './store-targets.js';
import { parseTargets, type Target } from './targets.js';

export interface MonthRange {
  from: string;
  to: string;
}

/** '2031-01' or '2031-01..2031-02'. */
export function parseMonthRange(value: string): MonthRange {
  const [from, to = from, ...rest] = value.split('..');
  if (rest.length > 0) parseMonth(value, 'remove');
  const range = { from: parseMonth(from, 'remove'), to: parseMonth(to, 'remove') };
  if (monthsBetween(range.from, range.to) < 0) {
    throw new UserError(`--remove ${value}: ${range.from} ligt na ${range.to}`, `--remove ${value}: ${range.from} is after ${range.to}`, { exitCode: 2 });
  }
  return range;
}

/** Removes the stored months in the range; returns the months that were stored, oldest first. */
export async function removeMonths(connection: DuckDBConnection, { from, to }: MonthRange): Promise<string[]> {
  const params = { from, to };
  const stored = await connection.runAndReadAll(
    `SELECT DISTINCT maand FROM monitor_counts WHERE maand BETWEEN $from AND $to ORDER BY maand`, params);
  const months = stored.getRowObjectsJS().map((r) => String(r.maand));
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(`DELETE FROM classifications WHERE strftime(peildatum, '%Y-%m') BETWEEN $from AND $to`, params);
    for (const table of ['monitor_counts', 'monitor_uncovered_schools', 'school_absence_shares']) {
      await connection.run(`DELETE FROM ${table} WHERE maand BETWEEN $from AND $to`, params);
    }
    // a flow is stored under the later month of its pair: the month after the range lost its pair
    await connection.run('DELETE FROM monitor_flows WHERE maand BETWEEN $from AND $next', { from, next: addMonths(to, 1) });
    await connection.run('DELETE FROM school_day_stats WHERE datum BETWEEN $van::DATE AND $tot::DATE', { van: `${from}-01`, tot: monthEnd(to) });
    await storeTargets(connection, await latestTargets(connection));
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
  return months;
}

/** The targets of the latest monitor run (none before the first run). */
async function latestTargets(connection: DuckDBConnection): Promise<Target[]> {
  const reader = await connection.runAndReadAll('SELECT targets FROM monitor_runs ORDER BY run_id DESC LIMIT 1');
  const [run] = reader.getRowObjectsJS();
  return run ? parseTargets(JSON.parse(String(run.targets)), 'monitor_runs.targets') : [];
}

export interface RemoveMonthsCommandOptions {
  db: string;
  /** The --remove value: YYYY-MM or YYYY-MM..YYYY-MM. */
  range: string;
  /** Where the one-line summary goes; default process.stdout. */
  stdout?: Writable;
}

export async function removeMonthsCommand({ db, range, stdout = process.stdout }: RemoveMonthsCommandOptions): Promise<string[]> {
  const months = parseMonthRange(range);
  const database = await openExisting(db);
  try {
    const removed = await removeMonths(database.connection, months);
    stdout.write(removed.length === 0
      ? `tzm monitor: geen opgeslagen maanden in ${range} / no stored months in ${range}\n`
      : `tzm monitor: ${removed.length} maand(en) verwijderd / month(s) removed: ${removed.join(', ')}\n`);
    return removed;
  } finally {
    database.close();
  }
}
