// A database with hand-made classifications, so the dashboards can be built and tested without
// classifying. Pupils and their states come from fixture-pupils.ts; the monthly cube and the flows
// are made from them by the monitor's own SQL (pipeline/monitor/counts.sql, flows.sql), so the
// pages are tested on what production stores; the targets are worked out by hand below.

import { openDatabase, type Database } from '../../../pipeline/db/open.js';
import { runSqlFile } from '../../../pipeline/db/run-sql.js';
import { addMonths as monthsLater } from '../../../pipeline/monitor/months.js';
import { loadTargets } from '../../../pipeline/monitor/targets.js';
import { fixtureMonths, fixtureSchools, peildata, pupilGroups, type PupilGroup } from './fixture-pupils.js';
import { absenceShareRows } from './fixture-absence-shares.js';
import { insertRows } from './insert-rows.js';
import { insertJaartelling, table2025 } from './jaartelling-rows.js';
import { absenceSourceRows, ingestLogRows, schoolDayStats } from './fixture-sources.js';

export interface FixtureOptions {
  /** ':memory:' (default) or a file. */
  file?: string;
  /** Months to fill (default the three fixture months); '2025-12' repeats November's states. */
  months?: string[];
}

export async function createFixture({ file = ':memory:', months = [...fixtureMonths] }: FixtureOptions = {}): Promise<Database> {
  const db = await openDatabase(file);
  await insertRows(
    db.connection,
    'scholen',
    fixtureSchools.map((s) => ({ ...s, vestiging: '00', regio: 'midden', uren_per_dag: null, file_id: 1 })),
  );
  await addMonths(db, months);
  await insertRows(db.connection, 'school_day_stats', schoolDayStats(months));
  const sources = absenceSourceRows();
  for (const [table, rows] of Object.entries(sources)) await insertRows(db.connection, table, rows);
  const log = ingestLogRows();
  for (const [table, rows] of Object.entries(log)) await insertRows(db.connection, table, rows);
  // the annual count of the running school year up to the newest data; 2024-2025 was not counted
  await insertJaartelling(db.connection, { schooljaar: '2025-2026', tot: '2025-11-30', table: table2025 });
  return db;
}

/** Adds the result rows of extra months, as a monitor run would (used by the snapshot test). */
export async function addMonths(db: Database, months: string[]): Promise<void> {
  const rows = months.flatMap((maand) => classificationRows(maand));
  await insertRows(db.connection, 'classifications', rows);
  // as run-monitor.ts runs them, over the months added
  const [from, to] = [months[0], months.at(-1) ?? months[0]];
  await runSqlFile(db.connection, 'pipeline/monitor/counts.sql', { from, to });
  // flows.sql reads the run's months from the run's temp tables: here, the months just added
  await db.connection.run(
    `CREATE OR REPLACE TEMP VIEW monitor_classification AS SELECT * FROM classifications WHERE strftime(peildatum, '%Y-%m') BETWEEN '${from}' AND '${to}'`,
  );
  await runSqlFile(db.connection, 'pipeline/monitor/flows.sql', { from, previous: monthsLater(from, -1), next: monthsLater(to, 1) });
  await db.connection.run('DROP VIEW monitor_classification');
  await insertRows(db.connection, 'monitor_targets', targetRows(months));
  await insertRows(db.connection, 'school_absence_shares', absenceShareRows(months));
  await insertRows(db.connection, 'monitor_runs', [
    {
      run_id: Date.now() % 1_000_000,
      started_at: '2025-12-01 08:00:00',
      finished_at: '2025-12-01 08:00:07',
      from_month: months[0],
      to_month: months.at(-1) ?? months[0],
      settings: '{}',
      // what a run stores: the targets it was given (the default file), each metric a page figure
      targets: JSON.stringify({ targets: loadTargets() }),
    },
  ]);
}

// 2025-12 (added by the snapshot test) repeats November's states.
function monthIndex(maand: string): number {
  const k = (fixtureMonths as readonly string[]).indexOf(maand);
  return k === -1 ? 2 : k;
}

export function leerlingId(n: number): string {
  return `L${String(n).padStart(4, '0')}`;
}

function classificationRows(maand: string): Record<string, string | number | null>[] {
  const k = monthIndex(maand);
  const peildatum = peildata[maand];
  const rows: Record<string, string | number | null>[] = [];
  let id = 0;
  for (const group of pupilGroups) {
    for (let i = 0; i < group.n; i++) {
      id++;
      const state = group.states[k];
      if (state === '-') continue;
      rows.push({ peildatum, leerling_id: leerlingId(id), ...expand(group, state, k, i, peildatum) });
    }
  }
  return rows;
}

const sectorOf: Record<string, string> = { '12AB': 'PO', '34CD': 'VO', '56EF': 'SO' };

function expand(group: PupilGroup, state: string, k: number, i: number, peildatum: string) {
  const brin = group.brinPerMonth?.[k] ?? group.brin;
  const leeftijd = group.age + (group.n > 10 ? i % 6 : i % 2);
  const traject = group.traject?.[k] ?? '';
  const enrolled = brin !== '' && !state.startsWith('a') && !state.startsWith('v') && state !== 'bl';
  const base = {
    categorie: 'ingeschreven', fase: '1', duur: '-', officieel: 'nee', passend_aanbod: '-', signalen: '', artikel: '',
    streak_start: null as string | null, streak_dagen: enrolled ? 0 : null as number | null,
    aanwezigheid_w4: enrolled ? 0.96 + (i % 4) * 0.01 : null as number | null, ongeoorloofd_uren_w4: enrolled ? i % 2 : null as number | null,
    te_laat_w4: enrolled ? i % 3 : null as number | null,
    brin: enrolled ? brin : '', vestiging: enrolled ? '00' : '', sector: enrolled ? sectorOf[brin] : '',
    kwalificatieplichtig: leeftijd >= 16 ? 'ja' : 'nee', reden: state === 'f1' ? '' : group.reden ?? '',
    leeftijd, traject_soort: traject,
  };
  const fase3 = (duur: string, officieel: string, signalen: string, streak: number) => ({
    ...base, fase: '3', duur, officieel, signalen, passend_aanbod: traject ? 'ja' : 'nee',
    streak_dagen: streak, streak_start: daysBefore(peildatum, Math.round(streak * 1.4)),
    aanwezigheid_w4: 0, ongeoorloofd_uren_w4: officieel === 'ja' ? 100 : 0, te_laat_w4: 0, // never at school in W4, so never late
  });
  if (state === 'f1') return base;
  if (state.startsWith('d:')) {
    const signalen = state.slice(2);
    return { ...base, fase: '2', signalen, streak_dagen: i % 3, aanwezigheid_w4: 0.72, ongeoorloofd_uren_w4: signalen.includes('verzuim_16u') ? 18 : 4 };
  }
  if (state === 'o4') return fase3('>4w', 'ja', 'aanwezigheid_laag|verzuim_16u', 22 + (i % 8));
  if (state === 'o3') return fase3('>3m', 'ja', 'aanwezigheid_laag|verzuim_16u', 64 + (i % 5) * 7);
  if (state === 'z4') return fase3('>4w', 'nee', 'aanwezigheid_laag|langdurig_ziek|ziek_lang', 30 + i);
  if (state === 'z3') return fase3('>3m', 'nee', 'aanwezigheid_laag|langdurig_ziek|ziek_lang', 70 + i * 9);
  if (state === 'g4') return fase3('>4w', 'nee', 'aanwezigheid_laag|langdurig_geoorloofd', 40 + i * 3);
  if (state === 'a2') return { ...base, categorie: 'absoluut_verzuim', fase: '2', signalen: 'absoluut_verzuim_kort' };
  if (state === 'a4' || state === 'a3') {
    return { ...base, categorie: 'absoluut_verzuim', fase: '3', duur: state === 'a4' ? '>4w' : '>3m', officieel: 'ja', passend_aanbod: traject ? 'ja' : 'nee' };
  }
  if (state.startsWith('v:')) return { ...base, categorie: 'vrijgesteld', fase: '-', artikel: state.slice(2) };
  if (state === 'bl') return { ...base, categorie: 'bijna_leerplichtig', fase: '-' };
  throw new Error(`unknown fixture state ${state}`);
}

function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

// Hand-worked target values (fixture-pupils.ts); path from the September baseline.
const targetValues: Record<string, [string, number[], number]> = {
  officieel: ['Officiële thuiszitters (−25% per jaar, G4/Thuiszitterspact)', [11, 16, 21], 0.75],
  langer_dan_3m_zonder_aanbod: ['Langer dan 3 maanden thuis zonder passend aanbod (doel: 0)', [3, 8, 10], 0],
  vrijstelling_5a: ['Vrijstellingen art. 5a (−10% per jaar)', [6, 6, 5], 0.9],
  alle_fase3: ['Alle thuiszitters, officieel en niet geteld (−50% over de periode)', [17, 22, 27], 0.5],
};

function targetRows(months: string[]): Record<string, string | number | boolean>[] {
  return months.flatMap((maand) => {
    const k = maand === '2025-12' ? 3 : monthIndex(maand);
    return Object.entries(targetValues).map(([target_id, [naam, values, factor]]) => {
      const waarde = values[Math.min(k, 2)];
      const pad = factor === 0 ? 0 : Math.round(values[0] * factor ** (k / 12) * 10000) / 10000;
      return { target_id, naam, maand, waarde, pad, op_koers: waarde <= pad };
    });
  });
}
