// Writes one pupil's absences at one school in that school's export layout:
// - lessen (schemas/layouts/lesregistratie.json): a row per missed lesuur;
// - perioden (periodeverzuim.json): whole-day runs merged into periods, part days with lesuren;
// - uren (the canonical verzuim events): a row per day with hours, decimals with a comma.

import { type Day, day } from './dates.js';
import { firstOnOrAfter } from './calendar.js';
import { type CsvFile } from './write-csv.js';
import { type AbsenceItem, type Enrollment } from './pupil.js';

type Category = 'ziek' | 'geoorloofd' | 'ongeoorloofd' | 'onbekend';

/** The categories of schemas/verzuimcodes.csv, for filling the (unused) 'Geoorloofd' column. */
const categoryOf: Record<string, Category> = {
  Z: 'ziek', ZK: 'ziek', ZN: 'ziek', ZIEK: 'ziek', M: 'geoorloofd', V: 'geoorloofd', G: 'geoorloofd', S: 'geoorloofd',
  GEOORLOOFD: 'geoorloofd', O: 'ongeoorloofd', TL: 'ongeoorloofd', U: 'ongeoorloofd', LV: 'ongeoorloofd',
  SP: 'ongeoorloofd', ONGEOORLOOFD: 'ongeoorloofd', AO: 'onbekend', '': 'onbekend',
};

/** Each system fills the flag its own way, and not always consistently with the code. */
function flag(style: number, code: string, periods: boolean): string {
  const category = categoryOf[code.toUpperCase()] ?? 'onbekend';
  const allowed = category === 'ziek' || category === 'geoorloofd';
  if (style === 2) return '';
  if (periods) return style === 1 ? (category === 'geoorloofd' ? 'J' : 'N') : style === 3 ? (allowed ? 'j' : 'n') : allowed ? 'J' : 'N';
  if (style === 1) return allowed ? 'ja' : '';
  if (style === 3) return category === 'geoorloofd' ? '1' : '0';
  return allowed ? 'J' : 'N';
}

const schoolYearStarts = [day(2025, 8, 1), day(2026, 8, 1)];
const schoolYear = (d: Day): number => (d >= schoolYearStarts[1] ? 2 : d >= schoolYearStarts[0] ? 1 : 0);

export interface Who {
  /** The BSN as this school's export shows it. */
  bsn: string;
  /** The pupil's class on a day, for the per-lesson export. */
  klas: (d: Day) => string;
}

export function writeAbsenceRows(file: CsvFile, who: Who, e: Enrollment, items: readonly AbsenceItem[]): void {
  const { brin, flagStyle, layout, lessons } = e.school;
  if (layout === 'lessen') {
    for (const item of items) {
      for (let lesuur = item.from; lesuur <= item.to; lesuur++) {
        file.row([who.bsn, brin, e.vestiging, file.date(item.day), String(lesuur), item.code, flag(flagStyle, item.code, false), who.klas(item.day)]);
      }
    }
  } else if (layout === 'uren') {
    for (const item of items) {
      const hours = item.full ? lessons : (item.hours ?? item.to - item.from + 1);
      file.row([who.bsn, brin, e.vestiging, file.date(item.day), file.hours(hours), item.code]);
    }
  } else {
    writePeriods(file, who, e, items);
  }
}

function writePeriods(file: CsvFile, who: Who, e: Enrollment, items: readonly AbsenceItem[]): void {
  const days = e.school.days[e.vestiging];
  const row = (van: Day, tot: Day, from: string, to: string, code: string): void => {
    file.row([who.bsn, e.school.brin, e.vestiging, file.date(van), file.date(tot), from, to, code, flag(e.school.flagStyle, code, true)]);
  };
  let k = 0;
  while (k < items.length) {
    const item = items[k];
    if (!item.full) {
      row(item.day, item.day, String(item.from), String(item.to), item.code);
      k++;
      continue;
    }
    // Consecutive school days with the same code form one period (across weekends and holidays),
    // but a school year's registrations end at its summer, as the systems roll over.
    let index = firstOnOrAfter(days, item.day);
    let end = k;
    while (
      end + 1 < items.length && items[end + 1].full && items[end + 1].code === item.code &&
      items[end + 1].day === days[index + 1] && schoolYear(items[end + 1].day) === schoolYear(item.day)
    ) {
      end++;
      index++;
    }
    row(item.day, items[end].day, '', '', item.code);
    k = end + 1;
  }
}
