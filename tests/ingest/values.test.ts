// The field macros of pipeline/ingest/checks/macros.sql, value by value.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { sqlFile } from '../../pipeline/db/sql-file.js';
import { passesElfproef, normaliseBsn } from '../../pipeline/ingest/bsn.js';

let db: Database;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await db.connection.run(sqlFile('pipeline/ingest/checks/macros.sql'));
});
afterAll(() => db.close());

async function value(sql: string, s: string): Promise<unknown> {
  const reader = await db.connection.runAndReadAll(`SELECT ${sql} AS v`, { s });
  return reader.getRowObjectsJS()[0].v;
}

describe('date_of', () => {
  it.each([
    ['14-03-2015', '2015-03-14'],
    ['4-3-2015', '2015-03-04'],
    ['14/03/2015', '2015-03-14'],
    ['2015-03-14', '2015-03-14'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %s as %s', async (raw, iso) => {
    expect(await value(`strftime(date_of($s), '%Y-%m-%d')`, raw)).toBe(iso);
  });

  it.each([
    ['20150314', '2015-03-14'], // yyyymmdd (BRP, EduArte)
    ['2025-10-09T11:05:00.000+02:00', '2025-10-09'],
    // a holiday's end, 23:59 Dutch summer time written in UTC: still 4 July
    ['2025-07-04T21:59:00.000Z', '2025-07-04'],
    // a lesson at 23:30 UTC in winter is 00:30 the next day in the Netherlands (UTC+1)
    ['2025-01-06T23:30:00.000Z', '2025-01-07'],
    ['2025-01-06T23:30:00Z', '2025-01-07'],
    ['2025-10-09T11:05:00', '2025-10-09'], // no zone: the date as written
  ])('reads the date-time %s as %s (inputs.md 1.1)', async (raw, iso) => {
    expect(await value(`strftime(date_of($s), '%Y-%m-%d')`, raw)).toBe(iso);
  });

  it.each(['20151314', '2025-02-30T10:00:00Z', '31-02-2026', '29-02-2025', '2026-13-01', '00-01-2026', '14-03-15', 'gisteren', ''])('check_date refuses %j', async (raw) => {
    expect(await value(`check_date('van', $s, date_of($s), true).en`, raw)).toMatch(/^van (''|'.*' is not an existing date)|van is empty/);
  });
});

describe('decimal_of and yes_no_of', () => {
  it('reads a decimal comma and a decimal point, not a thousands separator', async () => {
    expect(await value('decimal_of($s)', '2,5')).toBe(2.5);
    expect(await value('decimal_of($s)', '2.5')).toBe(2.5);
    expect(await value('decimal_of($s)', '-1')).toBe(-1);
    expect(await value('decimal_of($s)', '1.234,5')).toBeNull();
  });

  it('reads ja/nee spellings, empty as nee', async () => {
    expect(await value('yes_no_of($s)', 'Ja')).toBe(true);
    expect(await value('yes_no_of($s)', '')).toBe(false);
    expect(await value('yes_no_of($s)', 'NEE')).toBe(false);
    expect(await value('yes_no_of($s)', 'misschien')).toBeNull();
  });
});

describe('artikel_of', () => {
  it.each([
    ['5a', '5a'],
    ['5A', '5a'],
    ['5 onder a', '5a'],
    ['5 sub a', '5a'],
    ['art. 5 lid 1 onder a', '5a'],
    ['Art. 5 lid 1 onder b', '5b'],
    ['Artikel 5 onder a Lpw', '5a'],
    ['artikel 5 sub c Leerplichtwet', '5c'],
    ['15', '15'],
    ['art. 15', '15'],
    ['3a', '3a'],
    ['3b', '3b'],
    ['5a-trekkend', '5a-trekkend'],
  ])('reads %j as %s', async (raw, artikel) => {
    expect(await value('artikel_of($s)', raw)).toBe(artikel);
  });
});

describe('BSN', () => {
  // 1*9 + 2*8 + 3*7 + 4*6 + 5*5 + 6*4 + 7*3 + 8*2 = 156; 156 - 2 = 154 = 14 * 11
  it.each([
    ['123456782', null],
    ['12345672', null], // lost its leading zero: 012345672 passes
    ['123456789', 'BSN fails the elfproef (check digit)'], // 156 - 9 = 147, not divisible by 11
    ['000000000', 'BSN fails the elfproef (check digit)'], // a sum of 0 is excluded
    // inputs.md 1.1: any shorter number is left-padded: 001234567 gives 7 + 12 + 15 + 16 + 15 + 12 - 7 = 70, not 11-fold
    ['1234567', 'BSN fails the elfproef (check digit)'],
    // 001234560: 7*1 + 6*2 + 5*3 + 4*4 + 3*5 + 2*6 - 0 = 77 = 7 * 11
    ['1234560', null],
    ['1234567890', 'BSN must consist of 9 digits'],
    ['12345678a', 'BSN must consist of 9 digits'],
  ])('check_bsn(%s): %s', async (raw, problem) => {
    const reader = await db.connection.runAndReadAll('SELECT check_bsn($s, bsn_of($s)).en AS en', { s: raw });
    expect(reader.getRowObjectsJS()[0].en).toBe(problem);
  });

  it('agrees with the TypeScript elfproef the generator uses', async () => {
    for (const bsn of ['123456782', '111222333', '012345672', '123456789', '999999990']) {
      const reader = await db.connection.runAndReadAll('SELECT check_bsn($s, bsn_of($s)) IS NULL AS ok', { s: bsn });
      expect(reader.getRowObjectsJS()[0].ok).toBe(passesElfproef(bsn));
    }
    expect(normaliseBsn('12345672')).toBe('012345672');
    expect(normaliseBsn('1234560')).toBe('001234560');
  });
});
