// jaartelling.md read literally, on one classification per calendar day: the reference the SQL of
// pipeline/jaartelling is held to (agreement.test.ts). Nothing here knows about breakpoints,
// episodes or school-day ordinals; each rule is a sentence of the spec.

import type { DuckDBConnection } from '@duckdb/node-api';
import { classifyPeildatum, prepareHistory } from '../../pipeline/classify/classify.js';
import { readClassificationRows, type ClassificationRow } from '../../pipeline/classify/classification-rows.js';
import { addDays, type CountDays } from '../../pipeline/jaartelling/school-year.js';
import type { Member } from '../../pipeline/jaartelling/count.js';

export interface Enrollment { leerling_id: string; brin: string; vestiging: string; van: string; tot: string | null; sector: string | null }
interface Exemption { leerling_id: string; artikel: string; van: string }

/** Every day from the day before J to its end, classified with the real classifier. */
export async function classifyEveryDay(connection: DuckDBConnection, days: CountDays): Promise<Map<string, Map<string, ClassificationRow>>> {
  await prepareHistory(connection, { until: days.tot });
  const byDay = new Map<string, Map<string, ClassificationRow>>();
  for (let d = days.dagVoor; d <= days.tot; d = addDays(d, 1)) {
    await classifyPeildatum(connection, { peildatum: d });
    byDay.set(d, new Map((await readClassificationRows(connection)).map((r) => [r.leerling_id, r])));
  }
  return byDay;
}

async function rows<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
}

/** §3: sector to kind. */
function kindOfSector(schoolKnown: boolean, sector: string): string {
  if (!schoolKnown) return 'onbekend';
  return ({ PO: 'po', SBO: 'po', SO: 'vso', VSO: 'vso', VO: 'vo', MBO: 'mbo' } as Record<string, string>)[sector] ?? 'onbekend';
}

/** The sector of each enrollment, to find the kind of education (§3) of a day. */
export async function enrollmentsOf(connection: DuckDBConnection): Promise<Enrollment[]> {
  return rows<Enrollment>(connection, `
    WITH school AS (SELECT * FROM scholen QUALIFY row_number() OVER (PARTITION BY brin, vestiging ORDER BY file_id DESC) = 1),
    youth AS (SELECT * FROM leerlingen QUALIFY row_number() OVER (PARTITION BY pupil_key ORDER BY file_id DESC) = 1)
    SELECT y.leerling_id, i.brin, i.vestiging, strftime(i.van, '%Y-%m-%d') AS van, strftime(i.tot, '%Y-%m-%d') AS tot, s.sector
    FROM inschrijvingen i JOIN youth y ON y.pupil_key = i.pupil_key LEFT JOIN school s ON s.brin = i.brin AND s.vestiging = i.vestiging
    WHERE i.tot IS NULL OR i.tot >= i.van`);
}

/** §3: the kind of the enrollment that counts on d, else of the one that ended last before d. */
export function kindOn(row: ClassificationRow | undefined, enrollments: Enrollment[], id: string, d: string): string {
  if (row && row.brin !== '') return kindOfSector(row.sector !== '', row.sector); // a school missing from scholen has no sector
  const ended = enrollments
    .filter((e) => e.leerling_id === id && e.tot !== null && e.tot < d)
    .sort((a, b) => (b.tot ?? '').localeCompare(a.tot ?? '') || b.van.localeCompare(a.van) || a.brin.localeCompare(b.brin) || a.vestiging.localeCompare(b.vestiging))[0];
  if (!ended) return 'geen_onderwijs';
  return kindOfSector(ended.sector !== null, ended.sector ?? '');
}

/** The members of every line, split and kind (as line_members), from the daily classifications. */
export async function dailyMembers(connection: DuckDBConnection, days: CountDays, byDay: Map<string, Map<string, ClassificationRow>>): Promise<{ members: Member[]; denominator: number }> {
  const enrollments = await enrollmentsOf(connection);
  const exemptions = await rows<Exemption>(connection, `
    WITH youth AS (SELECT * FROM leerlingen QUALIFY row_number() OVER (PARTITION BY pupil_key ORDER BY file_id DESC) = 1)
    SELECT y.leerling_id, v.artikel, strftime(v.van, '%Y-%m-%d') AS van FROM vrijstellingen v JOIN youth y ON y.pupil_key = v.pupil_key`);

  const dates = [...byDay.keys()];
  const inJ = dates.filter((d) => d >= days.van);
  const youths = new Set(inJ.flatMap((d) => [...(byDay.get(d)?.keys() ?? [])]));
  const on = (id: string, d: string) => byDay.get(d)?.get(id);

  const kindOf = (id: string, d: string) => kindOn(on(id, d), enrollments, id, d);

  const signals = (r: ClassificationRow) => (r.signalen === '' ? [] : r.signalen.split('|'));
  const conditions: Record<string, (r: ClassificationRow) => boolean> = {
    absoluut_verzuim: (r) => r.categorie === 'absoluut_verzuim' && r.fase === '3',
    absoluut_verzuim_3m: (r) => r.categorie === 'absoluut_verzuim' && r.fase === '3' && r.duur === '>3m',
    lrv: (r) => r.categorie === 'ingeschreven' && r.fase === '3' && r.officieel === 'ja',
    lrv_3m: (r) => r.categorie === 'ingeschreven' && r.fase === '3' && r.officieel === 'ja' && r.duur === '>3m',
    niet_geteld_lang_thuis: (r) => r.categorie === 'ingeschreven' && r.fase === '3' && r.officieel === 'nee',
    relatief_verzuim_16u: (r) => signals(r).includes('verzuim_16u'),
    zonder_aanbod_3m: (r) => r.fase === '3' && r.duur === '>3m' && r.passend_aanbod === 'nee',
    dreigend: (r) => r.fase === '2' && signals(r).some((s) => s !== 'absoluut_verzuim_kort'),
  };
  for (const artikel of ['5a', '5b', '5c', '15', '3a']) {
    conditions[`vrijstelling_${artikel}`] = (r) => r.categorie === 'vrijgesteld' && r.artikel === artikel;
  }

  const members: Member[] = [];
  const add = (regel: string, onderwijssoort: string, leerling_id: string) => members.push({ regel, onderwijssoort, leerling_id });
  for (const id of youths) {
    const holds = (line: string, d: string) => {
      const row = on(id, d);
      return row !== undefined && conditions[line](row);
    };
    const end = on(id, days.tot);
    for (const line of Object.keys(conditions)) {
      const held = inJ.filter((d) => holds(line, d));
      if (held.length === 0) continue;
      const kind = kindOf(id, held[held.length - 1]);
      if (line.startsWith('vrijstelling_')) {
        if (holds(line, days.van)) add(`${line}.lopend`, kind, id);
        continue;
      }
      add(line, kind, id);
      if (['absoluut_verzuim', 'lrv', 'niet_geteld_lang_thuis'].includes(line)) {
        add(`${line}.${holds(line, days.van) ? 'bij_start' : 'nieuw'}`, kind, id);
        const split = end === undefined || end.categorie === 'vrijgesteld' ? 'uit_beeld'
          : end.categorie === 'ingeschreven' && (end.fase === '1' || end.fase === '2') ? 'terug_naar_school'
            : 'nog_thuis';
        add(`${line}.${split}`, kind, id);
      }
      if (line === 'relatief_verzuim_16u') {
        const starts = held.filter((d) => !holds(line, addDays(d, -1)));
        if (starts.length >= 2) add('relatief_verzuim_16u_herhaald', kind, id);
      }
    }
    // vrijstelling_<artikel>.nieuw: an exemption whose van lies in J, the youth exempt with it on its van
    const fresh = exemptions
      .filter((e) => e.leerling_id === id && e.van >= days.van && e.van <= days.tot && holds(`vrijstelling_${e.artikel}`, e.van))
      .sort((a, b) => b.van.localeCompare(a.van));
    const seen = new Set<string>();
    for (const e of fresh) {
      if (seen.has(e.artikel)) continue;
      seen.add(e.artikel);
      add(`vrijstelling_${e.artikel}.nieuw`, kindOf(id, e.van), id);
    }
  }
  const denominator = [...(byDay.get(days.peildagRate)?.values() ?? [])].filter((r) => r.categorie !== 'bijna_leerplichtig').length;
  return { members, denominator };
}
