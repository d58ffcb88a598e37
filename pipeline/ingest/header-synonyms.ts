// Header names Dutch school and leerplicht systems commonly use for a field, beyond the names the
// packaged layouts give it. Only `tzm layout` uses them, to draft a layout for an unknown export:
// a draft is checked by a person before it reads anything, so a wider net costs nothing there,
// while ingest itself recognises a file only by its layout (never by guessing, inputs.md 1.1).

import type { Kind } from './layouts.js';

const shared: Record<string, readonly string[]> = {
  bsn: ['burgerservicenummer', 'sofinummer', 'sofi-nummer', 'bsn-nummer', 'bsn leerling', 'leerling bsn', 'persoonsgebonden nummer', 'pgn'],
  brin: ['instelling', 'instellingscode', 'brinnummer', 'brin-nummer', 'brincode', 'brin code', 'school brin', 'brin school'],
  vestiging: ['vestigingsnummer', 'vestigingscode', 'vestigingsnr', 'vestiging nr', 'vest', 'brin vestiging'],
  van: ['begindatum', 'startdatum', 'datum begin', 'datum van', 'ingangsdatum', 'vanaf'],
  tot: ['einddatum', 'datum eind', 'datum tot', 'tot en met', 't/m', 'tm'],
};

/** Per kind, extra header names per field (normalised by the caller, like every header name). */
export const HEADER_SYNONYMS: Partial<Record<Kind, Record<string, readonly string[]>>> = {
  leerlingen: {
    bsn: shared.bsn,
    leerling_id: ['dossiernummer', 'dossier', 'registratienummer', 'leerlingnummer leerplicht'],
    geboortedatum: ['geb. datum', 'geb datum', 'geboren'],
    in_gemeente_sinds: ['datum vestiging', 'vestigingsdatum gemeente', 'datum inschrijving gemeente'],
    uit_gemeente: ['datum vertrek', 'vertrekdatum'],
  },
  inschrijvingen: { bsn: shared.bsn, brin: shared.brin, vestiging: shared.vestiging, van: shared.van, tot: shared.tot },
  vrijstellingen: { bsn: shared.bsn, artikel: ['wetsartikel', 'grond', 'vrijstellingsgrond', 'soort vrijstelling'], van: shared.van, tot: shared.tot },
  trajecten: { bsn: shared.bsn, soort: ['soort traject', 'trajectsoort', 'type traject'], van: shared.van, tot: shared.tot },
  verzuim_events: {
    bsn: shared.bsn,
    brin: shared.brin,
    vestiging: shared.vestiging,
    datum: ['lesdatum', 'datum les', 'datum absentie', 'absentiedatum', 'datum afwezig', 'datum afwezigheid', 'dag van afwezigheid', 'datum verzuim', 'verzuimdatum', 'registratiedatum'],
    uren: ['aantal uren', 'uren afwezig', 'verzuimde uren'],
    duur_minuten: ['minuten', 'duur (min)', 'aantal minuten'],
    code: ['absentiecode', 'verzuimcode', 'absentiereden', 'afkorting', 'reden', 'reden code', 'redencode'],
  },
  verzuim_periods: {
    bsn: shared.bsn,
    brin: shared.brin,
    vestiging: shared.vestiging,
    van: shared.van,
    tot: shared.tot,
    code: ['absentiecode', 'verzuimcode', 'absentiereden', 'afkorting', 'reden', 'reden code', 'redencode'],
  },
};
