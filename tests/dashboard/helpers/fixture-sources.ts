// Fixture rows beside the classifications: school-day attendance, the absence registrations of
// two pupils (for the calendar), holidays, and the ingest log with quarantined rows.

type Row = Record<string, string | number | boolean | null>;

const schoolSize: Record<string, number> = { '12AB': 80, '34CD': 99, '56EF': 23 };
const baseRate: Record<string, number> = { '12AB': 0.04, '34CD': 0.08, '56EF': 0.06 };
// Monday .. Friday (getUTCDay 1..5)
const weekdayFactor = [0, 1.25, 0.9, 0.75, 0.9, 1.2, 0];

const herfstvakantie = ['2025-10-18', '2025-10-26'];
const kerstvakantie = ['2025-12-20', '2026-01-04'];

/**
 * Per school day: absent hours = planned hours * school rate * weekday factor, split
 * ziek 50% / geoorloofd 20% / ongeoorloofd 30%. Example: 12AB on a Wednesday in September,
 * 80 pupils * 5 h = 400 h planned, 400 * 0.04 * 0.75 = 12 h absent (6 / 2.4 / 3.6): 3%.
 * 56EF sent no absence export for November: its November days have no absent hours.
 */
export function schoolDayStats(months: string[]): Row[] {
  const rows: Row[] = [];
  for (const brin of Object.keys(schoolSize)) {
    for (const datum of weekdays('2025-09-01', lastDay(months))) {
      if (inRange(datum, herfstvakantie) || inRange(datum, kerstvakantie)) continue;
      if (brin === '12AB' && datum === '2025-10-03') continue; // studiedag
      const maand = datum.slice(0, 7);
      if (!months.includes(maand)) continue;
      const geplande = schoolSize[brin] * 5;
      const missing = brin === '56EF' && maand === '2025-11';
      const absent = missing ? 0 : geplande * baseRate[brin] * weekdayFactor[new Date(`${datum}T00:00:00Z`).getUTCDay()];
      rows.push({
        brin, vestiging: '00', datum, leerlingen: schoolSize[brin], geplande_uren: geplande,
        ziek_uren: round(absent * 0.5), geoorloofd_uren: round(absent * 0.2), ongeoorloofd_uren: round(absent * 0.3),
      });
    }
  }
  return rows;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function lastDay(months: string[]): string {
  const last = [...months].sort().at(-1) ?? '2025-11';
  const [y, m] = last.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function weekdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

function inRange(datum: string, [van, tot]: string[]): boolean {
  return datum >= van && datum <= tot;
}

/**
 * L0071 (12AB, fase 3 in November): scattered absence in September and October, then whole
 * days ongeoorloofd from 27 October. L0081 moved from 12AB (until the summer) to 34CD, and has
 * absence at 34CD only: 12AB must not see it.
 */
export function absenceSourceRows(): Record<string, Row[]> {
  const event = (pupil_key: string, brin: string, datum: string, uren: number, code: string, categorie: string) =>
    ({ pupil_key, brin, vestiging: '00', datum, uren, code, categorie, file_id: 5 });
  return {
    leerlingen: [
      { leerling_id: 'L0071', pupil_key: 'pk-0071', geboortedatum: '2016-03-10', in_gemeente_sinds: null, uit_gemeente: null, startkwalificatie: null, file_id: 3 },
      { leerling_id: 'L0081', pupil_key: 'pk-0081', geboortedatum: '2013-05-02', in_gemeente_sinds: null, uit_gemeente: null, startkwalificatie: null, file_id: 3 },
    ],
    inschrijvingen: [
      { pupil_key: 'pk-0071', brin: '12AB', vestiging: '00', van: '2020-08-31', tot: null, aangepast_programma: false, file_id: 4 },
      { pupil_key: 'pk-0081', brin: '12AB', vestiging: '00', van: '2017-08-28', tot: '2025-07-18', aangepast_programma: false, file_id: 4 },
      { pupil_key: 'pk-0081', brin: '34CD', vestiging: '00', van: '2025-09-01', tot: null, aangepast_programma: false, file_id: 4 },
      // lives in another municipality: not in the register, counted in data quality only
      { pupil_key: 'pk-0091', brin: '34CD', vestiging: '00', van: '2025-09-01', tot: null, aangepast_programma: false, file_id: 4 },
    ],
    vakanties: [
      { regio: 'midden', brin: null, vestiging: null, van: '2025-07-19', tot: '2025-08-31', omschrijving: 'Zomervakantie', file_id: 2 },
      { regio: 'midden', brin: null, vestiging: null, van: herfstvakantie[0], tot: herfstvakantie[1], omschrijving: 'Herfstvakantie', file_id: 2 },
      { regio: 'landelijk', brin: null, vestiging: null, van: kerstvakantie[0], tot: kerstvakantie[1], omschrijving: 'Kerstvakantie', file_id: 2 },
      { regio: null, brin: '12AB', vestiging: null, van: '2025-10-03', tot: '2025-10-03', omschrijving: 'Studiedag', file_id: 2 },
      { regio: null, brin: '34CD', vestiging: null, van: '2025-11-14', tot: '2025-11-14', omschrijving: 'Studiedag', file_id: 2 },
    ],
    verzuim_events: [
      event('pk-0071', '12AB', '2025-09-08', 2, 'O', 'ongeoorloofd'),
      event('pk-0071', '12AB', '2025-09-15', 5, 'Z', 'ziek'),
      event('pk-0071', '12AB', '2025-09-22', 0.25, 'TL', 'ongeoorloofd'),
      event('pk-0071', '12AB', '2025-09-29', 5, 'O', 'ongeoorloofd'),
      event('pk-0071', '12AB', '2025-10-06', 2.5, 'M', 'geoorloofd'),
      event('pk-0071', '12AB', '2025-10-11', 2, 'O', 'ongeoorloofd'), // a Saturday: kept, not a school day
      event('pk-0071', '12AB', '2025-10-13', 5, 'O', 'ongeoorloofd'),
      event('pk-0071', '12AB', '2025-10-14', 1, '=HYPERLINK("x")', 'onbekend'),
      event('pk-0081', '34CD', '2025-10-01', 5, 'Z', 'ziek'),
      event('pk-0081', '34CD', '2025-10-02', 5, 'Z', 'ziek'),
      // absence of a pupil who lives elsewhere and is in no register: data quality only
      event('pk-0092', '12AB', '2025-11-03', 5, 'Z', 'ziek'),
    ],
    verzuim_periods: [
      { pupil_key: 'pk-0071', brin: '12AB', vestiging: '00', van: '2025-09-16', tot: '2025-09-17', code: 'Z', categorie: 'ziek', file_id: 6 },
      { pupil_key: 'pk-0071', brin: '12AB', vestiging: '00', van: '2025-10-27', tot: '2025-11-30', code: 'O', categorie: 'ongeoorloofd', file_id: 6 },
    ],
  };
}

export function ingestLogRows(): Record<string, Row[]> {
  const file = (file_id: number, run_id: number, file_name: string, kind: string, rows_loaded: number, rows_rejected: number, status = 'loaded') => ({
    file_id, run_id, file_name, sha256: `${file_id}`.padStart(64, 'a'), bytes: rows_loaded * 40 + 120, kind,
    layout: kind.startsWith('verzuim') ? 'lesregistratie' : 'canonical', encoding: 'utf-8', delimiter: ';', status,
    rows_read: rows_loaded + rows_rejected, rows_loaded, rows_rejected, rows_replaced: 0,
  });
  const quarantine = (line: number, column: string | null, reason_nl: string, reason_en: string, record: string) =>
    ({ file_id: 5, file_name: 'verzuim-oktober.csv', line, column, reason_nl, reason_en, record });
  return {
    ingest_runs: [
      { run_id: 1, started_at: '2025-11-03 09:12:00', finished_at: '2025-11-03 09:12:41', duration_ms: 41000, files: 4, rows_loaded: 412, rows_rejected: 0, tool_version: '0.1.0' },
      { run_id: 2, started_at: '2025-12-01 07:58:00', finished_at: '2025-12-01 07:59:12', duration_ms: 72000, files: 3, rows_loaded: 5120, rows_rejected: 3, tool_version: '0.1.0' },
    ],
    ingest_files: [
      file(1, 1, 'scholen.csv', 'scholen', 3, 0),
      file(2, 1, 'vakanties-2025-2026.json', 'vakanties', 5, 0),
      file(3, 1, 'leerlingen.csv', 'leerlingen', 268, 0),
      file(4, 1, 'inschrijvingen.csv', 'inschrijvingen', 136, 0),
      file(5, 2, 'verzuim-oktober.csv', 'verzuim_events', 5100, 3),
      file(6, 2, 'verzuim-perioden.csv', 'verzuim_periods', 20, 0),
      file(7, 2, 'scholen.csv', 'scholen', 0, 0, 'already_loaded'),
    ],
    quarantine: [
      quarantine(17, 'code', "onbekende verzuimcode '=HYPERLINK(\"x\")'", "unknown absence code '=HYPERLINK(\"x\")'", '{"brin":"34CD","datum":"2025-10-12","uren":"2","code":"=HYPERLINK(\\"x\\")"}'),
      quarantine(42, 'datum', "ongeldige datum '31-09-2025'", "invalid date '31-09-2025'", '{"brin":"12AB","datum":"31-09-2025","uren":"5","code":"Z"}'),
      quarantine(88, 'brin', "onbekende school '<script>alert(1)</script>'", "unknown school '<script>alert(1)</script>'", '{"brin":"<script>alert(1)</script>","datum":"2025-10-20","uren":"1","code":"O"}'),
    ],
  };
}
