import { describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { runMonitor } from '../../pipeline/monitor/run-monitor.js';
import { loadTargets } from '../../pipeline/monitor/targets.js';
import { defaultSettings } from '../../pipeline/settings.js';
import { UserError } from '../../pipeline/user-error.js';
import { uncoveredSchools } from '../../dashboard/data/uncovered-schools.js';
import { databaseWith, delivered, enrollment, pupil, school } from '../classify/fixtures.js';
import { town } from './town.js';

async function rows(connection: DuckDBConnection, sql: string) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

const targets = loadTargets();
const storedTables = ['classifications', 'monitor_counts', 'monitor_flows', 'monitor_targets', 'monitor_uncovered_schools', 'school_day_stats', 'school_absence_shares', 'monitor_runs'];

async function tableSizes(connection: DuckDBConnection) {
  const sizes: Record<string, unknown> = {};
  for (const table of storedTables) sizes[table] = (await rows(connection, `SELECT count(*) AS n FROM ${table}`))[0].n;
  return sizes;
}

describe('months without data (classification.md §6)', () => {
  it('refuses a month later than the newest month any school data covers, and changes nothing', async () => {
    // The town's latest registration is B's period ending 31 March 2025: March is the newest month.
    const db = await databaseWith(town);
    await runMonitor(db.connection, { from: '2025-01', to: '2025-03', settings: defaultSettings, targets });
    const before = await tableSizes(db.connection);
    const run = runMonitor(db.connection, { from: '2025-03', to: '2025-04', settings: defaultSettings, targets });
    await expect(run).rejects.toThrow(UserError);
    await expect(runMonitor(db.connection, { from: '2025-04', to: '2025-04', settings: defaultSettings, targets }))
      .rejects.toThrow(/maand 2025-04 ligt na 2025-03.*month 2025-04 is later than 2025-03/);
    expect(await tableSizes(db.connection)).toEqual(before);
    db.close();
  });

  it('refuses every month when there is no absence data at all', async () => {
    const db = await databaseWith({ ...town, verzuim_events: [], verzuim_periods: [] });
    await expect(runMonitor(db.connection, { from: '2025-01', to: '2025-01', settings: defaultSettings, targets }))
      .rejects.toThrow(/geen verzuimgegevens/);
    expect(Object.values(await tableSizes(db.connection))).toEqual(storedTables.map(() => 0));
    db.close();
  });

  it('records per month the schools with youths in scope whose data did not cover it', async () => {
    const db = await databaseWith({
      scholen: [school({ brin: '01AA' }), school({ brin: '02BB' })],
      leerlingen: [pupil('P'), pupil('Q'), pupil('R')],
      inschrijvingen: [enrollment('P', { brin: '01AA' }), enrollment('Q', { brin: '02BB' }), enrollment('R', { brin: '02BB' })],
      // 01AA delivered January to March; 02BB January and March, nothing over February
      verzuim_events: [...delivered('2025-01', '2025-03', '01AA'), ...delivered('2025-01', '2025-01', '02BB'), ...delivered('2025-03', '2025-03', '02BB')],
    });
    await runMonitor(db.connection, { from: '2025-01', to: '2025-03', settings: defaultSettings, targets });
    // Q and R, enrolled at 02BB on 28 February: 1 school, 2 youths
    expect(await rows(db.connection, 'SELECT maand, brin, leerlingen FROM monitor_uncovered_schools ORDER BY ALL')).toEqual([
      { maand: '2025-02', brin: '02BB', leerlingen: 2 },
    ]);
    expect(await uncoveredSchools(db.connection, '2025-02')).toEqual({
      scholen: ['02BB'], leerlingen: 2,
      zin: '1 school leverde over februari nog niets aan; haar leerlingen tellen met de dagen die wel bekend zijn',
    });
    expect((await uncoveredSchools(db.connection, '2025-02', '01AA')).zin).toBe('');
    expect((await uncoveredSchools(db.connection, '2025-03')).zin).toBe('');
    db.close();
  });
});
