// The monthly monitor (classification.md §6): classify every month end of a range, then store the
// classifications, the monthly counts, the flows, the schools whose data did not cover a month, the
// target status (recomputed for every stored month), the school-day attendance, the shares of
// pupils missing 10% and 50% of the school year so far and a record of the run, all in ONE
// transaction: a failed or killed run leaves the database as it was.
// A month later than the newest month any school's data covers is refused before anything is done.
// The work that does not depend on the peildatum is done once for all month ends.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Writable } from 'node:stream';
import { classifyPeildatum, dropClassificationTables, prepareHistory } from '../classify/classify.js';
import { runSqlFile } from '../db/run-sql.js';
import { sqlFile } from '../db/sql-file.js';
import { declaredReads } from '../db/step-graph.js';
import { withoutFsst } from '../db/without-fsst.js';
import { schoolYearStart } from '../school-year.js';
import type { Settings } from '../settings.js';
import { UserError } from '../user-error.js';
import { addMonths, monthEnd, monthRange, monthsBetween } from './months.js';
import { storeTargets } from './store-targets.js';
import type { Target } from './targets.js';

export interface MonitorOptions {
  /** First and last month, YYYY-MM, from <= to. */
  from: string;
  to: string;
  settings: Settings;
  targets: Target[];
  /** When given, one line per month classified. */
  progress?: Writable;
  /** Clock, for tests. */
  now?: () => Date;
}

/** What the writes of a run read from the classification's temp tables, as their files declare it. */
const historyRead = ['school-day-stats', 'uncovered-schools', 'school-absence-shares']
  .flatMap((name) => declaredReads(sqlFile(`pipeline/monitor/${name}.sql`)) ?? []);

export interface MonitorRun {
  runId: number;
  months: string[];
}

export async function runMonitor(
  connection: DuckDBConnection,
  { from, to, settings, targets, progress, now = () => new Date() }: MonitorOptions,
): Promise<MonitorRun> {
  const startedAt = now();
  await refuseMonthsWithoutData(connection, to);
  const months = monthRange(from, to);
  // Classify first, into temp tables (connection-local, never part of the database file), and
  // only then write in one transaction. Inside a transaction DuckDB sees no statistics for new
  // temp tables and plans the ASOF joins of the history steps as nested loops.
  // Absent hours only as far back as the rules look from the first month end (absence-horizon.sql),
  // and at least from 1 August of its school year (school-absence-shares.sql), which lies before
  // the range: so school-day-stats.sql has every day of it.
  const firstMonthEnd = monthEnd(from);
  await prepareHistory(connection, { from: firstMonthEnd, until: monthEnd(to), absenceFrom: schoolYearStart(firstMonthEnd), settings });
  // Each month's classification is kept as its own temp table, renamed rather than copied (a
  // copy of 2.5M rows a month at country scale); one view puts the months together for the writes.
  const monthTables = months.map((_, index) => `monitor_classification_${index + 1}`);
  for (const [index, month] of months.entries()) {
    const started = performance.now();
    await classifyPeildatum(connection, { peildatum: monthEnd(month), settings });
    await connection.run(`ALTER TABLE classification RENAME TO ${monthTables[index]}`);
    progress?.write(`tzm monitor: ${month} geclassificeerd / classified (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW monitor_classification AS ${monthTables.map((table) => `SELECT * FROM ${table}`).join(' UNION ALL ')}`,
  );
  // Only the steps the writes below read are kept (the .sql files' "reads:"): at country scale the
  // rest (the last month's steps, most of the history) kept the run at its memory limit, and the
  // steps below were slower (one profile: flows 10.7 -> 8.4 s, shares 50 -> 43 s).
  await dropClassificationTables(connection, { keep: historyRead });
  try {
    // Without FSST (db/without-fsst.ts), storing 20M classifications at country scale took 20 s
    // instead of 31; leerling_id is stored plain (the table 60% larger).
    return await withoutFsst(connection, async () => {
      await connection.run('BEGIN TRANSACTION');
      try {
        await connection.run(
          `DELETE FROM classifications WHERE strftime(peildatum, '%Y-%m') BETWEEN $from AND $to`, { from, to });
        await connection.run('INSERT INTO classifications BY NAME SELECT * FROM monitor_classification');
        await runSqlFile(connection, 'pipeline/monitor/counts.sql', { from, to });
        await runSqlFile(connection, 'pipeline/monitor/flows.sql', { from, previous: addMonths(from, -1), next: addMonths(to, 1) });
        await runSqlFile(connection, 'pipeline/monitor/uncovered-schools.sql', { from, to });
        await runSqlFile(connection, 'pipeline/monitor/school-day-stats.sql', { van: `${from}-01`, tot: monthEnd(to) });
        await runSqlFile(connection, 'pipeline/monitor/school-absence-shares.sql', {
          from, to, persistentAbsenceShare: settings.persistentAbsenceShare, severeAbsenceShare: settings.severeAbsenceShare,
        });
        await storeTargets(connection, targets);
        const reader = await connection.runAndReadAll(
          `INSERT INTO monitor_runs VALUES (nextval('monitor_run_seq'), $started::TIMESTAMP, $finished::TIMESTAMP, $from, $to, $settings, $targets)
           RETURNING run_id`,
          {
            started: startedAt.toISOString(), finished: now().toISOString(), from, to,
            settings: JSON.stringify(settings), targets: JSON.stringify({ targets }),
          },
        );
        await connection.run('COMMIT');
        return { runId: Number(reader.getRowObjectsJS()[0].run_id), months };
      } catch (error) {
        await connection.run('ROLLBACK');
        throw error;
      }
    });
  } finally {
    await dropClassificationTables(connection);
    await connection.run('DROP VIEW IF EXISTS temp.main.monitor_classification');
    for (const table of monthTables) await connection.run(`DROP TABLE IF EXISTS temp.main.${table}`);
  }
}

/** classification.md §6: "no month is published that no data speaks for". */
async function refuseMonthsWithoutData(connection: DuckDBConnection, to: string): Promise<void> {
  const result = await runSqlFile(connection, 'pipeline/monitor/newest-covered-month.sql');
  const newest = result ? ((await result.getRowObjectsJS())[0]?.maand as string | null) : null;
  if (newest === null || newest === undefined) {
    throw new UserError(
      `er zijn nog geen verzuimgegevens: de monitor publiceert geen maand zonder gegevens`,
      `there is no absence data yet: the monitor publishes no month without data`,
    );
  }
  if (monthsBetween(newest, to) > 0) {
    throw new UserError(
      `maand ${to} ligt na ${newest}, de laatste maand met verzuimgegevens van een school; er is niets veranderd`,
      `month ${to} is later than ${newest}, the newest month any school's absence data covers; nothing was changed`,
    );
  }
}
