// The analyst's data quality page counts pupils from outside the municipality (classification.md
// §2: not classified, but counted): pupils with school data in the month who do not live here.
// In the fixture, pk-0091 is enrolled at 34CD and pk-0092 has absence at 12AB on 3 November, and
// neither is in the register; pk-0071 and pk-0081 are residents: two pupils from outside.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('data quality', () => {
  test('counts enrolled pupils who do not live in the municipality', async () => {
    const { cookie } = await t.login('analist');
    const response = await t.app.request('/api/analyse/datakwaliteit?maand=2025-11', { headers: { Cookie: cookie as string } });
    expect(response.status).toBe(200);
    expect((await response.json()).buitenGemeente).toBe(2);
  });
});
