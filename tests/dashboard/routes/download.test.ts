// dashboard/routes/download.ts: a download streams what it is given, and fails so that nobody
// mistakes a broken file for a whole one.

import type { DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../../dashboard/data/source.js';
import { streamDownload } from '../../../dashboard/routes/download.js';

/** A source whose one connection is a stand-in: the producers below never query it. */
const source = { read: (use: (connection: DuckDBConnection) => Promise<unknown>) => use({} as DuckDBConnection) } as unknown as DataSource;

async function* pieces(count: number, failAt?: number): AsyncGenerator<string> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error(`kapot bij ${i}`);
    yield `regel ${i}\n`;
  }
}

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

describe('streamDownload', () => {
  it('passes every piece on, in order, also past its queue of 4', async () => {
    const logged: unknown[] = [];
    const body = await streamDownload(source, () => pieces(1000), (e) => logged.push(e));
    const lines = (await text(body)).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1000);
    expect([lines[0], lines[999]]).toEqual(['regel 0', 'regel 999']);
    expect(logged).toEqual([]);
  });

  it('a failure before the first piece is thrown, so the route answers 500', async () => {
    await expect(streamDownload(source, () => pieces(5, 0), () => {})).rejects.toThrow('kapot bij 0');
  });

  it('a failure after the first piece breaks the body and is logged', async () => {
    const logged: unknown[] = [];
    const body = await streamDownload(source, () => pieces(50, 20), (e) => logged.push(e));
    await expect(text(body)).rejects.toThrow('kapot bij 20');
    expect(String(logged[0])).toContain('kapot bij 20');
  });

  it('a client that goes away midway stops the reading, and that is no error', async () => {
    const logged: unknown[] = [];
    let made = 0;
    async function* counted(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) {
        made++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield `regel ${i}\n`;
      }
    }
    const reader = (await streamDownload(source, counted, (e) => logged.push(e))).getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(made).toBeLessThan(20);
    expect(logged).toEqual([]);
  });

  it('an empty download is an empty body, not an error', async () => {
    expect(await text(await streamDownload(source, () => pieces(0), () => {}))).toBe('');
  });
});
