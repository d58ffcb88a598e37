// pipeline/db/without-fsst.ts: FSST is off while the work runs, and on again after it, whatever happened.

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { withoutFsst } from '../../pipeline/db/without-fsst.js';

describe('withoutFsst', () => {
  it('turns FSST off for the work and back on after it succeeds, and after it fails', async () => {
    const db = await openDatabase(':memory:');
    const setting = async () =>
      String((await db.connection.runAndReadAll(`SELECT current_setting('disabled_compression_methods') AS s`)).getRowObjectsJS()[0].s);
    try {
      expect((await withoutFsst(db.connection, setting)).toLowerCase()).toBe('fsst');
      expect(await setting()).toBe('');
      await expect(withoutFsst(db.connection, async () => { throw new Error('mislukt'); })).rejects.toThrow('mislukt');
      expect(await setting()).toBe('');
    } finally {
      db.close();
    }
  });
});
