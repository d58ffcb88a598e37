// Every data route against every kind of visitor: public, each school, the analyst, and
// sessions that are expired or forged. The server decides; no route trusts the page.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let clock = Date.parse('2025-12-01T09:00:00Z');
let t: Awaited<ReturnType<typeof testApp>>;
const cookies: Record<string, string | undefined> = {};

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  cookies.analist = (await t.login('analist')).cookie;
  cookies.regenboog = (await t.login('regenboog')).cookie;
  cookies.script = (await t.login('script')).cookie;
  cookies.vervallen = (await t.login('analist')).cookie;
  cookies.vervalst = 'tzm_sessie=dGhpcy1pcy1ub3QtYS1yZWFsLXNlc3Npb24tdG9rZW4tYXQtYWxs';
});
afterAll(() => t.close());

// route -> expected status for: publiek, regenboog (12AB), script (34CD), analist, vervalst, vervallen
const matrix: [string, number[]][] = [
  ['/api/public/raad', [200, 200, 200, 200, 200, 200]],
  ['/api/analyse/overzicht', [401, 403, 403, 200, 401, 401]],
  ['/api/analyse/datakwaliteit', [401, 403, 403, 200, 401, 401]],
  ['/api/analyse/export/classificaties.csv', [401, 403, 403, 200, 401, 401]],
  ['/api/analyse/export/maandtellingen.csv', [401, 403, 403, 200, 401, 401]],
  ['/api/analyse/export/quarantaine.csv', [401, 403, 403, 200, 401, 401]],
  ['/api/school/12AB/overzicht', [401, 200, 403, 200, 401, 401]],
  ['/api/school/34CD/overzicht', [401, 403, 200, 200, 401, 401]],
  ['/api/school/12AB/leerling/L0071', [401, 200, 403, 200, 401, 401]],
  ['/api/school/34CD/leerling/L0161', [401, 403, 200, 200, 401, 401]],
];
const visitors = ['publiek', 'regenboog', 'script', 'analist', 'vervalst', 'vervallen'];

describe('role matrix', () => {
  test.each(matrix)('%s', async (path, expected) => {
    // the "vervallen" session was made 8 hours and 1 minute ago: past its lifetime
    const statuses: number[] = [];
    for (const visitor of visitors) {
      if (visitor === 'vervallen') clock += 8 * 3600_000 + 60_000;
      const response = await t.app.request(path, { headers: cookies[visitor] ? { Cookie: cookies[visitor] as string } : {} });
      if (visitor === 'vervallen') clock -= 8 * 3600_000 + 60_000;
      statuses.push(response.status);
      if (response.status >= 400) {
        // a refusal carries a reason and nothing else
        expect(Object.keys(await response.json())).toEqual(['fout']);
      }
    }
    expect(statuses).toEqual(expected);
  });

  test('pages: the council page is public; the others send a visitor without session to the login', async () => {
    expect((await t.app.request('/')).status).toBe(200);
    const analyse = await t.app.request('/analyse');
    expect(analyse.status).toBe(303);
    expect(analyse.headers.get('location')).toBe('/inloggen?terug=%2Fanalyse');
    const school = await t.app.request('/school/12AB', { headers: { Cookie: cookies.script as string } });
    expect(school.status).toBe(403);
    const own = await t.app.request('/school', { headers: { Cookie: cookies.regenboog as string } });
    expect(own.headers.get('location')).toBe('/school/12AB');
  });

  test('/api/sessie says who is logged in, without any secret', async () => {
    const { body } = await t.getJson('/api/sessie', cookies.regenboog);
    expect(body).toEqual({ ingelogd: true, gebruiker: 'regenboog', rol: 'school:12AB' });
    expect((await t.getJson('/api/sessie')).body).toEqual({ ingelogd: false });
  });
});
