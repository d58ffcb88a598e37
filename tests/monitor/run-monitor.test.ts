import { describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { runMonitor } from '../../pipeline/monitor/run-monitor.js';
import { loadTargets, parseTargets } from '../../pipeline/monitor/targets.js';
import { defaultSettings } from '../../pipeline/settings.js';
import { UserError } from '../../pipeline/user-error.js';
import { databaseWith, delivered, enrollment, period, pupil, school } from '../classify/fixtures.js';
import { town } from './town.js';

async function rows(connection: DuckDBConnection, sql: string) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

const targets = loadTargets();

async function monitoredTown(from = '2025-01', to = '2025-03') {
  const db = await databaseWith(town);
  await runMonitor(db.connection, { from, to, settings: defaultSettings, targets });
  return db;
}

describe('runMonitor (classification.md §6)', () => {
  it('stores every month end classification', async () => {
    const db = await monitoredTown();
    expect(await rows(db.connection, `
      SELECT strftime(peildatum, '%Y-%m-%d') AS d, string_agg(leerling_id || ':' || CASE WHEN fase = '-' THEN categorie ELSE fase END, ' ' ORDER BY leerling_id) AS s
      FROM classifications GROUP BY d ORDER BY d`)).toEqual([
      { d: '2025-01-31', s: 'A:1 B:2 C:3 D:vrijgesteld E:1' },
      { d: '2025-02-28', s: 'A:1 B:3 C:3 D:2 F:bijna_leerplichtig' },
      { d: '2025-03-31', s: 'A:1 B:3 C:3 D:3 F:bijna_leerplichtig' },
    ]);
    db.close();
  });

  it('counts per month by phase, and per breakdown', async () => {
    const db = await monitoredTown();
    expect(await rows(db.connection, `
      SELECT maand, categorie, fase, duur, officieel, passend_aanbod, aantal FROM monitor_counts
      WHERE dimensie = 'totaal' AND maand = '2025-03' ORDER BY ALL`)).toEqual([
      { maand: '2025-03', categorie: 'absoluut_verzuim', fase: '3', duur: '>3m', officieel: 'ja', passend_aanbod: 'nee', aantal: 1 },
      { maand: '2025-03', categorie: 'absoluut_verzuim', fase: '3', duur: '>4w', officieel: 'ja', passend_aanbod: 'nee', aantal: 1 },
      { maand: '2025-03', categorie: 'bijna_leerplichtig', fase: '-', duur: '-', officieel: 'nee', passend_aanbod: '-', aantal: 1 },
      { maand: '2025-03', categorie: 'ingeschreven', fase: '1', duur: '-', officieel: 'nee', passend_aanbod: '-', aantal: 1 },
      { maand: '2025-03', categorie: 'ingeschreven', fase: '3', duur: '>4w', officieel: 'ja', passend_aanbod: 'nee', aantal: 1 },
    ]);
    // January: B (fase 2) carries two signals and counts once under each; the others have none.
    expect(await rows(db.connection, `
      SELECT waarde, fase, aantal FROM monitor_counts WHERE dimensie = 'signaal' AND maand = '2025-01' ORDER BY ALL`)).toEqual([
      { waarde: '', fase: '-', aantal: 1 },
      { waarde: '', fase: '1', aantal: 2 },
      { waarde: '', fase: '3', aantal: 1 },
      { waarde: 'aanwezigheid_laag', fase: '2', aantal: 1 },
      { waarde: 'verzuim_16u', fase: '2', aantal: 1 },
    ]);
    // every breakdown of a month adds up to its total
    expect(await rows(db.connection, `
      SELECT dimensie, sum(aantal) AS n FROM monitor_counts WHERE maand = '2025-02' AND dimensie <> 'signaal' GROUP BY ALL ORDER BY ALL`))
      .toEqual(['artikel', 'brin', 'kwalificatieplichtig', 'leeftijd', 'reden', 'sector', 'totaal', 'traject_soort'].map((dimensie) => ({ dimensie, n: 5 })));
    db.close();
  });

  it('stores the flows between consecutive month ends by (categorie, fase), with buiten_beeld for moves and new youths', async () => {
    const db = await monitoredTown();
    expect(await rows(db.connection, 'SELECT maand, van, naar, aantal FROM monitor_flows ORDER BY ALL')).toEqual([
      { maand: '2025-02', van: 'absoluut_verzuim/3', naar: 'absoluut_verzuim/3', aantal: 1 }, // C
      { maand: '2025-02', van: 'buiten_beeld', naar: 'bijna_leerplichtig/-', aantal: 1 }, // F entered
      { maand: '2025-02', van: 'ingeschreven/1', naar: 'buiten_beeld', aantal: 1 }, // E moved out
      { maand: '2025-02', van: 'ingeschreven/1', naar: 'ingeschreven/1', aantal: 1 }, // A
      { maand: '2025-02', van: 'ingeschreven/2', naar: 'ingeschreven/3', aantal: 1 }, // B
      { maand: '2025-02', van: 'vrijgesteld/-', naar: 'absoluut_verzuim/2', aantal: 1 }, // D
      { maand: '2025-03', van: 'absoluut_verzuim/2', naar: 'absoluut_verzuim/3', aantal: 1 }, // D
      { maand: '2025-03', van: 'absoluut_verzuim/3', naar: 'absoluut_verzuim/3', aantal: 1 }, // C
      { maand: '2025-03', van: 'bijna_leerplichtig/-', naar: 'bijna_leerplichtig/-', aantal: 1 }, // F
      { maand: '2025-03', van: 'ingeschreven/1', naar: 'ingeschreven/1', aantal: 1 }, // A
      { maand: '2025-03', van: 'ingeschreven/3', naar: 'ingeschreven/3', aantal: 1 }, // B: fase 3 -> 3, but C's is another pair
    ]);
    db.close();
  });

  it('pairs December with January across the turn of the year', async () => {
    const db = await monitoredTown('2024-12', '2025-01');
    const flows = await rows(db.connection, `SELECT maand, van, naar, aantal FROM monitor_flows ORDER BY ALL`);
    // the five youths in scope on both month ends (F comes into view in February); D stays vrijgesteld
    expect(flows.every((f) => f.maand === '2025-01')).toBe(true);
    expect(flows.reduce((n, f) => n + Number(f.aantal), 0)).toBe(5);
    expect(flows).toContainEqual({ maand: '2025-01', van: 'vrijgesteld/-', naar: 'vrijgesteld/-', aantal: 1 });
    // and each youth's flow is the pair of its two stored states
    const stored = await rows(db.connection, `SELECT strftime(peildatum, '%m') AS m, leerling_id, categorie || '/' || fase AS state FROM classifications`);
    const state = (m: string, id: unknown) => stored.find((r) => r.m === m && r.leerling_id === id)?.state ?? 'buiten_beeld';
    const pairs = new Map<string, number>();
    for (const id of new Set(stored.map((r) => r.leerling_id))) {
      const key = `${state('12', id)} -> ${state('01', id)}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    expect(new Map(flows.map((f) => [`${f.van} -> ${f.naar}`, Number(f.aantal)]))).toEqual(pairs);
    db.close();
  });

  it('counts a thuiszitter taken off the roll, ingeschreven/3 -> absoluut_verzuim/3, as a flow', async () => {
    const db = await databaseWith({
      scholen: [school()],
      leerlingen: [pupil('T')],
      inschrijvingen: [enrollment('T', { tot: '2025-02-28' })],
      verzuim_periods: [period('T', '2025-01-02', '2025-02-28', 'ongeoorloofd')],
      verzuim_events: delivered('2025-03', '2025-03'), // the school delivered March too
    });
    await runMonitor(db.connection, { from: '2025-02', to: '2025-03', settings: defaultSettings, targets: [] });
    // 28 Feb: absent every school day since Thu 2 Jan: 22 + 20 = 42 > 20, ingeschreven fase 3.
    // 31 Mar: not enrolled since 1 Mar: elapsed 31 days > 28, absoluut_verzuim fase 3.
    // By fase alone this was "3 -> 3", no flow.
    expect(await rows(db.connection, `SELECT maand, van, naar, aantal FROM monitor_flows`)).toEqual([
      { maand: '2025-03', van: 'ingeschreven/3', naar: 'absoluut_verzuim/3', aantal: 1 },
    ]);
    db.close();
  });

  it('follows each target along its path', async () => {
    const db = await monitoredTown();
    const status = await rows(db.connection, 'SELECT target_id, maand, waarde, round(pad, 5) AS pad, op_koers FROM monitor_targets ORDER BY ALL');
    expect(status).toEqual([
      // fase 3 (B, C, D): -50% from January (the earliest stored month) to its end month 2027-07,
      // 30 months: path 1 * 0.5^(k/30) = 0.97716, 0.95484
      { target_id: 'alle_fase3', maand: '2025-01', waarde: 1, pad: 1, op_koers: true },
      { target_id: 'alle_fase3', maand: '2025-02', waarde: 2, pad: 0.97716, op_koers: false },
      { target_id: 'alle_fase3', maand: '2025-03', waarde: 3, pad: 0.95484, op_koers: false },
      // >3m without passend aanbod: fixed 0; C in March
      { target_id: 'langer_dan_3m_zonder_aanbod', maand: '2025-01', waarde: 0, pad: 0, op_koers: true },
      { target_id: 'langer_dan_3m_zonder_aanbod', maand: '2025-02', waarde: 0, pad: 0, op_koers: true },
      { target_id: 'langer_dan_3m_zonder_aanbod', maand: '2025-03', waarde: 1, pad: 0, op_koers: false },
      // official: -25% a year from January's 1: 0.75^(1/12) = 0.97631, 0.75^(2/12) = 0.95318
      { target_id: 'officieel', maand: '2025-01', waarde: 1, pad: 1, op_koers: true },
      { target_id: 'officieel', maand: '2025-02', waarde: 2, pad: 0.97631, op_koers: false },
      { target_id: 'officieel', maand: '2025-03', waarde: 3, pad: 0.95318, op_koers: false },
      // art. 5a (D in January): -10% a year: 0.9^(1/12) = 0.99126, 0.9^(2/12) = 0.98259
      { target_id: 'vrijstelling_5a', maand: '2025-01', waarde: 1, pad: 1, op_koers: true },
      { target_id: 'vrijstelling_5a', maand: '2025-02', waarde: 0, pad: 0.99126, op_koers: true },
      { target_id: 'vrijstelling_5a', maand: '2025-03', waarde: 0, pad: 0.98259, op_koers: true },
    ]);
    db.close();
  });

  it('gives a -50% target with an end month the same path whatever range a run is given', async () => {
    // baseline January (fase 3: C alone = 1), end December 2025: 11 months.
    // February: 1 * 0.5^(1/11) = 0.93893; March: 0.5^(2/11) = 0.88159.
    const motie = parseTargets({ targets: [
      { id: 'motie', naam: 'Motie', metric: { fase: '3' }, baseline: '2025-01', reductionOverPeriod: 0.5, endMonth: '2025-12' },
    ] });
    const paths = async (to: string) => {
      const db = await databaseWith(town);
      await runMonitor(db.connection, { from: '2025-01', to, settings: defaultSettings, targets: motie });
      const path = await rows(db.connection, 'SELECT maand, round(pad, 5) AS pad FROM monitor_targets ORDER BY maand');
      db.close();
      return path;
    };
    const short = await paths('2025-02');
    const long = await paths('2025-03');
    expect(short).toEqual([{ maand: '2025-01', pad: 1 }, { maand: '2025-02', pad: 0.93893 }]);
    expect(long).toEqual([...short, { maand: '2025-03', pad: 0.88159 }]);
  });

  it('recomputes every stored month when a run brings other targets', async () => {
    const db = await monitoredTown();
    const other = parseTargets({ targets: [
      { id: 'officieel', naam: 'Officieel -50%/jaar', metric: { fase: '3', officieel: 'ja' }, baseline: null, reductionPerYear: 0.5 },
    ] });
    await runMonitor(db.connection, { from: '2025-03', to: '2025-03', settings: defaultSettings, targets: other });
    // only the new set, for January and February too: 1 * 0.5^(k/12) = 1, 0.94387, 0.89090
    expect(await rows(db.connection, 'SELECT target_id, maand, waarde, round(pad, 5) AS pad FROM monitor_targets ORDER BY ALL')).toEqual([
      { target_id: 'officieel', maand: '2025-01', waarde: 1, pad: 1 },
      { target_id: 'officieel', maand: '2025-02', waarde: 2, pad: 0.94387 },
      { target_id: 'officieel', maand: '2025-03', waarde: 3, pad: 0.8909 },
    ]);
    db.close();
  });

  it('stores attendance per school day, over every enrollment of the school', async () => {
    const db = await monitoredTown();
    expect(await rows(db.connection, `
      SELECT strftime(datum, '%Y-%m-%d') AS datum, leerlingen, geplande_uren, ziek_uren, geoorloofd_uren, ongeoorloofd_uren
      FROM school_day_stats WHERE datum IN ('2025-01-24', '2025-01-31', '2025-02-10') ORDER BY datum`)).toEqual([
      { datum: '2025-01-24', leerlingen: 4, geplande_uren: 20, ziek_uren: 0, geoorloofd_uren: 0, ongeoorloofd_uren: 0 }, // A B E G
      { datum: '2025-01-31', leerlingen: 4, geplande_uren: 20, ziek_uren: 2, geoorloofd_uren: 0, ongeoorloofd_uren: 5 },
      { datum: '2025-02-10', leerlingen: 3, geplande_uren: 15, ziek_uren: 0, geoorloofd_uren: 0, ongeoorloofd_uren: 5 }, // E left
    ]);
    // 23 + 20 + 21 weekdays in January - March 2025
    expect(await rows(db.connection, 'SELECT count(*) AS n FROM school_day_stats')).toEqual([{ n: 64 }]);
    db.close();
  });

  it('records the run with its settings and targets', async () => {
    const db = await monitoredTown();
    const [run] = await rows(db.connection, 'SELECT run_id, from_month, to_month, settings, targets FROM monitor_runs');
    expect(run).toMatchObject({ run_id: 1, from_month: '2025-01', to_month: '2025-03' });
    expect(JSON.parse(String(run.settings))).toMatchObject({ w4SchoolDays: 20, streakSchoolDays: 20 });
    expect(JSON.parse(String(run.targets)).targets.map((t: { id: string }) => t.id)).toEqual(['officieel', 'langer_dan_3m_zonder_aanbod', 'vrijstelling_5a', 'alle_fase3']);
    // and leaves no temp tables behind on the connection, nor its storage setting (run-monitor.ts)
    expect(await rows(db.connection, 'SELECT table_name FROM duckdb_tables() WHERE temporary')).toEqual([]);
    expect(await rows(db.connection, `SELECT current_setting('disabled_compression_methods') AS s`)).toEqual([{ s: '' }]);
    db.close();
  });

  it('replaces the months it covers and pairs its first month with the stored month before', async () => {
    const db = await monitoredTown();
    await runMonitor(db.connection, { from: '2025-02', to: '2025-03', settings: defaultSettings, targets: parseTargets({ targets: [] }) });
    expect(await rows(db.connection, `SELECT strftime(peildatum, '%Y-%m') AS m, count(*) AS n FROM classifications GROUP BY m ORDER BY m`))
      .toEqual([{ m: '2025-01', n: 5 }, { m: '2025-02', n: 5 }, { m: '2025-03', n: 5 }]);
    expect(await rows(db.connection, `SELECT maand, sum(aantal) AS n FROM monitor_flows GROUP BY maand ORDER BY maand`))
      .toEqual([{ maand: '2025-02', n: 6 }, { maand: '2025-03', n: 5 }]);
    expect(await rows(db.connection, `SELECT maand, count(*) AS n FROM monitor_counts WHERE dimensie = 'totaal' GROUP BY maand ORDER BY maand`))
      .toEqual([{ maand: '2025-01', n: 4 }, { maand: '2025-02', n: 5 }, { maand: '2025-03', n: 5 }]);
    db.close();
  });

  it('measures a target by the figure its metric names, the same value as the filter it stands for', async () => {
    const db = await monitoredTown();
    const both = parseTargets({ targets: [
      { id: 'figuur', naam: 'figuur', metric: 'fase3', baseline: null, fixedValue: 0 },
      { id: 'filter', naam: 'filter', metric: { fase: '3' }, baseline: null, fixedValue: 0 },
    ] });
    await runMonitor(db.connection, { from: '2025-03', to: '2025-03', settings: defaultSettings, targets: both });
    // fase 3: 1 in January, 2 in February, 3 in March (as 'alle_fase3' above)
    expect(await rows(db.connection, 'SELECT target_id, maand, waarde FROM monitor_targets ORDER BY maand, target_id')).toEqual([
      { target_id: 'figuur', maand: '2025-01', waarde: 1 }, { target_id: 'filter', maand: '2025-01', waarde: 1 },
      { target_id: 'figuur', maand: '2025-02', waarde: 2 }, { target_id: 'filter', maand: '2025-02', waarde: 2 },
      { target_id: 'figuur', maand: '2025-03', waarde: 3 }, { target_id: 'filter', maand: '2025-03', waarde: 3 },
    ]);
    // a metric that names no published figure is refused, and the run changes nothing
    const typo = parseTargets({ targets: [{ id: 'x', naam: 'x', metric: 'fase_3', baseline: null, fixedValue: 0 }] });
    await expect(runMonitor(db.connection, { from: '2025-03', to: '2025-03', settings: defaultSettings, targets: typo }))
      .rejects.toThrow(/metric 'fase_3' is geen cijfer van pipeline\/monitor\/figures.sql \(wel: absoluut_kort, .*fase3, /);
    expect(await rows(db.connection, `SELECT count(*) AS n FROM monitor_targets WHERE target_id = 'x'`)).toEqual([{ n: 0 }]);
    db.close();
  });

  it('leaves the database as it was when the run fails', async () => {
    const db = await databaseWith(town);
    // a baseline month that the run does not count makes it fail after classifying
    const bad = parseTargets({ targets: [{ id: 'x', naam: 'x', metric: { fase: '3' }, baseline: '2024-06', fixedValue: 0 }] });
    await expect(runMonitor(db.connection, { from: '2025-01', to: '2025-03', settings: defaultSettings, targets: bad }))
      .rejects.toThrow(UserError);
    for (const table of ['classifications', 'monitor_counts', 'monitor_flows', 'monitor_targets', 'school_day_stats', 'monitor_runs']) {
      expect(await rows(db.connection, `SELECT count(*) AS n FROM ${table}`), table).toEqual([{ n: 0 }]);
    }
    expect(await rows(db.connection, `SELECT current_setting('disabled_compression_methods') AS s`)).toEqual([{ s: '' }]);
    db.close();
  });
});
