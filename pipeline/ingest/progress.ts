// A progress line for large files (rows and MB/s), redrawn in place on a terminal.

import type { Writable } from 'node:stream';

export interface ProgressLine {
  bytes(read: number): void;
  rows(read: number): void;
  done(rows: number): void;
}

const MB = 1024 * 1024;

export function progressLine(out: Writable, name: string, totalBytes: number, now = () => performance.now()): ProgressLine {
  const started = now();
  let bytes = 0;
  let rows = 0;
  let lastDraw = 0;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < 250) return;
    lastDraw = t;
    const seconds = Math.max((t - started) / 1000, 0.001);
    const percent = Math.min(100, Math.round((bytes / totalBytes) * 100));
    out.write(`\r${name}: ${rows.toLocaleString('nl-NL')} regels, ${percent}% van ${(totalBytes / MB).toFixed(0)} MB, ${(bytes / MB / seconds).toFixed(1)} MB/s   `);
  };
  return {
    bytes(read) {
      bytes = read;
      draw(false);
    },
    rows(read) {
      rows = read;
      draw(false);
    },
    done(read) {
      rows = read;
      bytes = totalBytes;
      draw(true);
      out.write('\n');
    },
  };
}
