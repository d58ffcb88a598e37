// Parsing the values Dutch exports contain: dates in four spellings, decimals with ',' or '.',
// yes/no flags. Each parser returns null for a value it cannot read; the row rules turn that into
// a quarantine reason. Dates are ISO strings (YYYY-MM-DD), which DuckDB casts to DATE.

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/; // dd-mm-yyyy, d-m-yyyy, dd/mm/yyyy
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An existing calendar date as 'YYYY-MM-DD', or null (31-02-2026 is null, not 3 March). */
export function parseDate(raw: string): string | null {
  const value = raw.trim();
  let year: number, month: number, day: number;
  const dayFirst = DAY_FIRST.exec(value);
  const iso = ISO.exec(value);
  if (dayFirst) {
    [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return null;
  }
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** '2,5', '2.5', '3' -> number; '1.234,5' (thousands separator) is not an hour count, so null. */
export function parseDecimal(raw: string): number | null {
  const value = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

export function parseInteger(raw: string): number | null {
  const value = raw.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}

/** ja/nee in the spellings registers use; empty is nee. */
export function parseYesNo(raw: string): boolean | null {
  const value = raw.trim().toLowerCase();
  if (['', 'nee', 'n', '0', 'false', 'onwaar', 'no'].includes(value)) return false;
  if (['ja', 'j', '1', 'true', 'waar', 'yes', 'y'].includes(value)) return true;
  return null;
}
