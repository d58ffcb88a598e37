// A download produced inside one read of the data source (one snapshot), streamed with
// backpressure. It fails honestly: an error before the first piece is thrown (the client gets
// a 500), a later one breaks the body, so the client sees an incomplete download rather than a
// file that looks whole.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Context } from 'hono';
import type { DataSource } from '../data/source.js';

export async function streamDownload(
  source: DataSource,
  produce: (connection: DuckDBConnection) => AsyncIterable<string>,
  logError: (error: unknown) => void,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let wake: () => void = () => {};
  let cancelled = false;
  let first!: { resolve: () => void; reject: (error: unknown) => void };
  const started = new Promise<void>((resolve, reject) => (first = { resolve, reject }));
  let sent = false;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        source
          .read(async (connection) => {
            for await (const piece of produce(connection)) {
              if (cancelled) return; // the client went away while this piece was being made
              controller.enqueue(encoder.encode(piece));
              if (!sent) {
                sent = true;
                first.resolve();
              }
              // Wait for the client to take what is queued before reading on.
              while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
              if (cancelled) return;
            }
          })
          .then(
            () => {
              first.resolve();
              if (!cancelled) controller.close();
            },
            (error: unknown) => {
              if (!sent) return first.reject(error);
              logError(error);
              controller.error(error);
            },
          );
      },
      pull: () => wake(),
      cancel: () => {
        cancelled = true;
        wake();
      },
    },
    { highWaterMark: 4 },
  );
  await started;
  return body;
}

/** A CSV download written by DuckDB (dashboard/data/csv.ts) and streamed (streamDownload). */
export function csvResponse(c: Context, fileName: string, body: ReadableStream<Uint8Array>): Response {
  return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}"` });
}
