// Logging in: hashed passwords, HttpOnly SameSite=Strict session cookies, a limiter that slows
// guessing, no open redirects, a body size limit and an origin check on the form.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let clock = Date.parse('2025-12-01T09:00:00Z');
let t: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  t = await testApp({ now: () => clock });
});
afterAll(() => t.close());

const post = (path: string, body: string | URLSearchParams, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', ...headers },
    body,
  });

describe('login', () => {
  test('a good password gives an HttpOnly, SameSite=Strict session cookie and the role home page', async () => {
    const { response } = await t.login('regenboog');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/school/12AB');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tzm_sessie=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Max-Age=28800');
  });

  test('a wrong password or unknown user goes back to the form with a message and no cookie', async () => {
    for (const [user, password] of [['analist', 'fout-wachtwoord'], ['niemand', 'wat-dan-ook']]) {
      const response = await post('/inloggen', new URLSearchParams({ gebruiker: user, wachtwoord: password }));
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/inloggen?fout=onjuist');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  test('after 5 failures a user must wait, longer after each further failure; the wait passes', async () => {
    const attempt = (password: string) => post('/inloggen', new URLSearchParams({ gebruiker: 'script', wachtwoord: password }));
    for (let i = 0; i < 5; i++) expect((await attempt('geraden')).status).toBe(303);
    const blocked = await attempt('script-wachtwoord-1'); // even the right password waits
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    clock += 1000;
    expect((await attempt('geraden')).status).toBe(303); // 6th failure: now 2 seconds
    expect((await attempt('geraden')).headers.get('retry-after')).toBe('2');
    clock += 2000;
    const ok = await attempt('script-wachtwoord-1');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/school/34CD');
  });

  test('?terug= may only lead to a path on this site', async () => {
    for (const [terug, expected] of [
      ['/school/12AB/leerling/L0071', '/school/12AB/leerling/L0071'],
      ['//evil.example/x', '/school/12AB'],
      ['https://evil.example/', '/school/12AB'],
      ['/\\evil.example', '/school/12AB'],
    ]) {
      const response = await post('/inloggen', new URLSearchParams({ gebruiker: 'regenboog', wachtwoord: 'regenboog-wachtwoord-1', terug }));
      expect(response.headers.get('location')).toBe(expected);
    }
  });

  test('a form posted from another site is refused', async () => {
    const response = await post('/inloggen', new URLSearchParams({ gebruiker: 'analist', wachtwoord: 'analist-wachtwoord-1' }), { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('a body over 16 KB is refused before it is read', async () => {
    const response = await post('/inloggen', `gebruiker=analist&wachtwoord=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(413);
  });

  test('logging out ends the session on the server', async () => {
    const { cookie } = await t.login('analist');
    expect((await t.getJson('/api/analyse/overzicht', cookie)).status).toBe(200);
    const out = await post('/uitloggen', '', { Cookie: cookie as string });
    expect(out.status).toBe(303);
    expect((await t.getJson('/api/analyse/overzicht', cookie)).status).toBe(401);
  });
});

describe('login from one address', () => {
  test('30 failures from one address, across user names, slow down every login from it', async () => {
    const own = await testApp();
    const attempt = (gebruiker: string, wachtwoord: string) =>
      own.app.request('/inloggen', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
        body: new URLSearchParams({ gebruiker, wachtwoord }),
      });
    // 30 different made-up names: none reaches its own limit of 5
    for (let i = 0; i < 30; i++) expect((await attempt(`gok${i}`, 'x')).status).toBe(303);
    expect((await attempt('analist', 'analist-wachtwoord-1')).status).toBe(429);
    own.close();
  });
});
