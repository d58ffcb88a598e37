// A snapshot never changes, so the server computes each page's data once per snapshot.

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../pipeline/db/open.js';
import { databaseSource } from '../../../dashboard/data/source.js';

describe('DataSource.cached', () => {
  it('computes an answer once per key, and does not keep failures', async () => {
    const db = await openDatabase(':memory:');
    const source = databaseSource(db);
    let calls = 0;
    const read = async () => ++calls;
    expect(await source.cached('raad:2026-10', read)).toBe(1);
    expect(await source.cached('raad:2026-10', read)).toBe(1);
    expect(await source.cached('raad:2026-09', read)).toBe(2);
    await expect(source.cached('stuk', async () => Promise.reject(new Error('tijdelijk')))).rejects.toThrow('tijdelijk');
    expect(await source.cached('stuk', read)).toBe(3);
    db.close();
  });
});
