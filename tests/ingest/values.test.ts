// The field macros of pipeline/ingest/checks/macros.sql, value by value.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { sqlFile } from '../../pipeline/db/sql-file.js';
import { passesElfproef } from '../../pipeline/privacy/scrub-bsn.js';

let db: Database;
beforeAll(async () => {
  db = await openDatabase(':memory:');
  await db.connection.run('CREATE TEMP MACRO max_identifier_length() AS 64'); // ingestLimits' default
  await db.connection.run(sqlFile('pipeline/ingest/checks/macros.sql'));
});
afterAll(() => db.close());

/** Every character of the Basic Multilingual Plane but NUL (the surrogates are no characters), as rows of c. */
const BMP_CHARACTERS = 'SELECT chr(i::INTEGER) AS c FROM range(1, 65536) r(i) WHERE i NOT BETWEEN 55296 AND 57343';

async function value(sql: string, s: string): Promise<unknown> {
  const reader = await db.connection.runAndReadAll(`SELECT ${sql} AS v`, { s });
  return reader.getRowObjectsJS()[0].v;
}

describe('tidy', () => {
  it.each([
    ['12AB', '12AB'],
    ['  12AB ', '12AB'],
    [' 12 AB', '12 AB'], // a space inside stays, as with trim
    ['   ', ''],
    ['', ''],
    ['\t12AB', '\t12AB'], // a tab is no space separator: trim leaves it, and so does tidy
    ['12AB\u00a0', '12AB'], // a non-breaking space (a copy from a web page or Excel)
    ['\u00a0', ''],
    ['\u202f12AB\u3000', '12AB'],
    ['é12AB ', 'é12AB'],
  ])('tidy(%j) is %j, as trim', async (raw, trimmed) => {
    expect(await value('tidy($s)', raw)).toBe(trimmed);
    expect(await value('trim($s)', raw)).toBe(trimmed);
  });

  it('is trim for every character of the Basic Multilingual Plane, alone and at either end of a word', async () => {
    const reader = await db.connection.runAndReadAll(
      `SELECT count(*) AS n FROM (${BMP_CHARACTERS}),
         (VALUES ('{}'), ('{}x'), ('x{}'), ('{}x{}'), ('{} x {}')) t(form)
       WHERE tidy(replace(form, '{}', c)) IS DISTINCT FROM trim(replace(form, '{}', c))`,
    );
    expect(Number(reader.getRowObjectsJS()[0].n)).toBe(0);
  });

  it('keeps NULL', async () => {
    expect(await value('tidy(NULLIF($s, $s))', 'x')).toBeNull();
  });
});

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
    expect(await value(`check_date('van', $s, date_of($s), true).en`, raw)).toMatch(/^van is not an existing date|van is empty/);
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

describe('integer_of', () => {
  it.each([
    ['7', 7],
    ['0', 0],
    [' 7 ', 7],
    ['12', 12],
    ['1234', 1234],
    ['', null],
    ['12345', null], // more than four digits is no lesson or count
    ['/', null], // the characters either side of the digits
    [':', null],
    ['a', null],
    ['٣', null], // an Arabic-Indic three: a digit, but not one of 0-9
    ['-1', null],
    ['+1', null],
    ['1.5', null],
  ])('reads %j as %j', async (raw, n) => {
    expect(await value('integer_of($s)', raw)).toBe(n);
  });
});

describe('vestiging_of and check_vestiging', () => {
  it.each([
    ['01', '01'],
    ['7', '07'],
    [' 7 ', '07'],
    ['12\u00a0', '12'], // a non-breaking space, as trim takes it
    ['', '00'], // empty: the main location
    ['   ', '00'],
  ])('reads %j as %j, without a problem', async (raw, vestiging) => {
    expect(await value(`vestiging_of($s, '00')`, raw)).toBe(vestiging);
    expect(await value(`check_vestiging($s, vestiging_of($s, '00'))`, raw)).toBeNull();
  });

  it.each(['123', 'AB', '1a', '-1', '+1', '٣'])('refuses %j, quoting it', async (raw) => {
    expect(await value(`vestiging_of($s, '00')`, raw)).toBeNull();
    expect(await value(`check_vestiging($s, vestiging_of($s, '00'))."value"`, raw)).toBe(raw);
  });

  it('an empty vestiging is no problem when empty stands for nothing (a holiday of every location)', async () => {
    expect(await value('vestiging_of($s, NULL)', '')).toBeNull();
    expect(await value('check_vestiging($s, vestiging_of($s, NULL))', '')).toBeNull();
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
    ['123456782', true],
    ['12345672', true], // lost its leading zero: 012345672 passes
    ['123456789', false], // 156 - 9 = 147, not divisible by 11
    ['000000000', false], // a sum of 0 is excluded
    // inputs.md 1.1: any shorter number is left-padded: 001234567 gives 7 + 12 + 15 + 16 + 15 + 12 - 7 = 70, not 11-fold
    ['1234567', false],
    // 001234560: 7*1 + 6*2 + 5*3 + 4*4 + 3*5 + 2*6 - 0 = 77 = 7 * 11
    ['1234560', true],
  ])('passes_elfproef(bsn_of(%s)): %s', async (raw, passes) => {
    expect(await value('passes_elfproef(bsn_of($s))', raw)).toBe(passes);
  });

  // The elfproef is checked once per BSN after the pass (check-rows.ts; row-rules.test.ts), not by check_bsn.
  it.each([
    ['123456782', null],
    ['123456789', null],
    ['', 'bsn is empty'],
    ['1234567890', 'BSN must consist of 9 digits'],
    ['12345678a', 'BSN must consist of 9 digits'],
  ])('check_bsn(%j): %s', async (raw, problem) => {
    expect(await value('check_bsn($s, bsn_of($s)).en', raw)).toBe(problem);
  });

  it('agrees with the TypeScript elfproef the generator uses', async () => {
    for (const bsn of ['123456782', '111222333', '012345672', '123456789', '999999990']) {
      expect(await value('passes_elfproef(bsn_of($s))', bsn)).toBe(passesElfproef(bsn));
    }
    // inputs.md 1.1: a number that lost its leading zeros is padded back to 9 digits.
    for (const [raw, padded] of [['12345672', '012345672'], ['1234560', '001234560']]) {
      expect(await value('bsn_text(bsn_of($s))', raw)).toBe(padded);
    }
  });
});

// macros.sql matches the common shapes with GLOB, cheaper than a regex: each macro must take
// exactly what its regex takes. Every character of the Basic Multilingual Plane (NUL too) and a few
// of four bytes in UTF-8 (a mathematical digit, an emoji, the last code point), in every place of a
// valid value (and the value one shorter or longer), is tried against the regex form.
describe('the GLOB shapes take what the regex takes', () => {
  async function disagreements(valid: string, macro: string, reference: string): Promise<number> {
    const reader = await db.connection.runAndReadAll(
      `WITH chars AS (${BMP_CHARACTERS} UNION ALL SELECT chr(i) FROM (VALUES (0), (120782), (128512), (1114111)) v(i)),
       texts AS (
         SELECT left($valid, p) || c || substr($valid, p + 2) AS s FROM chars, range(0, length($valid)) r(p)
         UNION ALL SELECT $valid || c FROM chars
         UNION ALL SELECT left($valid, p) || substr($valid, p + 2) FROM range(0, length($valid)) r(p)
       )
       SELECT count(*) AS n FROM (SELECT s, ${macro} AS got, ${reference} AS want FROM texts) WHERE got IS DISTINCT FROM want`,
      { valid },
    );
    return Number(reader.getRowObjectsJS()[0].n);
  }

  it('bsn_of: 9 digits, or up to 9 after trimming', async () => {
    expect(await disagreements('123456782', 'bsn_of(s)', `CASE WHEN regexp_full_match(trim(s), '\\d{1,9}') THEN trim(s)::BIGINT END`)).toBe(0);
  });

  it('check_brin: 2 digits and 2 capitals', async () => {
    expect(await disagreements('12AB', 'check_brin(s, brin_of(s)) IS NULL', `regexp_full_match(upper(trim(s)), '\\d{2}[A-Z]{2}')`)).toBe(0);
  });

  it('vestiging_of: 2 digits, or 1 or 2 after trimming', async () => {
    expect(await disagreements('07', `vestiging_of(s, '00')`, `CASE WHEN trim(s) = '' THEN '00' WHEN regexp_full_match(trim(s), '\\d{1,2}') THEN lpad(trim(s), 2, '0') END`)).toBe(0);
  });
});

// spec/inputs.md "Privacy": the SQL twin of pipeline/privacy/scrub-bsn.ts.
describe('scrub_bsn', () => {
  it.each([
    // 842569583: 9*8+8*4+7*2+6*5+5*6+4*9+3*5+2*8-3 = 242 = 22 x 11: a BSN
    ['zie dossier 842569583', 'zie dossier [BSN verwijderd]'],
    // 12345672 padded is 012345672: 0+8+14+18+20+20+18+14-2 = 110 = 10 x 11: a BSN that lost its zero
    ['12345672', '[BSN verwijderd]'],
    // 12345678 padded: 0+8+14+18+20+20+18+14-8 = 104: not divisible by 11, kept
    ['12345678', '12345678'],
    // ten digits: not a BSN, kept whole (its first nine, 123456782, would pass)
    ['1234567820', '1234567820'],
    // two in one text, glued to letters
    ['a123456782b111222333', 'a[BSN verwijderd]b[BSN verwijderd]'],
    ['geen cijfers', 'geen cijfers'],
  ])('%j becomes %j', async (raw, scrubbed) => {
    expect(await value('scrub_bsn($s)', raw)).toBe(scrubbed);
  });

  it('a value quoted in a reason is cut at 40 characters, never inside a digit run, and scrubbed', async () => {
    // 35 letters then 123456782: the cut at 40 would leave "12345"; the digits are dropped
    expect(await value('shown($s)', `${'x'.repeat(35)}123456782`)).toBe(`${'x'.repeat(35)}…`);
    expect(await value('shown($s)', ' 123456782 ')).toBe('[BSN verwijderd]');
  });
});

describe('check_leerling_id', () => {
  it.each([
    ['123456782', '123456782', 'leerling_id is the pupil\'s BSN'],
    // the row's BSN as Excel shows it (8 digits) is still the row's BSN
    ['12345672', '012345672', "leerling_id is the pupil's BSN"],
    // another 9-digit number that passes the elfproef could be someone's BSN
    ['111222333', '123456782', 'leerling_id could be a BSN (9 digits passing the elfproef)'],
    ['', '123456782', 'leerling_id is empty'],
    ['L\u200B1', '123456782', 'leerling_id holds invisible or bidi control characters'],
    ['L\u202E1', '123456782', 'leerling_id holds invisible or bidi control characters'],
    ['x'.repeat(65), '123456782', 'leerling_id is longer than 64 characters'],
  ])('refuses %j on a row with BSN %s', async (id, bsn, reason) => {
    expect(await value(`check_leerling_id($s, bsn_of('${bsn}')).en`, id)).toBe(reason);
  });

  it.each(['L-0001', '900000002', '12345678', 'x'.repeat(64)])('accepts %j', async (id) => {
    // 900000002: 81 - 2 = 79, not divisible by 11; 12345678 is 8 digits (the spec refuses 9)
    expect(await value(`check_leerling_id($s, bsn_of('123456782'))`, id)).toBeNull();
  });
});
