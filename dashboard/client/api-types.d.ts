// The JSON the pages get from /api/, typed by the server functions that make it (dashboard/data/),
// so a renamed field fails the client's type check. Rows the server returns untyped (plain SQL
// rows, `Row`) stay `any` here until the data layer names their fields.

import type { readAnalyse } from '../data/analyse.js';
import type { Figure } from '../data/disclosure/suppress.js';
import type { Jaartelling } from '../data/jaartelling.js';
import type { Jaarverslag } from '../data/jaarverslag.js';
import type { DataStamp, Month } from '../data/months.js';
import type { readPupil } from '../data/pupil.js';
import type { readQuality } from '../data/quality.js';
import type { Raad } from '../data/raad.js';
import type { RaadMonth } from '../data/raad-month.js';
import type { TargetPoint, TargetSeries } from '../data/raad-targets.js';
import type { readSchool } from '../data/school.js';
import type { Row } from '../../pipeline/db/run-sql.js';

/** An untyped SQL row list of the server stays open to any field. */
type Loose<T> = { [K in keyof T]: T[K] extends Row[] ? any[] : T[K] extends Record<string, unknown> ? Loose<T[K]> : T[K] };
type Answer<F extends (...args: any[]) => Promise<unknown>> = Loose<Awaited<ReturnType<F>>>;

export type { DataStamp, Figure, Jaartelling, Jaarverslag, Month, TargetPoint, TargetSeries };
/** /api/public/raad (and the report): a month's figures, or none before the first monitor run. */
export type RaadPage = (Raad & { maand: null }) | (Omit<Raad, keyof RaadMonth | 'maand' | 'peildatum'> & RaadMonth & { maand: string; peildatum: string });
/** /api/analyse/overzicht; before the first monitor run only the months, the stamp and the trend. */
export type Analyse = Answer<typeof readAnalyse>;
/** The overview of a month the monitor has results for. */
export type AnalyseMonth = Extract<Analyse, { kubus: unknown }>;
/** /api/analyse/datakwaliteit */
export type Quality = Answer<typeof readQuality>;
/** /api/school/:brin/overzicht */
export type School = Answer<typeof readSchool>;
/** The same, told apart by `maand`: a month's data, or none before the first monitor run. */
export type SchoolPage =
  | (Extract<School, { nietGeleverd: unknown }> & { maand: string; peildatum: string })
  | (Exclude<School, { nietGeleverd: unknown }> & { maand: null });
export type SchoolMonth = Extract<SchoolPage, { maand: string }>;
/** /api/school/:brin/leerling/:id */
export type Pupil = Answer<typeof readPupil>;
/** What every page's answer carries for the month picker and the stamp. */
export interface PageAnswer {
  maanden?: Month[];
  maand?: string | null;
  stand?: DataStamp;
}
