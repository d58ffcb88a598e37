import { describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseMonthRange, removeMonths, removeMonthsCommand } from '../../pipeline/monitor/remove-months.js';
import { runMonitor } from '../../pipeline/monitor/run-monitor.js';
import { loadTargets } from '../../pipeline/monitor/targets.js';
import { defaultSettings } from '../../pipeline/settings.js';
import { UserError } from '../../pipeline/user-error.js';
import { databaseWith } from '../classify/fixtures.js';
import { town } from './town.js';

async function rows(connection: DuckDBConnection, sql: string) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

const perMonth = (table: string, month: string) =>
  `SELECT ${month} AS m, count(*) AS n FROM ${table} GROUP BY m ORDER BY m`;

describe('removing stored months (classification.md §6)', () => {
  it('removes everything stored for the months and recomputes the targets of the others', async () => {
    const db = await databaseWith(town);
    await runMonitor(db.connection, { from: '2025-01', to: '2025-03', settings: defaultSettings, targets: loadTargets() });
    expect(await removeMonths(db.connection, { from: '2025-01', to: '2025-01' })).toEqual(['2025-01']);

    expect(await rows(db.connection, perMonth('classifications', `strftime(peildatum, '%Y-%m')`)))
      .toEqual([{ m: '2025-02', n: 5 }, { m: '2025-03', n: 5 }]);
    expect(await rows(db.connection, `SELECT DISTINCT maand FROM monitor_counts ORDER BY 1`)).toEqual([{ maand: '2025-02' }, { maand: '2025-03' }]);
    // February's flows compared it with January: gone; March's stay (5 youths)
    expect(await rows(db.connection, `SELECT maand, sum(aantal) AS n FROM monitor_flows GROUP BY maand`)).toEqual([{ maand: '2025-03', n: 5 }]);
    // 23 weekdays of January gone: 20 + 21 left
    expect(await rows(db.connection, 'SELECT count(*) AS n FROM school_day_stats')).toEqual([{ n: 41 }]);
    // the absence shares: one row for the school and one for the municipality per month, January's gone
    expect(await rows(db.connection, perMonth('school_absence_shares', 'maand'))).toEqual([{ m: '2025-02', n: 2 }, { m: '2025-03', n: 2 }]);
    // officieel (-25% a year, no baseline): the baseline is now February (the earliest stored
    // month), value 2: path 2 in February, 2 * 0.75^(1/12) = 1.95262 in March
    expect(await rows(db.connection, `SELECT maand, waarde, round(pad, 5) AS pad, op_koers FROM monitor_targets WHERE target_id = 'officieel' ORDER BY maand`))
      .toEqual([
        { maand: '2025-02', waarde: 2, pad: 2, op_koers: true },
        { maand: '2025-03', waarde: 3, pad: 1.95262, op_koers: false },
      ]);
    db.close();
  });

  it('removes a range of months, months never stored included', async () => {
    const db = await databaseWith(town);
    await runMonitor(db.connection, { from: '2025-01', to: '2025-03', settings: defaultSettings, targets: loadTargets() });
    expect(await removeMonths(db.connection, { from: '2025-02', to: '2025-06' })).toEqual(['2025-02', '2025-03']);
    expect(await rows(db.connection, perMonth('monitor_targets', 'maand'))).toEqual([{ m: '2025-01', n: 4 }]);
    expect(await rows(db.connection, 'SELECT count(*) AS n FROM monitor_flows')).toEqual([{ n: 0 }]);
    db.close();
  });

  it('reads YYYY-MM or YYYY-MM..YYYY-MM and says what it removed', async () => {
    expect(parseMonthRange('2031-01')).toEqual({ from: '2031-01', to: '2031-01' });
    expect(parseMonthRange('2031-01..2031-02')).toEqual({ from: '2031-01', to: '2031-02' });
    for (const bad of ['2031-1', '2031-02..2031-01', '2031-01..2031-02..2031-03', '']) {
      expect(() => parseMonthRange(bad), bad).toThrow(UserError);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'tzm-remove-'));
    const file = path.join(dir, 'tzm.duckdb');
    const db = await databaseWith(town, file);
    await runMonitor(db.connection, { from: '2025-01', to: '2025-02', settings: defaultSettings, targets: loadTargets() });
    db.close();
    let text = '';
    const stdout = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
    await removeMonthsCommand({ db: file, range: '2025-02..2025-03', stdout });
    expect(text).toBe('tzm monitor: 1 maand(en) verwijderd / month(s) removed: 2025-02\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
