// What each kind of file must contain (spec/inputs.md "Kinds of file"), turned into a row of a
// validated table. A rule returns the row, or null after recording why in `checks.errors`.

import type { CodeTable } from './absence-codes.js';
import { normaliseCode } from './absence-codes.js';
import type { FieldChecks } from './field-checks.js';
import type { Kind } from './layouts.js';
import type { CellValue, TableName } from './tables.js';

export const SECTORS = ['PO', 'SBO', 'SO', 'VSO', 'VO', 'MBO'] as const;
export const REGIONS = ['noord', 'midden', 'zuid'] as const;
export const ARTIKELEN = ['5a', '5b', '5c', '15', '3a'] as const;
export const REDENEN = [
  'psychisch', 'lichamelijk', 'gedrag', 'thuissituatie', 'schoolfactoren', 'geen_passend_aanbod',
  'wachtlijst_zorg', 'wachtlijst_onderwijs', 'administratief', 'onbekend',
] as const;

export interface RowContext {
  checks: FieldChecks;
  pseudonym: (bsn: string) => string;
  codes: CodeTable;
  /** Hours one absence row stands for when the file gives no hours (per-lesson exports). */
  hoursPerRow: number;
}

export interface Row {
  table: TableName;
  values: CellValue[];
}

type Rule = (context: RowContext) => Row | null;

const upper = (v: string) => v.toUpperCase();
/** 'art. 5 onder a', '5A' and '5a' are all article 5a. */
const artikel = (v: string) => v.toLowerCase().replace(/art(ikel)?\.?/g, '').replace(/onder|\s/g, '');
/** Free-text reasons arrive as 'Geen passend aanbod' as often as geen_passend_aanbod. */
const reden = (v: string) => v.toLowerCase().trim().replace(/[\s-]+/g, '_');
/** The open-data name for the national holidays, and the spec's. */
const regio = (v: string) => (/^(heel\s*nederland|landelijk)$/i.test(v) ? 'landelijk' : v.toLowerCase());

function pupil({ checks, pseudonym }: RowContext): string | null {
  const bsn = checks.bsn();
  return bsn === null ? null : pseudonym(bsn);
}

function ok(checks: FieldChecks, table: TableName, values: CellValue[]): Row | null {
  return checks.errors.length === 0 ? { table, values } : null;
}

function category(context: RowContext): string | null {
  const code = context.checks.raw('code');
  const found = context.codes.get(normaliseCode(code));
  if (found === undefined) {
    return context.checks.fail(
      'code',
      `verzuimcode '${code}' staat niet in de codetabel (schemas/verzuimcodes.csv)`,
      `absence code '${code}' is not in the code table (schemas/verzuimcodes.csv)`,
    );
  }
  return found;
}

/** An hours column, else a duration in minutes, else one lesson per row of a per-lesson export. */
function eventHours(c: FieldChecks, lesuur: number | null, hoursPerRow: number): number | null {
  if (c.raw('uren') !== '') return c.decimal('uren', { min: 0, max: 24 });
  if (c.raw('duur_minuten') !== '') {
    const minutes = c.decimal('duur_minuten', { min: 0, max: 24 * 60 });
    return minutes === null ? null : minutes / 60;
  }
  if (lesuur !== null) return hoursPerRow;
  return c.fail('uren', 'uren is leeg', 'uren is empty');
}

export const ROW_RULES: Record<Kind, Rule> = {
  scholen({ checks: c }) {
    const row = [c.brin(), c.vestiging(), c.required('naam'), c.oneOf('sector', SECTORS, upper), c.oneOf('regio', REGIONS), c.decimal('uren_per_dag', { min: 0.5, max: 24, required: false })];
    return ok(c, 'scholen', row);
  },

  vakanties({ checks: c }) {
    const hasBrin = c.raw('brin') !== '';
    const region = hasBrin ? null : c.oneOf('regio', [...REGIONS, 'landelijk'], regio);
    const brin = hasBrin ? c.brin() : null;
    const vestiging = hasBrin ? c.vestiging('vestiging', { emptyAs: null }) : null;
    const van = c.date('van');
    const tot = c.date('tot');
    c.order(van, tot);
    return ok(c, 'vakanties', [region, brin, vestiging, van, tot, c.required('omschrijving')]);
  },

  leerlingen(context) {
    const c = context.checks;
    const row = [c.required('leerling_id'), pupil(context), c.date('geboortedatum'), c.date('in_gemeente_sinds', { required: false }), c.date('uit_gemeente', { required: false }), c.date('startkwalificatie', { required: false })];
    return ok(c, 'leerlingen', row);
  },

  inschrijvingen(context) {
    const c = context.checks;
    const key = pupil(context);
    const [brin, vestiging, van, tot] = [c.brin(), c.vestiging(), c.date('van'), c.date('tot', { required: false })];
    c.order(van, tot);
    return ok(c, 'inschrijvingen', [key, brin, vestiging, van, tot, c.yesNo('aangepast_programma')]);
  },

  vrijstellingen(context) {
    const c = context.checks;
    const row = [pupil(context), c.oneOf('artikel', ARTIKELEN, artikel), c.date('van'), c.date('tot', { required: false })];
    c.order(row[2] as string | null, row[3] as string | null);
    return ok(c, 'vrijstellingen', row);
  },

  trajecten(context) {
    const c = context.checks;
    const row = [pupil(context), c.required('soort')?.toLowerCase() ?? null, c.date('van'), c.date('tot', { required: false })];
    c.order(row[2] as string | null, row[3] as string | null);
    return ok(c, 'trajecten', row);
  },

  redenen(context) {
    const c = context.checks;
    return ok(c, 'redenen', [pupil(context), c.date('datum'), c.oneOf('reden', REDENEN, reden)]);
  },

  verzuim_events(context) {
    const c = context.checks;
    const [key, brin, vestiging, datum] = [pupil(context), c.brin(), c.vestiging(), c.date('datum')];
    const lesuur = c.integer('lesuur');
    const uren = eventHours(c, lesuur, context.hoursPerRow);
    return ok(c, 'verzuim_events', [key, brin, vestiging, datum, lesuur, uren, c.raw('code'), category(context)]);
  },

  verzuim_periods(context) {
    const c = context.checks;
    const [key, brin, vestiging, van, tot] = [pupil(context), c.brin(), c.vestiging(), c.date('van'), c.date('tot')];
    c.order(van, tot);
    const [fromLesson, toLesson] = [c.integer('lesuur_van'), c.integer('lesuur_tot')];
    const code = c.raw('code');
    const categorie = category(context);
    // A period within one day between two lessons is hours on that day, not a whole day.
    if (fromLesson !== null && toLesson !== null && van !== null && van === tot) {
      if (toLesson < fromLesson) c.fail('lesuur_tot', 'eindlesuur ligt vóór beginlesuur', 'end lesson is before start lesson');
      const uren = (toLesson - fromLesson + 1) * context.hoursPerRow;
      return ok(c, 'verzuim_events', [key, brin, vestiging, van, fromLesson, uren, code, categorie]);
    }
    return ok(c, 'verzuim_periods', [key, brin, vestiging, van, tot, code, categorie]);
  },
};
