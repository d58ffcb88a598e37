// The one list of the fields each kind of file accepts (spec/inputs.md "Kinds of file", plus the
// extra fields that system layouts feed). Layouts may map only these fields (checked when a
// layout is loaded, layouts.ts), the raw view has exactly these columns (read-raw.ts), and the
// checks (checks/<kind>.sql) read them. `tzm layout` drafts a layout from them (layout-draft.ts).

import type { Kind } from './layouts.js';

export interface FieldSpec {
  name: string;
  /** Every layout of the kind must give it: a column, or a fixed value. */
  required: boolean;
  /** Dutch, for the README and for `tzm layout`. */
  description: string;
}

const field = (name: string, required: boolean, description: string): FieldSpec => ({ name, required, description });

const bsn = field('bsn', true, 'burgerservicenummer (9 cijfers; korter wordt aangevuld met voorloopnullen)');
/** A single-school export has no BRIN column: a fixed value in the layout, or --brin, gives it. */
const brin = field('brin', true, 'BRIN van de school (12AB), of DUO-vestigingsnummer (12AB00); zonder kolom: "fixed" of --brin');
const vestiging = field('vestiging', false, 'vestiging (2 cijfers; leeg = 00)');
const van = field('van', true, 'begindatum');
const tot = (required: boolean) => field('tot', required, 'einddatum (tot en met)');
const code = field('code', true, 'verzuimcode van het schoolsysteem (categorie uit de codetabel)');
const geoorloofd = field('geoorloofd_vlag', false, 'de eigen geoorloofd-kolom van de school: gelezen, nooit gebruikt');

export const FIELDS: Record<Kind, readonly FieldSpec[]> = {
  scholen: [
    brin,
    vestiging,
    field('naam', true, 'naam van de school'),
    field('sector', true, 'PO, SBO, SO, VSO, VO of MBO'),
    field('regio', true, 'vakantieregio: noord, midden of zuid'),
    field('uren_per_dag', false, 'geplande uren per schooldag'),
  ],
  vakanties: [
    field('regio', false, 'noord, midden, zuid of landelijk (of brin voor vrije dagen van één school)'),
    field('brin', false, 'BRIN van de school bij vrije dagen (studiedagen)'),
    vestiging,
    van,
    tot(true),
    field('omschrijving', true, 'naam van de vakantie of vrije dag'),
  ],
  leerlingen: [
    field('leerling_id', true, 'dossiernummer in het leerplichtregister (geen BSN)'),
    bsn,
    field('geboortedatum', true, 'geboortedatum'),
    field('in_gemeente_sinds', false, 'datum van vestiging in de gemeente'),
    field('uit_gemeente', false, 'datum van vertrek uit de gemeente'),
    field('startkwalificatie', false, 'datum startkwalificatie'),
  ],
  inschrijvingen: [bsn, brin, vestiging, van, tot(false), field('aangepast_programma', false, 'ja/nee')],
  vrijstellingen: [bsn, field('artikel', true, '5a, 5b, 5c, 15, 3a, 3b (ook "5 onder a", "art. 5 lid 1 onder a") of 5a-trekkend'), van, tot(false)],
  trajecten: [bsn, field('soort', true, 'soort traject'), van, tot(false)],
  redenen: [bsn, field('datum', true, 'registratiedatum'), field('reden', true, 'redencategorie')],
  verzuim_events: [
    bsn,
    brin,
    vestiging,
    field('datum', true, 'datum (of datum-tijd) van de les of registratie'),
    field('uren', false, 'verzuimde uren; zonder: lesuur (één les = hoursPerRow uur) of duur_minuten'),
    field('lesuur', false, 'lesuur: de regel is één les (dezelfde les twee keer = dubbel)'),
    field('duur_minuten', false, 'duur in minuten'),
    code,
    field('aanwezig', false, 'waarneming aanwezig (Aanwezig/ja): telt nooit als verzuim'),
    geoorloofd,
  ],
  verzuim_periods: [
    bsn,
    brin,
    vestiging,
    van,
    tot(true),
    field('lesuur_van', false, 'beginlesuur (een periode binnen één dag wordt uren)'),
    field('lesuur_tot', false, 'eindlesuur'),
    code,
    geoorloofd,
  ],
};

/**
 * Fields that only absence exports have: a header with one of them is never another kind
 * (inputs.md 1.1). Besides the names layouts give them, these header names always count, so a
 * user's own layouts cannot make an absence export look like enrolments.
 */
export const ABSENCE_ONLY_FIELDS: readonly string[] = ['uren', 'lesuur', 'duur_minuten', 'lesuur_van', 'lesuur_tot', 'code', 'aanwezig'];
export const ABSENCE_ONLY_HEADERS: readonly string[] = [
  'lesuur', 'beginlesuur', 'eindlesuur', 'vanlesuur', 'totlesuur', 'absentiecode', 'verzuimcode', 'verzuimsoort', 'absentiereden', 'reden', 'afkorting', 'waarnemingsoort',
];

/**
 * Per kind, the fields that give an absence row its hours; a layout must map at least one. Without
 * any, every row of the file would be quarantined as 'uren is leeg' (issue #10), so the layout is
 * refused when it is loaded instead, naming them. With only lesuur, a row is one lesson of
 * hoursPerRow hours.
 */
export const HOURS_FIELDS: Partial<Record<Kind, readonly string[]>> = {
  verzuim_events: ['uren', 'lesuur', 'duur_minuten'],
};

/** Fields a run can give for every file lacking the column (--brin, --vestiging). */
export const FIXABLE_BY_FLAG: readonly string[] = ['brin', 'vestiging'];

export const fieldNames = (kind: Kind): string[] => FIELDS[kind].map((f) => f.name);
export const requiredFields = (kind: Kind): string[] => FIELDS[kind].filter((f) => f.required).map((f) => f.name);
