// Field checks of spec/inputs.md, each with the Dutch and English reason a quarantine row carries.
// A FieldChecks reads one record; every failed check adds an error and returns null, so one row can
// report all its problems at once.

import { normaliseBsn } from './bsn.js';
import { parseDate, parseDecimal, parseInteger, parseYesNo } from './values.js';

export interface FieldError {
  /** Canonical column, or null for a problem with the whole row. */
  column: string | null;
  nl: string;
  en: string;
}

const BRIN = /^\d{2}[A-Z]{2}$/;

export class FieldChecks {
  readonly errors: FieldError[] = [];

  constructor(private readonly get: (field: string) => string | undefined) {}

  fail(column: string | null, nl: string, en: string): null {
    this.errors.push({ column, nl, en });
    return null;
  }

  /** Trimmed text; '' when the column is absent or empty. */
  raw(field: string): string {
    return (this.get(field) ?? '').trim();
  }

  required(field: string): string | null {
    const value = this.raw(field);
    return value === '' ? this.fail(field, `${field} is leeg`, `${field} is empty`) : value;
  }

  bsn(field = 'bsn'): string | null {
    const value = this.required(field);
    if (value === null) return null;
    if (!/^\d{8,9}$/.test(value)) {
      return this.fail(field, 'BSN moet uit 9 cijfers bestaan', 'BSN must consist of 9 digits');
    }
    return normaliseBsn(value) ?? this.fail(field, 'BSN voldoet niet aan de elfproef', 'BSN fails the elfproef (check digit)');
  }

  brin(field = 'brin'): string | null {
    const value = this.required(field)?.toUpperCase() ?? null;
    if (value === null) return null;
    return BRIN.test(value)
      ? value
      : this.fail(field, `BRIN '${value}' moet 2 cijfers en 2 letters zijn (bijv. 12AB)`, `BRIN '${value}' must be 2 digits and 2 letters (e.g. 12AB)`);
  }

  /** Two digits; empty means the main location '00'. */
  vestiging(field = 'vestiging', { emptyAs = '00' }: { emptyAs?: string | null } = {}): string | null {
    const value = this.raw(field);
    if (value === '') return emptyAs;
    return /^\d{1,2}$/.test(value)
      ? value.padStart(2, '0')
      : this.fail(field, `vestiging '${value}' moet 2 cijfers zijn`, `vestiging '${value}' must be 2 digits`);
  }

  date(field: string, { required = true }: { required?: boolean } = {}): string | null {
    const value = this.raw(field);
    if (value === '') return required ? this.fail(field, `${field} is leeg`, `${field} is empty`) : null;
    return (
      parseDate(value) ??
      this.fail(field, `${field} '${value}' is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)`, `${field} '${value}' is not an existing date (dd-mm-yyyy or yyyy-mm-dd)`)
    );
  }

  /** van <= tot (both inclusive); reported on the tot column. */
  order(from: string | null, to: string | null, toField = 'tot'): void {
    if (from !== null && to !== null && from > to) {
      this.fail(toField, `${toField} (${to}) ligt vóór van (${from})`, `${toField} (${to}) is before van (${from})`);
    }
  }

  decimal(field: string, { min, max, required = true }: { min: number; max: number; required?: boolean }): number | null {
    const value = this.raw(field);
    if (value === '') return required ? this.fail(field, `${field} is leeg`, `${field} is empty`) : null;
    const n = parseDecimal(value);
    if (n === null || n < min || n > max) {
      return this.fail(field, `${field} '${value}' moet een getal van ${min} t/m ${max} zijn`, `${field} '${value}' must be a number from ${min} to ${max}`);
    }
    return n;
  }

  integer(field: string): number | null {
    const value = this.raw(field);
    if (value === '') return null;
    return parseInteger(value) ?? this.fail(field, `${field} '${value}' is geen geheel getal`, `${field} '${value}' is not a whole number`);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], normalise: (v: string) => string = (v) => v.toLowerCase()): T | null {
    const value = this.required(field);
    if (value === null) return null;
    const candidate = normalise(value);
    return (allowed as readonly string[]).includes(candidate)
      ? (candidate as T)
      : this.fail(field, `onbekende ${field} '${value}' (bekend: ${allowed.join(', ')})`, `unknown ${field} '${value}' (known: ${allowed.join(', ')})`);
  }

  yesNo(field: string): boolean | null {
    const value = this.raw(field);
    const parsed = parseYesNo(value);
    return parsed ?? this.fail(field, `${field} '${value}' moet ja of nee zijn`, `${field} '${value}' must be ja or nee`);
  }
}
