// The progress line of a large file: how far, how fast, and the rows once they are known.

import { Writable } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it, vi } from 'vitest';
import { pollStatementProgress, progressLine } from '../../pipeline/ingest/progress.js';

function capture() {
  const written: string[] = [];
  const out = new Writable({ write(chunk, _encoding, callback) { written.push(String(chunk)); callback(); } });
  return { out, written };
}

describe('progressLine', () => {
  it('shows the share read and the speed while reading, and the rows only when done', () => {
    const { out, written } = capture();
    let clock = 0;
    const progress = progressLine(out, 'verzuim.csv', 100 * 1024 * 1024, () => clock);
    // 25 MB after 1 s, 50 MB after 2 s: 25% then 50%, 25 MB/s; no row count yet
    clock = 1000;
    progress.bytes(25 * 1024 * 1024);
    clock = 2000;
    progress.bytes(50 * 1024 * 1024);
    expect(written).toEqual(['\rverzuim.csv: 25% van 100 MB, 25.0 MB/s   ', '\rverzuim.csv: 50% van 100 MB, 25.0 MB/s   ']);
    // done after 4 s with 1,234,567 rows: 100 MB in 4 s
    clock = 4000;
    progress.done(1_234_567);
    expect(written.slice(2)).toEqual(['\rverzuim.csv: 1.234.567 regels, 100% van 100 MB, 25.0 MB/s   ', '\n']);
  });

  it('redraws at most every 250 ms while reading', () => {
    const { out, written } = capture();
    let clock = 1000;
    const progress = progressLine(out, 'f.csv', 10 * 1024 * 1024, () => clock);
    progress.bytes(1024 * 1024); // drawn (first)
    clock = 1100;
    progress.bytes(2 * 1024 * 1024); // 100 ms later: skipped
    clock = 1300;
    progress.bytes(3 * 1024 * 1024); // 300 ms after the first: drawn
    expect(written).toHaveLength(2);
    expect(written[1]).toContain('30% van 10 MB');
  });
});

describe('pollStatementProgress', () => {
  it("reports DuckDB's share done of the running statement, never going back, until stopped", () => {
    vi.useFakeTimers();
    try {
      const connection = { progress: { percentage: -1 } } as unknown as DuckDBConnection;
      const shares: number[] = [];
      const stop = pollStatementProgress(connection, (share) => shares.push(share), 250);
      const at = (percentage: number) => {
        (connection.progress as { percentage: number }).percentage = percentage;
        vi.advanceTimersByTime(250);
      };
      at(-1); // nothing running yet: nothing reported
      at(20);
      at(20); // unchanged: not again
      at(65);
      at(3); // the next statement starts again at 0: the line does not go back
      at(100);
      stop();
      at(100);
      expect(shares).toEqual([0.2, 0.65, 1]);
    } finally {
      vi.useRealTimers();
    }
  });
});
