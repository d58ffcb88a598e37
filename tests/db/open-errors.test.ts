// pipeline/db/open-errors.ts: DuckDB's English errors about the database become one line a user
// can act on, in Dutch and English, saying that nothing changed.

import { describe, expect, it } from 'vitest';
import { databaseError } from '../../pipeline/db/open-errors.js';

describe('databaseError', () => {
  it.each([
    ['IO Error: Could not set lock on file "/d/tzm.duckdb": Conflicting lock is held in /usr/bin/node (PID 4242)', /^database \/d\/tzm.duckdb is in gebruik door een ander proces .*niets is gewijzigd$/],
    ['IO Error: Could not write file "/d/tzm.duckdb.tmp/duckdb_temp_storage-0.tmp": No space left on device', /^de schijf is vol \(database \/d\/tzm.duckdb of zijn map \/d\/tzm.duckdb.tmp\/\); maak ruimte en probeer opnieuw, niets is gewijzigd$/],
    ['IO Error: Cannot open file "/d/tzm.duckdb": Permission denied', /^database \/d\/tzm.duckdb kan niet worden geschreven \(alleen-lezen of geen rechten\); niets is gewijzigd$/],
    ['IO Error: Cannot open file "/d/tzm.duckdb": Read-only file system', /kan niet worden geschreven/],
  ])('%s', (message, nl) => {
    const error = databaseError('/d/tzm.duckdb', new Error(message));
    expect(error?.nl).toMatch(nl);
    expect(error?.en).toMatch(/nothing was changed$/);
    expect(error?.exitCode).toBe(1);
  });

  it('leaves errors it does not know alone (they are bugs, shown as such)', () => {
    expect(databaseError('/d/tzm.duckdb', new Error('Binder Error: column x not found'))).toBeUndefined();
  });
});
