// A progress line for large files (share read and MB/s, then the rows), redrawn in place on a
// terminal. The rows are known only when the file is done: DuckDB's reader does not count as it
// goes, so the line does not show a row count that would stay 0 until the end. Files DuckDB's
// reader reads straight into the checks report DuckDB's own progress of that statement instead.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Writable } from 'node:stream';

export interface ProgressLine {
  bytes(read: number): void;
  done(rows: number): void;
}

const MB = 1024 * 1024;

export function progressLine(out: Writable, name: string, totalBytes: number, now = () => performance.now()): ProgressLine {
  const started = now();
  let bytes = 0;
  let rows: number | undefined;
  let lastDraw = 0;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < 250) return;
    lastDraw = t;
    const seconds = Math.max((t - started) / 1000, 0.001);
    const percent = Math.min(100, Math.round((bytes / totalBytes) * 100));
    const counted = rows === undefined ? '' : `${rows.toLocaleString('nl-NL')} regels, `;
    out.write(`\r${name}: ${counted}${percent}% van ${(totalBytes / MB).toFixed(0)} MB, ${(bytes / MB / seconds).toFixed(1)} MB/s   `);
  };
  return {
    bytes(read) {
      bytes = read;
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

/**
 * Reports the share done of the statement running on the connection (DuckDB's own progress,
 * which needs enable_progress_bar) every `everyMs`, never going back (a statement that follows
 * starts again at 0); returns the function that stops it.
 */
export function pollStatementProgress(connection: DuckDBConnection, onShare: (share: number) => void, everyMs = 250): () => void {
  let best = 0;
  const timer = setInterval(() => {
    const share = connection.progress.percentage / 100;
    if (share > best) onShare((best = Math.min(share, 1)));
  }, everyMs);
  return () => clearInterval(timer);
}
