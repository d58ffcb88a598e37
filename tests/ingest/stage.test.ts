// Staging (pipeline/ingest/stage.ts): an absence stage keeps its rows to load apart, narrow, so
// that its checked rows can be let go before the next file is checked.

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { createStageView, releaseCheckedRows } from '../../pipeline/ingest/stage.js';

describe('the staged rows of an absence table', () => {
  it('keep the pupil as its BSN and the file, school, code and category as the stage\'s code number, and the view gives the table\'s columns back', async () => {
    const { connection, close } = await openDatabase(':memory:');
    try {
      // checked rows by hand: four records of file 1; line 3 is a duplicate of line 2 (its
      // duplicate line is listed), line 4 has a problem (at a school and code of the stage: only
      // the problem keeps it out), line 5 is at another school and code, lines 6 and 7 have the same
      // empty code at the first school but two categories (present: geen_verzuim; absent: onbekend,
      // as a Somtoday waarnemingen file has them); file 2 (read in the same stage) has line 2 at the
      // first school and code
      await connection.run(
        `CREATE TEMP TABLE checked_rows_1 AS SELECT * FROM (VALUES
           (1, 2, 111222333::BIGINT, '12AB', '00', DATE '2026-10-01', 1, 1.0, 'Z', 'ziek', NULL::VARCHAR[]),
           (1, 3, 111222333, '12AB', '00', DATE '2026-10-01', 1, 1.0, 'Z', 'ziek', NULL),
           (1, 4, 111222333, '12AB', '00', DATE '2026-10-02', 1, 30.0, 'Z', 'ziek', ['uren moet een getal van 0 t/m 24 zijn']),
           (1, 5, 222333444, '34CD', '01', DATE '2026-10-02', 3, 1.0, 'O', 'ongeoorloofd', NULL),
           (1, 6, 111222333, '12AB', '00', DATE '2026-10-05', 1, 1.0, '', 'geen_verzuim', NULL),
           (1, 7, 111222333, '12AB', '00', DATE '2026-10-05', 2, 1.0, '', 'onbekend', NULL),
           (2, 2, 222333444, '12AB', '00', DATE '2026-11-02', 2, 1.0, 'Z', 'ziek', NULL)
         ) t(part, line, bsn, brin, vestiging, datum, lesuur, uren, code, categorie, problems)`,
      );
      await connection.run(`CREATE TEMP VIEW checked_1 AS SELECT *, 'verzuim_events' AS target FROM checked_rows_1`);
      await connection.run(`CREATE TEMP TABLE duplicate_lines_1 AS SELECT 1 AS part, 3::BIGINT AS line`);
      // as check-rows.ts counts them: one number per file, school, code and category
      await connection.run(
        `CREATE TEMP TABLE code_counts_1 AS SELECT * FROM (VALUES
           (1, 1, '12AB', '00', 'Z', 'ziek', 2), (2, 1, '34CD', '01', 'O', 'ongeoorloofd', 1), (3, 2, '12AB', '00', 'Z', 'ziek', 1),
           (4, 1, '12AB', '00', '', 'geen_verzuim', 1), (5, 1, '12AB', '00', '', 'onbekend', 1)
         ) t(code_no, part, brin, vestiging, code, categorie, n)`,
      );
      await connection.run(`CREATE TEMP TABLE keys_1 AS SELECT * FROM (VALUES (111222333::BIGINT, 'k1', 7), (222333444, 'k2', 8)) t(bsn, pupil_key, pupil_no)`);

      await createStageView(connection, 'verzuim_events', { n: 1 });
      await releaseCheckedRows(connection, { n: 1 });

      // lines 3 (duplicate) and 4 (problem) of file 1 are not staged; no text and no file is kept per row
      const staged = await connection.runAndReadAll('SELECT * FROM stage_rows_verzuim_events_1 ORDER BY code_no');
      expect(staged.columnNames()).toEqual(['bsn', 'code_no', 'datum', 'lesuur', 'uren']);
      expect(staged.getRowObjectsJson()).toEqual([
        { bsn: '111222333', code_no: 1, datum: '2026-10-01', lesuur: 1, uren: '1.0' },
        { bsn: '222333444', code_no: 2, datum: '2026-10-02', lesuur: 3, uren: '1.0' },
        { bsn: '222333444', code_no: 3, datum: '2026-11-02', lesuur: 2, uren: '1.0' },
        { bsn: '111222333', code_no: 4, datum: '2026-10-05', lesuur: 1, uren: '1.0' },
        { bsn: '111222333', code_no: 5, datum: '2026-10-05', lesuur: 2, uren: '1.0' },
      ]);
      const view = await connection.runAndReadAll('SELECT * FROM stage_verzuim_events_1 ORDER BY part, pupil_no, datum, lesuur');
      expect(view.getRowObjectsJson()).toEqual([
        { part: 1, pupil_no: 7, brin: '12AB', vestiging: '00', datum: '2026-10-01', lesuur: 1, uren: '1.0', code: 'Z', categorie: 'ziek' },
        { part: 1, pupil_no: 7, brin: '12AB', vestiging: '00', datum: '2026-10-05', lesuur: 1, uren: '1.0', code: '', categorie: 'geen_verzuim' },
        { part: 1, pupil_no: 7, brin: '12AB', vestiging: '00', datum: '2026-10-05', lesuur: 2, uren: '1.0', code: '', categorie: 'onbekend' },
        { part: 1, pupil_no: 8, brin: '34CD', vestiging: '01', datum: '2026-10-02', lesuur: 3, uren: '1.0', code: 'O', categorie: 'ongeoorloofd' },
        { part: 2, pupil_no: 8, brin: '12AB', vestiging: '00', datum: '2026-11-02', lesuur: 2, uren: '1.0', code: 'Z', categorie: 'ziek' },
      ]);
      // the checked rows are gone
      const left = await connection.runAndReadAll(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'checked_rows_1'`);
      expect(left.getRowObjectsJson()).toEqual([{ n: '0' }]);
    } finally {
      close();
    }
  });
});
