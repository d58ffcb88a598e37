import { describe, expect, it } from 'vitest';
import { insertAbsenceRows, numberSchoolCodes } from '../../pipeline/db/absence-rows.js';
import { openDatabase } from '../../pipeline/db/open.js';

/** Rows as the view verzuim_events has them: pupil 1 at school 12AB. */
const events = (...rows: Array<[brin: string, vestiging: string, code: string, datum: string]>) =>
  rows.map(([brin, vestiging, code, datum]) =>
    `SELECT 1 AS pupil_no, '${brin}' AS brin, '${vestiging}' AS vestiging, DATE '${datum}' AS datum, NULL::INTEGER AS lesuur,
       2.0 AS uren, '${code}' AS code, 'ziek' AS categorie, 7 AS file_id`).join(' UNION ALL ');

describe('absence rows stored by number', () => {
  it('numbers each school and code once, new ones after the highest, and the view gives the rows back as they came', async () => {
    const { connection, close } = await openDatabase(':memory:');
    try {
      const first = events(['12AB', '00', 'Z', '2026-03-02'], ['12AB', '00', 'Z', '2026-03-03'], ['12AB', '01', 'Z', '2026-03-02']);
      await numberSchoolCodes(connection, `SELECT brin, vestiging, code FROM (${first})`);
      expect(await insertAbsenceRows(connection, 'verzuim_events', first)).toBe(3);
      // a second file: one school and code seen before, one new (in brin, vestiging, code order: 12AB 00 Z = 1, 12AB 01 Z = 2)
      const second = events(['12AB', '00', 'Z', '2026-04-01'], ['34CD', '00', 'O', '2026-04-01']);
      await numberSchoolCodes(connection, `SELECT brin, vestiging, code FROM (${second})`);
      expect(await insertAbsenceRows(connection, 'verzuim_events', second)).toBe(2);
      const codes = await connection.runAndReadAll('SELECT school_code_no, brin, vestiging, code FROM school_codes ORDER BY school_code_no');
      expect(codes.getRowObjectsJS()).toEqual([
        { school_code_no: 1, brin: '12AB', vestiging: '00', code: 'Z' },
        { school_code_no: 2, brin: '12AB', vestiging: '01', code: 'Z' },
        { school_code_no: 3, brin: '34CD', vestiging: '00', code: 'O' },
      ]);
      const view = await connection.runAndReadAll(`SELECT brin, vestiging, code, datum::VARCHAR AS datum FROM verzuim_events ORDER BY datum, brin, vestiging`);
      expect(view.getRowObjectsJS()).toEqual([
        { brin: '12AB', vestiging: '00', code: 'Z', datum: '2026-03-02' },
        { brin: '12AB', vestiging: '01', code: 'Z', datum: '2026-03-02' },
        { brin: '12AB', vestiging: '00', code: 'Z', datum: '2026-03-03' },
        { brin: '12AB', vestiging: '00', code: 'Z', datum: '2026-04-01' },
        { brin: '34CD', vestiging: '00', code: 'O', datum: '2026-04-01' },
      ]);
    } finally {
      close();
    }
  });

  it('a row whose school and code were never numbered is not stored, and the count says so', async () => {
    const { connection, close } = await openDatabase(':memory:');
    try {
      expect(await insertAbsenceRows(connection, 'verzuim_events', events(['12AB', '00', 'Z', '2026-03-02']))).toBe(0);
    } finally {
      close();
    }
  });
});
