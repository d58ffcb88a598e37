// `tzm monitor --db FILE --from YYYY-MM --to YYYY-MM [--format csv|json] [--out FILE] [--targets F]`:
// runs the monthly monitor and writes, per month, the headline counts and each target's value,
// path and status (doel_<id>, doel_<id>_pad, doel_<id>_op_koers).

import type { Writable } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Command } from '../cli-flags.js';
import { memoryLimitFor, openExisting } from '../db/open.js';
import { runSqlFile } from '../db/run-sql.js';
import { monthsBetween, parseMonth } from '../monitor/months.js';
import { removeMonthsCommand } from '../monitor/remove-months.js';
import { runMonitor } from '../monitor/run-monitor.js';
import { loadTargets, type Target } from '../monitor/targets.js';
import { defaultSettings } from '../settings.js';
import { UserError } from '../user-error.js';
import { db, format, optional, out, text } from './flags.js';
import { publish, publishCommitted, removeSpillOnSignal, unpublishedBefore } from './publish.js';
import { writeRows, type OutputFormat } from './write-rows.js';

export const monitor: Command = {
  summary: 'maandmonitor over een reeks maanden / monthly monitor over a range of months',
  flags: {
    db,
    from: { value: 'JJJJ-MM', help: 'eerste maand (verplicht, behalve met --remove)' },
    to: { value: 'JJJJ-MM', help: 'laatste maand (verplicht, behalve met --remove)' },
    format,
    out,
    targets: { value: 'F', help: 'doelen (JSON)' },
    remove: { value: 'JJJJ-MM[..JJJJ-MM]', help: 'verwijdert deze bewaarde maanden in plaats van te rekenen' },
  },
  async run({ flags }) {
    const stderr = process.stderr;
    const database = text(flags.db);
    await removeSpillOnSignal(database);
    if (flags.remove !== undefined) {
      await removeMonthsCommand({ db: database, range: text(flags.remove) });
      return publishCommitted(database, { committed: true, earlier: false, stderr });
    }
    for (const name of ['from', 'to'] as const) {
      if (flags[name] === undefined) throw new UserError(`--${name} ontbreekt`, `--${name} is required`, { exitCode: 2 });
    }
    const earlier = await unpublishedBefore(database);
    try {
      await monitorCommand({
        db: database,
        from: text(flags.from),
        to: text(flags.to),
        format: text(flags.format) as OutputFormat,
        out: optional(flags.out),
        targetsFile: optional(flags.targets),
        progress: stderr.isTTY ? stderr : undefined,
      });
    } catch (error) {
      // The run may have committed before printing failed (e.g. `| head`): publish what is there.
      await publish(database).catch(() => undefined);
      throw error;
    }
    return publishCommitted(database, { committed: true, earlier, stderr });
  },
};

export interface MonitorCommandOptions {
  db: string;
  from: string;
  to: string;
  format: OutputFormat;
  out?: string;
  /** A targets JSON file; default schemas/targets.json. */
  targetsFile?: string;
  /** A progress line per month goes here when given. */
  progress?: Writable;
  /** Where the rows go without `out`; default process.stdout. */
  stdout?: Writable;
}

export async function monitorCommand(options: MonitorCommandOptions): Promise<void> {
  const from = parseMonth(options.from, 'from');
  const to = parseMonth(options.to, 'to');
  if (monthsBetween(from, to) < 0) {
    throw new UserError(`--from ${from} ligt na --to ${to}`, `--from ${from} is after --to ${to}`, { exitCode: 2 });
  }
  const targets = loadTargets(options.targetsFile);
  const database = await openExisting(options.db, { memoryLimit: memoryLimitFor('monitor'), retainMemory: true });
  try {
    await runMonitor(database.connection, { from, to, settings: defaultSettings, targets, progress: options.progress });
    const rows = await monthRows(database.connection, from, to, targets);
    const fields = [...summaryFields, ...targets.flatMap((t) => [`doel_${t.id}`, `doel_${t.id}_pad`, `doel_${t.id}_op_koers`])];
    await writeRows([rows], { format: options.format, fields, out: options.out, stdout: options.stdout });
  } finally {
    database.close();
  }
}

type MonthRow = Record<string, string | number | boolean>;

/** The columns of summary.sql, in order. */
const summaryFields = [
  'maand', 'peildatum', 'in_beeld', 'fase_1', 'fase_2', 'fase_3', 'fase_3_officieel', 'fase_3_langer_dan_3m',
  'fase_3_langer_dan_3m_zonder_aanbod', 'absoluut_verzuim', 'vrijgesteld', 'vrijgesteld_5a', 'bijna_leerplichtig',
];

/** One row per month: the headline counts, then value, path and status of each target. */
export async function monthRows(connection: DuckDBConnection, from: string, to: string, targets: Target[]): Promise<MonthRow[]> {
  const summary = await runSqlFile(connection, 'pipeline/monitor/summary.sql', { from, to });
  const rows = (summary ? await summary.getRowObjectsJS() : []).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : (v as string | number)])));
  const status = await connection.runAndReadAll(
    'SELECT target_id, maand, waarde, pad, op_koers FROM monitor_targets WHERE maand BETWEEN $from AND $to', { from, to });
  const byKey = new Map(status.getRowObjectsJS().map((s) => [`${s.target_id}|${s.maand}`, s]));
  return rows.map((row) => {
    const out: MonthRow = { ...row };
    for (const target of targets) {
      const s = byKey.get(`${target.id}|${row.maand}`);
      out[`doel_${target.id}`] = s ? Number(s.waarde) : '';
      out[`doel_${target.id}_pad`] = s ? Math.round(Number(s.pad) * 100) / 100 : '';
      out[`doel_${target.id}_op_koers`] = s ? (s.op_koers ? 'ja' : 'nee') : '';
    }
    return out;
  });
}
