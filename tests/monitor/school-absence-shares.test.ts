// Persistent (≥ 10%) and severe (≥ 50%) absence over the school year so far, per school and for
// the municipality (pipeline/monitor/school-absence-shares.sql), worked out by hand.
//
// School year 2025-2026, 5 scheduled hours a day at both schools:
//   01AA (regio midden, herfstvakantie Mon 20 - Fri 24 Oct) data for September - November:
//        school days Sep 22, Oct 23 - 5 = 18, Nov 20: 110 h by 30 Sep, 200 h by 31 Oct, 300 h by 30 Nov
//   02BB (regio noord) data for September and November, nothing over October (uncovered: no school
//        days, §1): 110 h by 30 Sep, still 110 h by 31 Oct, 210 h by 30 Nov
//
//   P1 01AA  Oct: ziek Wed 1 - Thu 2 (10 h), geoorloofd Fri 3 (5 h), ongeoorloofd 3 h + 2 h: 20 h
//            31 Oct: 20 / 200 = exactly 10% -> counts;  30 Nov: 20 / 300 = 6.7%
//   P2 01AA  Oct: ziek Wed 8 - Fri 10 (15 h) plus 3 h geoorloofd on Thu 9 (capped at the day's 5 h),
//            ongeoorloofd 4.5 h: 19.5 h; 31 Oct: 19.5 / 200 = 9.75% -> does not count
//   P3 01AA  ongeoorloofd all of September (110 h): 100% on 30 Sep, 55% on 31 Oct, 36.7% on 30 Nov
//   P4 01AA  enrolled until Fri 10 Oct, never absent: counts on 30 Sep only (0%)
//   S        01AA until 31 Oct (ongeoorloofd Mon 1 - Mon 8 Sep: 30 h), 02BB from 1 Nov (never absent)
//            30 Sep 30/110 = 27%; 31 Oct 30/200 = 15%; 30 Nov at 02BB 0/100 = 0%, but for the
//            municipality all his hours: 30 / (200 + 100) = exactly 10% -> counts
//   Q1 02BB  Nov: ziek Mon 3 - Thu 6 (20 h) + 1 h geoorloofd on Fri 7: 21 / 210 = exactly 10%;
//            were October's weekdays counted as present, it would be 21 / 325 = 6.5%

import { describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { runMonitor } from '../../pipeline/monitor/run-monitor.js';
import { loadTargets } from '../../pipeline/monitor/targets.js';
import { resolveSettings, type Settings } from '../../pipeline/settings.js';
import { databaseWith, delivered, enrollment, event, holiday, period, pupil, school, type Inputs } from '../classify/fixtures.js';

const schoolYear = { van: '2025-08-18' };

const inputs: Inputs = {
  scholen: [school({ brin: '01AA', regio: 'midden' }), school({ brin: '02BB', regio: 'noord' })],
  vakanties: [holiday('2025-10-20', '2025-10-24', { regio: 'midden', omschrijving: 'herfstvakantie' })],
  leerlingen: ['P1', 'P2', 'P3', 'P4', 'S', 'Q1'].map((id) => pupil(id)),
  inschrijvingen: [
    enrollment('P1', schoolYear),
    enrollment('P2', schoolYear),
    enrollment('P3', schoolYear),
    enrollment('P4', { ...schoolYear, tot: '2025-10-10' }),
    enrollment('S', { ...schoolYear, tot: '2025-10-31' }),
    enrollment('S', { brin: '02BB', van: '2025-11-01' }),
    enrollment('Q1', { ...schoolYear, brin: '02BB' }),
  ],
  verzuim_periods: [
    period('P1', '2025-10-01', '2025-10-02', 'ziek'),
    period('P1', '2025-10-03', '2025-10-03', 'geoorloofd'),
    period('P2', '2025-10-08', '2025-10-10', 'ziek'),
    period('P3', '2025-09-01', '2025-09-30', 'ongeoorloofd'),
    period('S', '2025-09-01', '2025-09-08', 'ongeoorloofd'),
    period('Q1', '2025-11-03', '2025-11-06', 'ziek', { brin: '02BB' }),
  ],
  verzuim_events: [
    event('P1', '2025-10-06', 3, 'ongeoorloofd'),
    event('P1', '2025-10-07', 2, 'onbekend'),
    event('P2', '2025-10-09', 3, 'geoorloofd'),
    event('P2', '2025-10-13', 4.5, 'ongeoorloofd'),
    event('Q1', '2025-11-07', 1, 'geoorloofd', { brin: '02BB' }),
    ...delivered('2025-09', '2025-11', '01AA'),
    ...delivered('2025-09', '2025-09', '02BB'),
    ...delivered('2025-11', '2025-11', '02BB'),
  ],
};

async function shares(overrides: Partial<Settings> = {}) {
  const db = await databaseWith(inputs);
  try {
    await runMonitor(db.connection, { from: '2025-09', to: '2025-11', settings: resolveSettings(overrides), targets: loadTargets() });
    return await rows(db.connection);
  } finally {
    db.close();
  }
}

async function rows(connection: DuckDBConnection) {
  const reader = await connection.runAndReadAll(
    `SELECT maand, brin, leerlingen, ten_procent, vijftig_procent FROM school_absence_shares ORDER BY maand, brin`);
  return reader.getRowObjectsJS();
}

describe('school-absence-shares.sql: pupils missing 10% and 50% of the school year so far', () => {
  it('counts per school and for the municipality (brin \'\'), month end by month end', async () => {
    expect(await shares()).toEqual([
      // 30 Sep: 01AA P1 P2 P3 P4 S (P3 100%, S 27%); 02BB Q1
      { maand: '2025-09', brin: '', leerlingen: 6, ten_procent: 2, vijftig_procent: 1 },
      { maand: '2025-09', brin: '01AA', leerlingen: 5, ten_procent: 2, vijftig_procent: 1 },
      { maand: '2025-09', brin: '02BB', leerlingen: 1, ten_procent: 0, vijftig_procent: 0 },
      // 31 Oct: P4 has left; P1 exactly 10% counts, P2 19.5 of 200 does not; P3 55%, S 15%
      { maand: '2025-10', brin: '', leerlingen: 5, ten_procent: 3, vijftig_procent: 1 },
      { maand: '2025-10', brin: '01AA', leerlingen: 4, ten_procent: 3, vijftig_procent: 1 },
      { maand: '2025-10', brin: '02BB', leerlingen: 1, ten_procent: 0, vijftig_procent: 0 },
      // 30 Nov: 01AA only P3 (36.7%); 02BB Q1 (October skipped) but not S (0 of his 100 h there);
      // the municipality P3, Q1 and S (30 of his 300 h at both schools)
      { maand: '2025-11', brin: '', leerlingen: 5, ten_procent: 3, vijftig_procent: 0 },
      { maand: '2025-11', brin: '01AA', leerlingen: 3, ten_procent: 1, vijftig_procent: 0 },
      { maand: '2025-11', brin: '02BB', leerlingen: 2, ten_procent: 1, vijftig_procent: 0 },
    ]);
  });

  it('counts the whole school year when a run starts late in it (the absence history must reach back to 1 August)', async () => {
    // 01AA delivers September 2025 to March 2026 (herfstvakantie as above, no other holidays): school
    // days Sep 22, Oct 18, Nov 20, Dec 23, Jan 22, Feb 20, Mar 22 = 147, so 735 h by 31 March.
    // R was away all of September (110 h): 110 / 735 = 15% -> counts; A never absent.
    // A run of March alone must still see September's absence.
    const db = await databaseWith({
      scholen: [school({ brin: '01AA', regio: 'midden' })],
      vakanties: [holiday('2025-10-20', '2025-10-24', { regio: 'midden' })],
      leerlingen: [pupil('R'), pupil('A')],
      inschrijvingen: [enrollment('R', schoolYear), enrollment('A', schoolYear)],
      verzuim_periods: [period('R', '2025-09-01', '2025-09-30', 'ongeoorloofd')],
      verzuim_events: delivered('2025-09', '2026-03', '01AA'),
    });
    try {
      await runMonitor(db.connection, { from: '2026-03', to: '2026-03', settings: resolveSettings(), targets: loadTargets() });
      expect(await rows(db.connection)).toEqual([
        { maand: '2026-03', brin: '', leerlingen: 2, ten_procent: 1, vijftig_procent: 0 },
        { maand: '2026-03', brin: '01AA', leerlingen: 2, ten_procent: 1, vijftig_procent: 0 },
      ]);
    } finally {
      db.close();
    }
  });

  it('takes its thresholds from the settings', async () => {
    // at 25% and 60%: on 31 Oct only P3 (55%) at 01AA reaches the first, nobody the second
    const october = (await shares({ persistentAbsenceShare: 0.25, severeAbsenceShare: 0.6 })).filter((r) => r.maand === '2025-10' && r.brin === '01AA');
    expect(october).toEqual([{ maand: '2025-10', brin: '01AA', leerlingen: 4, ten_procent: 1, vijftig_procent: 0 }]);
  });
});
