// Absent hours are worked out from each pupil's horizon, the school day before W12 on the first
// peildatum, plus the earlier history of the pupils whose rules can reach back past it
// (absence-horizon.sql, absence-pieces-before-horizon.sql). A performance choice only:
// the rows must be exactly those of the whole history. The hand-made cases reach back in each way
// the extension looks for; the sample municipality compares both ways row by row, for classify and
// for the monitor.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { classifyPeildatum, dropClassificationTables, prepareHistory } from '../../pipeline/classify/classify.js';
import { runSqlFile } from '../../pipeline/db/run-sql.js';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { monthEnd, monthRange } from '../../pipeline/monitor/months.js';
import { runMonitor } from '../../pipeline/monitor/run-monitor.js';
import { defaultSettings } from '../../pipeline/settings.js';
import { ingest, tempDir } from '../ingest/helpers.js';
import { classifyPupil, databaseWith, delivered, enrollment, event, period, pupil, school } from './fixtures.js';

describe('absence history before the horizon (absence-pieces-before-horizon.sql)', () => {
  it('sets each pupil\'s horizon on the school day before W12 on the first peildatum', async () => {
    const db = await databaseWith({
      scholen: [school()],
      leerlingen: [pupil('L1'), pupil('L2')],
      inschrijvingen: [enrollment('L1', { van: '2024-08-19' }), enrollment('L2', { van: '2025-01-06' })],
      verzuim_events: delivered('2024-08', '2025-03'),
    });
    const horizons = async (absenceFrom?: string) => {
      await prepareHistory(db.connection, { from: '2025-03-14', until: '2025-03-14', absenceFrom });
      const rows = await rowsOf(db.connection, `SELECT l.leerling_id, h.first_ord, h.last_ord, h.since::VARCHAR AS since
        FROM absence_horizon h JOIN pupils p USING (pupil_id) JOIN leerlingen l USING (pupil_no) ORDER BY 1`);
      await dropClassificationTables(db.connection);
      return rows;
    };
    try {
      // L1: weekdays from Mon 19 Aug 2024 to Fri 14 Mar 2025 are 150 school days; W12 is the last
      // 60, from Mon 23 Dec, so the horizon is day 90, Fri 20 Dec. L2 has 50 school days (from
      // Mon 6 Jan): no day before its windows, no horizon.
      expect(await horizons()).toEqual([{ leerling_id: 'L1', first_ord: 90, last_ord: 150, since: '2024-12-20' }]);
      // absent hours needed from 1 September on (as the monitor's shares need them from 1 August):
      // L1's horizon is the first school day on or after it, Mon 2 Sep (day 11)
      expect(await horizons('2024-09-01')).toEqual([{ leerling_id: 'L1', first_ord: 11, last_ord: 150, since: '2024-09-02' }]);
    } finally {
      db.close();
    }
  });

  it('keeps a streak that began before the horizon whole', async () => {
    const row = await classifyPupil({
      scholen: [school()],
      leerlingen: [pupil('L1')],
      inschrijvingen: [enrollment('L1', { van: '2024-08-19' })],
      verzuim_periods: [period('L1', '2024-08-19', '2025-03-14', 'ongeoorloofd')],
    }, '2025-03-14');
    // every weekday from Mon 19 Aug 2024 to Fri 14 Mar 2025: 150 school days
    expect(row).toMatchObject({ fase: '3', duur: '>3m', officieel: 'ja', streak_start: '2024-08-19', streak_dagen: 150 });
  });

  it('reads W4 and the streak of a returning pupil with fewer school days than W12 (no horizon)', async () => {
    const row = await classifyPupil({
      scholen: [school({ brin: '01AA' }), school({ brin: '02BB' })],
      leerlingen: [pupil('L1')],
      inschrijvingen: [
        enrollment('L1', { brin: '02BB', van: '2024-08-19', tot: '2024-08-30' }), // 10 school days
        enrollment('L1', { brin: '01AA', van: '2025-03-10' }), // 5 school days up to D
      ],
      verzuim_events: [
        event('L1', '2024-08-26', 4, 'ongeoorloofd', { brin: '02BB' }),
        event('L1', '2024-08-27', 4, 'ongeoorloofd', { brin: '02BB' }),
      ],
      verzuim_periods: [
        period('L1', '2024-08-28', '2024-08-30', 'ziek', { brin: '02BB' }),
        period('L1', '2025-03-10', '2025-03-14', 'ziek', { brin: '01AA' }),
      ],
    }, '2025-03-14');
    // W4 = all 15 school days (75 h): 8 ongeoorloofd + 40 ziek absent; the streak runs 28 Aug - 14 Mar
    expect(row).toMatchObject({
      categorie: 'ingeschreven', fase: '2', streak_start: '2024-08-28', streak_dagen: 8,
      ongeoorloofd_uren_w4: 8, aanwezigheid_w4: 0.36, signalen: 'aanwezigheid_laag|ziek_lang',
    });
  });

  it('counts W12 over the months the school sent data for, skipping the others (§1 data coverage)', async () => {
    // 01AA's data covers August, September, October 2024 and March 2025 only (the months of its
    // registrations), so November to February are no school days. School days from Mon 19 Aug:
    // August 10, September 21, October 23, March 3-14 10 = 64; W12 = the last 60, from Fri 23 Aug,
    // and the horizon is the day before, Thu 22 Aug. Four one-day sick spells start in W12, the
    // first on 26 Aug.
    const row = await classifyPupil({
      scholen: [school()],
      leerlingen: [pupil('L1')],
      inschrijvingen: [enrollment('L1', { van: '2024-08-19' })],
      verzuim_events: ['2024-08-26', '2024-09-10', '2024-10-08', '2025-03-05'].map((d) => event('L1', d, 1, 'ziek')),
    }, '2025-03-14');
    expect(row).toMatchObject({ categorie: 'ingeschreven', fase: '2', signalen: 'ziek_frequent' });
  });

  it('counts a sick spell that crosses the horizon from its true first day (ziek_lang)', async () => {
    // 2 ziek hours on every weekday from Mon 26 Aug 2024 to Fri 14 Mar 2025: one sick spell of
    // 145 school days, never fully absent (2 of 5 hours). With ziek_lang set at more than 140
    // days it holds; counted from the horizon (Fri 20 Dec: 61 days) it would not.
    const days: string[] = [];
    for (let d = new Date('2024-08-26T00:00:00Z'); d <= new Date('2025-03-14T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
    }
    expect(days).toHaveLength(145);
    const row = await classifyPupil({
      scholen: [school()],
      leerlingen: [pupil('L1')],
      inschrijvingen: [enrollment('L1', { van: '2024-08-19' })],
      verzuim_events: days.map((d) => event('L1', d, 2, 'ziek')),
    }, '2025-03-14', 'L1', { longSickSpellDays: 140 });
    // W4: 20 days x 2 of 5 hours absent = 40% (aanwezigheid_laag); the spell: ziek_lang
    expect(row).toMatchObject({ fase: '2', streak_dagen: 0, signalen: 'aanwezigheid_laag|ziek_lang' });
  });
});

/**
 * Every column of the temp table `classification` on D (the §5 fields and the dashboards'), from
 * the whole absence history (prepareHistory without `from`) or from the horizon of D.
 */
async function classifyAllColumns(connection: DuckDBConnection, peildatum: string, horizon: boolean) {
  await prepareHistory(connection, { from: horizon ? peildatum : undefined, until: peildatum });
  await classifyPeildatum(connection, { peildatum });
  const rows = await rowsOf(connection, 'SELECT * FROM classification ORDER BY leerling_id');
  await dropClassificationTables(connection);
  return rows;
}

async function rowsOf(connection: DuckDBConnection, sql: string) {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

describe('the horizon against the whole history, on the sample municipality', () => {
  let db: Database;

  beforeAll(async () => {
    const file = path.join(tempDir(), 'sample.duckdb');
    await ingest(file, [path.resolve('data-samples')]);
    db = await openDatabase(file);
  }, 300_000);
  afterAll(() => db?.close());

  it('needs the earlier history of some pupils, not of all', async () => {
    await prepareHistory(db.connection, { from: '2026-10-31', until: '2026-10-31' });
    // pass 2 takes the earlier pieces of the pupils that needed them
    const [extended] = await rowsOf(db.connection, 'SELECT count(DISTINCT pupil_id)::INTEGER AS n FROM absence_pieces_before_horizon');
    const [horizon] = await rowsOf(db.connection, 'SELECT count(*)::INTEGER AS n FROM absent_days');
    await dropClassificationTables(db.connection);
    await prepareHistory(db.connection, { until: '2026-10-31' });
    const [full] = await rowsOf(db.connection, 'SELECT count(*)::INTEGER AS n FROM absent_days');
    await dropClassificationTables(db.connection);
    expect(extended.n).toBeGreaterThan(0);
    expect(Number(horizon.n)).toBeLessThan(Number(full.n));
  }, 120_000);

  it.each(['2025-09-30', '2025-12-31', '2026-03-15', '2026-06-30', '2026-10-31'])(
    'classifies on %s exactly as from the whole history',
    async (peildatum) => {
      const full = await classifyAllColumns(db.connection, peildatum, false);
      const withHorizon = await classifyAllColumns(db.connection, peildatum, true);
      expect(withHorizon.length).toBeGreaterThan(4000);
      expect(withHorizon).toEqual(full);
    },
    120_000,
  );

  it.each([['2026-01', '2026-10'], ['2025-10', '2025-12']])(
    'stores for the monitor %s to %s the rows and school-day figures of the whole history',
    async (from, to) => {
      await runMonitor(db.connection, { from, to, settings: defaultSettings, targets: [] });
      const months = monthRange(from, to);
      const full = [];
      for (const month of months) full.push(...await classifyAllColumns(db.connection, monthEnd(month), false));
      const columns = Object.keys(full[0]).join(', ');
      const stored = await rowsOf(db.connection, `SELECT ${columns} FROM classifications
        WHERE strftime(peildatum, '%Y-%m') BETWEEN '${from}' AND '${to}' ORDER BY peildatum, leerling_id`);
      expect(new Set(full.map((row) => String(row.peildatum))).size).toBe(months.length);
      expect(stored).toEqual(full);

      // school_day_stats of the range, recomputed from the whole history
      const stats = `SELECT * FROM school_day_stats WHERE datum BETWEEN DATE '${from}-01' AND DATE '${monthEnd(to)}' ORDER BY ALL`;
      const storedStats = await rowsOf(db.connection, stats);
      await prepareHistory(db.connection, { until: monthEnd(to) });
      await runSqlFile(db.connection, 'pipeline/monitor/school-day-stats.sql', { van: `${from}-01`, tot: monthEnd(to) });
      await dropClassificationTables(db.connection);
      expect(storedStats.length).toBeGreaterThan(0);
      expect(await rowsOf(db.connection, stats)).toEqual(storedStats);
    },
    300_000,
  );
});
