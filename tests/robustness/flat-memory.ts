// "A large file streams with flat memory": the same export at two sizes, ten times apart, ingested
// by the tzm command under the same DuckDB memory limit (TZM_MEMORY_LIMIT); every row must load,
// and the larger may use at most 1.5 times that limit (plus slack) more than the smaller: past
// the limit DuckDB spills to disk (its own allocations outside the buffer pool overshoot the
// limit somewhat). A reader that holds the file grows with it instead (before a1e0546: 20 MB ->
// 0.8 GB, 200 MB -> 4.6 GB peak). Measured since, limit 256 MB: 4 MB 244, 40 MB 451, 200 MB 566;
// limit 512 MB: 20 MB 659, 200 MB 1165 (MB of peak RSS).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureBigIngest, type MeasuredIngest } from './big-file.js';

const MB = 1024 * 1024;

const SLACK = 128 * MB;

export function describeFlatMemory(smallMb: number, largeMb: number, limitMb: number): void {
  describe(`a ${largeMb} MB absence file against a ${smallMb} MB one, memory limit ${limitMb} MB`, () => {
    let small: MeasuredIngest;
    let large: MeasuredIngest;

    beforeAll(async () => {
      const env = { TZM_MEMORY_LIMIT: `${limitMb}MB` };
      small = await measureBigIngest(smallMb, env);
      large = await measureBigIngest(largeMb, env);
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

    it('peak memory grows by a bounded amount (the memory limit) for ten times the bytes', () => {
      expect(small.peakRss).toBeGreaterThan(0);
      expect(large.peakRss - small.peakRss).toBeLessThanOrEqual(1.5 * limitMb * MB + SLACK);
    });
  });
}
