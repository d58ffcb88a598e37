// "A large file streams with flat memory": the same export at two sizes, ten times apart, ingested
// by the tzm command; every row must load, and the peak memory of the larger must stay within
// twice that of the smaller (a reader that holds the file grows about as the file does).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureBigIngest, type MeasuredIngest } from './big-file.js';

const MB = 1024 * 1024;

export function describeFlatMemory(smallMb: number, largeMb: number): void {
  describe(`a ${largeMb} MB absence file against a ${smallMb} MB one`, () => {
    let small: MeasuredIngest;
    let large: MeasuredIngest;

    beforeAll(async () => {
      small = await measureBigIngest(smallMb);
      large = await measureBigIngest(largeMb);
    }, 30 * 60_000);

    afterAll(() => {
      if (!small || !large) return;
      const line = (m: MeasuredIngest) => `${(m.bytes / MB).toFixed(0)} MB: ${m.rows} rows, peak RSS ${(m.peakRss / MB).toFixed(0)} MB, ${m.seconds.toFixed(1)} s`;
      process.stdout.write(`flat memory: ${line(small)}; ${line(large)}\n`);
    });

    it('loads every row of both', () => {
      expect(small.stderr).toBe('');
      expect(large.stderr).toBe('');
      expect([small.code, large.code]).toEqual([0, 0]);
      expect(small.loaded).toBe(small.rows);
      expect(large.loaded).toBe(large.rows);
      expect(large.bytes).toBeGreaterThanOrEqual(largeMb * MB);
    });

    // Known bug (report of issue 6): read-raw.ts materialises the whole file in the temp table
    // raw_file (then `checked`, then the insert) in memory; peak RSS grows with the file:
    // measured 20 MB -> 0.8 GB, 200 MB -> 4.6 GB. Remove `.fails` when the ingest streams.
    it.fails('peak memory does not grow with the file (at most 2x for 10x the bytes)', () => {
      expect(small.peakRss).toBeGreaterThan(0);
      expect(large.peakRss).toBeLessThanOrEqual(2 * small.peakRss);
    });
  });
}
