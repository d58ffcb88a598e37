// Dates as whole day numbers (days since 1970-01-01, UTC): cheap to compare, step and index,
// and free of time zones. Formatting is cached per style because absence files repeat few dates
// millions of times.

export type Day = number;
export type DateStyle = 'iso' | 'dd-mm-yyyy' | 'd-m-yyyy' | 'dd/mm/yyyy';

const msPerDay = 86_400_000;

export function day(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / msPerDay;
}

export function parseIso(text: string): Day {
  const [y, m, d] = text.split('-').map(Number);
  return day(y, m, d);
}

export function parts(d: Day): { year: number; month: number; date: number } {
  const t = new Date(d * msPerDay);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, date: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** Calendar month arithmetic, clamped to the month's end (2025-05-31 minus 3 months is 2025-02-28). */
export function addMonths(d: Day, months: number): Day {
  const { year, month, date } = parts(d);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDate = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return day(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date, lastDate));
}

export function addYears(d: Day, years: number): Day {
  return addMonths(d, years * 12);
}

/** classification.md §2: the first day of the month after the 5th birthday. */
export function leerplichtStart(birth: Day): Day {
  const fifth = parts(addYears(birth, 5));
  return day(fifth.year, fifth.month + 1, 1);
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const cache: Record<DateStyle, Map<Day, string>> = {
  iso: new Map(),
  'dd-mm-yyyy': new Map(),
  'd-m-yyyy': new Map(),
  'dd/mm/yyyy': new Map(),
};

export function formatDay(d: Day, style: DateStyle): string {
  const cached = cache[style].get(d);
  if (cached !== undefined) return cached;
  const { year, month, date } = parts(d);
  const text =
    style === 'iso' ? `${year}-${pad(month)}-${pad(date)}`
    : style === 'dd-mm-yyyy' ? `${pad(date)}-${pad(month)}-${year}`
    : style === 'd-m-yyyy' ? `${date}-${month}-${year}`
    : `${pad(date)}/${pad(month)}/${year}`;
  if (cache[style].size < 50_000) cache[style].set(d, text);
  return text;
}
