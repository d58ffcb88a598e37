// The progress line of a large file: how far, how fast, and the rows once they are known.

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../pipeline/ingest/progress.js';

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
