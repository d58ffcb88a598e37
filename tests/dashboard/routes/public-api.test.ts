// The public council data says how fresh it is, and carries the month a year earlier.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('public API /api/public/raad', () => {
  test('carries what the figures rest on: the last day of absence data and when the monitor ran', async () => {
    const { status, body } = await t.getJson('/api/public/raad', undefined);
    expect(status).toBe(200);
    // fixture-sources.ts: the last registration is the period of pk-0071 up to 2025-11-30, the
    // newest stored month end is 2025-11-30; the monitor run finished 2025-12-01 08:00:07
    expect(body.stand).toEqual({ gegevens_tot: '2025-11-30', bijgewerkt: '2025-12-01 08:00' });
  });

  test('an asked month carries the same stamp: it describes the data, not the month', async () => {
    const { body } = await t.getJson('/api/public/raad?maand=2025-09', undefined);
    expect(body.maand).toBe('2025-09');
    expect(body.stand.gegevens_tot).toBe('2025-11-30');
  });
});
