// Before the first monitor run: every route answers, with no month and nothing to draw.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../../dashboard/app.js';
import { databaseSource } from '../../../dashboard/data/source.js';
import { openDatabase, type Database } from '../../../pipeline/db/open.js';
import { testUsers } from '../helpers/users.js';

let db: Database;
let app: ReturnType<typeof createApp>;
let cookie: string;

beforeAll(async () => {
  db = await openDatabase(':memory:');
  app = createApp({ source: databaseSource(db), users: await testUsers(), logError: (e) => { throw e; } });
  const login = await app.request('/inloggen', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
    body: new URLSearchParams({ gebruiker: 'analist', wachtwoord: 'analist-wachtwoord-1' }),
  });
  cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
});
afterAll(() => db.close());

describe('an empty database', () => {
  test.each([
    ['/api/public/raad', { maand: null, maanden: [], trend: [], doelen: [] }],
    ['/api/analyse/overzicht', { maand: null, maanden: [], trend: [] }],
    ['/api/analyse/datakwaliteit', { maand: null, bestanden: [], exportOntbreekt: [] }],
    ['/api/school/12AB/overzicht', { maand: null, dagen: [], leerlingen: [] }],
  ])('%s answers 200 with no month', async (path, expected) => {
    const response = await app.request(path, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject(expected);
  });

  test('a pupil calendar is not found', async () => {
    expect((await app.request('/api/school/12AB/leerling/L0071', { headers: { Cookie: cookie } })).status).toBe(404);
  });

  test('the classification download is just the header row', async () => {
    const text = await (await app.request('/api/analyse/export/classificaties.csv', { headers: { Cookie: cookie } })).text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
