// Hand-made annual counts (jaartelling.md §5) in the tables `tzm jaartelling` fills, so the pages
// can be tested without the computation. Each table below is made to satisfy the spec's sums by
// hand (checked in the comments); `totaal` is the sum of the kinds unless a line gives it.

import type { DuckDBConnection } from '@duckdb/node-api';
import { insertRows } from './insert-rows.js';

export type HandTable = Record<string, Partial<Record<'po' | 'vso' | 'vo' | 'mbo' | 'onbekend' | 'geen_onderwijs' | 'totaal', number>>>;

const kinds = ['po', 'vso', 'vo', 'mbo', 'onbekend', 'geen_onderwijs'] as const;

/**
 * 2025-2026, counted up to 30 November 2025 (the fixture's newest data). Small cells on purpose.
 * absoluut_verzuim 2 + 7 + 3 + 6 = 18 = bij_start 9 (1+4+0+4) + nieuw 9 (1+3+3+2)
 *   = terug 5 (1+3+1+0) + uit_beeld 5 (0+2+2+1) + nog_thuis 8 (1+2+0+5); per kind, e.g. po 1+0+1 = 2.
 * lrv 6 + 2 + 12 + 8 = 28 = 11 (2+1+5+3) + 17 (4+1+7+5) = 13 (4+0+6+3) + 7 (0+1+2+4) + 8 (2+1+4+1).
 * niet_geteld_lang_thuis 3 + 4 + 5 + 1 = 13 = 5 (1+2+2+0) + 8 (2+2+3+1) = 6 (2+1+3+0) + 2 (0+1+0+1) + 5 (1+2+2+0).
 * The year's totals are at least the fixture's month ends (fixture-pupils.ts, November): officieel
 * 21 <= absoluut verzuim 18 + lrv 28, niet geteld 6 <= 13, zonder aanbod 10 <= 11, dreigend 10 <= 82.
 */
export const table2025: HandTable = {
  absoluut_verzuim: { po: 2, vo: 7, mbo: 3, geen_onderwijs: 6 },
  'absoluut_verzuim.bij_start': { po: 1, vo: 4, mbo: 0, geen_onderwijs: 4 },
  'absoluut_verzuim.nieuw': { po: 1, vo: 3, mbo: 3, geen_onderwijs: 2 },
  'absoluut_verzuim.terug_naar_school': { po: 1, vo: 3, mbo: 1 },
  'absoluut_verzuim.uit_beeld': { vo: 2, mbo: 2, geen_onderwijs: 1 },
  'absoluut_verzuim.nog_thuis': { po: 1, vo: 2, geen_onderwijs: 5 },
  absoluut_verzuim_3m: { po: 1, vo: 4, geen_onderwijs: 5 },
  lrv: { po: 6, vso: 2, vo: 12, mbo: 8 },
  'lrv.bij_start': { po: 2, vso: 1, vo: 5, mbo: 3 },
  'lrv.nieuw': { po: 4, vso: 1, vo: 7, mbo: 5 },
  'lrv.terug_naar_school': { po: 4, vso: 0, vo: 6, mbo: 3 },
  'lrv.uit_beeld': { vso: 1, vo: 2, mbo: 4 },
  'lrv.nog_thuis': { po: 2, vso: 1, vo: 4, mbo: 1 },
  lrv_3m: { po: 1, vo: 5, mbo: 2 },
  niet_geteld_lang_thuis: { po: 3, vso: 4, vo: 5, mbo: 1 },
  'niet_geteld_lang_thuis.bij_start': { po: 1, vso: 2, vo: 2 },
  'niet_geteld_lang_thuis.nieuw': { po: 2, vso: 2, vo: 3, mbo: 1 },
  'niet_geteld_lang_thuis.terug_naar_school': { po: 2, vso: 1, vo: 3 },
  'niet_geteld_lang_thuis.uit_beeld': { vso: 1, mbo: 1 },
  'niet_geteld_lang_thuis.nog_thuis': { po: 1, vso: 2, vo: 2 },
  relatief_verzuim_16u: { po: 9, vso: 1, vo: 30, mbo: 14 },
  relatief_verzuim_16u_herhaald: { po: 2, vo: 11, mbo: 5 },
  // at least each month end's figure of the fixture (November: 10), at most abs_3m + lrv_3m + niet geteld
  zonder_aanbod_3m: { po: 2, vo: 4, geen_onderwijs: 5 },
  'vrijstelling_5a.lopend': { po: 5, vso: 3 },
  'vrijstelling_5a.nieuw': { po: 1, vso: 2 },
  'vrijstelling_5b.lopend': { geen_onderwijs: 6 },
  'vrijstelling_5b.nieuw': {},
  'vrijstelling_5c.lopend': {},
  'vrijstelling_5c.nieuw': { geen_onderwijs: 1 },
  'vrijstelling_15.lopend': { mbo: 2 },
  'vrijstelling_15.nieuw': {},
  'vrijstelling_3a.lopend': {},
  'vrijstelling_3a.nieuw': {},
  dreigend: { po: 20, vso: 4, vo: 41, mbo: 17 },
  // 18 and 54 of 6,000 youths in scope; per kind (po 2 of 2,500) too, which the public never sees
  'per_1000.absoluut_verzuim': { po: 0.8, vo: 5.1, totaal: 3 },
  'per_1000.relatief_verzuim_16u': { po: 3.6, vo: 21.4, totaal: 9 },
};

/** The ids behind lrv/po: six pupils of school 12AB in the dashboard fixture (fixture-pupils.ts). */
export const lrvPoIds = ['L0071', 'L0072', 'L0073', 'L0074', 'L0075', 'L0076'];

export interface JaartellingRows {
  schooljaar: string;
  tot: string;
  berekendOp?: string;
  table: HandTable;
}

/**
 * Writes one year as `tzm jaartelling` would: one row per line and kind (0 included), and one row
 * per youth, line and kind in jaartelling_leerlingen (ids made up per line and kind, the lrv/po
 * ones the fixture's; no rows for the rates).
 */
export async function insertJaartelling(connection: DuckDBConnection, { schooljaar, tot, berekendOp = '2025-12-01 08:30:00', table }: JaartellingRows): Promise<void> {
  const counts: Record<string, string | number>[] = [];
  const youths: Record<string, string>[] = [];
  for (const [regel, cells] of Object.entries(table)) {
    const rate = regel.startsWith('per_1000.');
    for (const kind of kinds) {
      const aantal = cells[kind] ?? 0;
      counts.push({ schooljaar, tot, regel, onderwijssoort: kind, aantal, berekend_op: berekendOp });
      if (rate) continue;
      for (let i = 1; i <= aantal; i++) {
        const id = regel === 'lrv' && kind === 'po' ? lrvPoIds[i - 1] : `J-${regel}-${kind}-${i}`;
        youths.push({ schooljaar, regel, onderwijssoort: kind, leerling_id: id });
      }
    }
    const totaal = cells.totaal ?? kinds.reduce((sum, kind) => sum + (cells[kind] ?? 0), 0);
    counts.push({ schooljaar, tot, regel, onderwijssoort: 'totaal', aantal: totaal, berekend_op: berekendOp });
  }
  await insertRows(connection, 'jaartelling', counts);
  await insertRows(connection, 'jaartelling_leerlingen', youths);
}
