// Logging in: hashed passwords, HttpOnly SameSite=Strict session cookies, a limiter that slows
// guessing, no open redirects, a body size limit and an origin check on the form.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../../dashboard/auth/password.js';
import { loadUsers, usersFromFile } from '../../../dashboard/auth/users.js';
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
    const own = await testApp({ now: () => clock });
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

describe('login under attack', () => {
  const form = (gebruiker: string, wachtwoord: string, headers: Record<string, string> = {}, remoteAddress?: string) => ({
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', ...headers },
      body: new URLSearchParams({ gebruiker, wachtwoord }),
    },
    // what @hono/node-server hands the app: the socket the request came in on
    env: remoteAddress ? { incoming: { socket: { remoteAddress, remoteFamily: 'IPv4' } } } : undefined,
  });

  test('200 wrong passwords sent at once, then the right one: only 5 are checked, the right one waits', async () => {
    const own = await testApp({ now: () => clock }); // the clock stands still: a wait never runs out mid-test
    const requests = [...Array.from({ length: 200 }, (_, i) => form('script', `gok-${i}`)), form('script', 'script-wachtwoord-1')];
    const responses = await Promise.all(requests.map(({ init, env }) => own.app.request('/inloggen', init, env)));
    // 5 free failures were counted before their passwords were checked; the other 195 and the
    // right password find 5 failures and must wait 1 s: no session
    expect(responses.filter((r) => r.status === 303)).toHaveLength(5);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(196);
    expect(responses.at(-1)?.status).toBe(429);
    expect(responses.some((r) => r.headers.get('set-cookie'))).toBe(false);
    own.close();
  });

  test('X-Forwarded-For counts only from a configured proxy; others cannot pick their address', async () => {
    const own = await testApp({ now: () => clock, server: { trustedProxies: ['10.0.0.1'], loginFreeFailuresPerAddress: 3 } });
    const attempt = (gebruiker: string, headers: Record<string, string>, remote: string) => {
      const { init, env } = form(gebruiker, 'fout', headers, remote);
      return own.app.request('/inloggen', init, env);
    };
    // through the proxy: two clients, each with its own count of 3
    for (let i = 0; i < 3; i++) expect((await attempt(`a${i}`, { 'X-Forwarded-For': '192.0.2.7' }, '10.0.0.1')).status).toBe(303);
    expect((await attempt('a9', { 'X-Forwarded-For': '192.0.2.7' }, '10.0.0.1')).status).toBe(429);
    expect((await attempt('b0', { 'X-Forwarded-For': '192.0.2.8' }, '10.0.0.1')).status).toBe(303);
    // a client that adds its own header in front: the proxy appends the real address, which counts
    expect((await attempt('a10', { 'X-Forwarded-For': '198.51.100.1, 192.0.2.7' }, '10.0.0.1')).status).toBe(429);
    // not from the proxy: the header is ignored, the socket address counts (3 free, then wait)
    for (let i = 0; i < 3; i++) expect((await attempt(`c${i}`, { 'X-Forwarded-For': `203.0.113.${i}` }, '192.0.2.50')).status).toBe(303);
    expect((await attempt('c9', { 'X-Forwarded-For': '203.0.113.99' }, '192.0.2.50')).status).toBe(429);
    own.close();
  });

  test('without a configured proxy, X-Forwarded-For is ignored', async () => {
    const own = await testApp({ now: () => clock, server: { loginFreeFailuresPerAddress: 2 } });
    const attempt = (gebruiker: string, forwarded: string) => {
      const { init, env } = form(gebruiker, 'fout', { 'X-Forwarded-For': forwarded }, '10.0.0.1');
      return own.app.request('/inloggen', init, env);
    };
    expect((await attempt('x1', '192.0.2.1')).status).toBe(303);
    expect((await attempt('x2', '192.0.2.2')).status).toBe(303);
    expect((await attempt('x3', '192.0.2.3')).status).toBe(429); // all from 10.0.0.1
    own.close();
  });

  test("typos from one office address spread over a day never lock its users out", async () => {
    let clock = Date.parse('2025-12-01T09:00:00Z');
    const own = await testApp({ now: () => clock });
    const attempt = (gebruiker: string, wachtwoord: string) => own.app.request('/inloggen', form(gebruiker, wachtwoord).init);
    // a busy morning: 30 typos at once; the address's free attempts are used up
    for (let i = 0; i < 30; i++) expect((await attempt(`typo${i}`, 'x')).status).toBe(303);
    expect((await attempt('analist', 'analist-wachtwoord-1')).status).toBe(429);
    // then one typo every 20 minutes, 10 times: each fades 20/15 = 1.33 failures first, so the
    // count goes 30 -> 29.67 -> 29.33 ... -> 26.67 and stays under 30 (without fading it would be
    // 40, and everyone at the address would wait 2^10 s, capped at 15 minutes)
    for (let i = 0; i < 10; i++) {
      clock += 20 * 60_000;
      expect((await attempt(`later${i}`, 'x')).status).toBe(303);
    }
    clock += 60_000;
    const ok = await attempt('analist', 'analist-wachtwoord-1');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/analyse');
    own.close();
  });
});

describe('users file', () => {
  test('a user added to the users file logs in without a restart; a changed role ends the session', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tzm-users-'));
    const file = path.join(dir, 'users.json');
    const analist = { username: 'analist', role: 'analist', passwordHash: await hashPassword('analist-wachtwoord-1') };
    await writeFile(file, JSON.stringify({ users: [analist] }));
    const own = await testApp({ users: usersFromFile(file, await loadUsers(file)) });
    const login = (gebruiker: string, wachtwoord: string) =>
      own.app.request('/inloggen', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
        body: new URLSearchParams({ gebruiker, wachtwoord }),
      });
    expect((await login('zonnetje', 'zonnetje-wachtwoord')).headers.get('location')).toBe('/inloggen?fout=onjuist');
    const zonnetje = { username: 'zonnetje', role: 'school:12AB', passwordHash: await hashPassword('zonnetje-wachtwoord') };
    await writeFile(file, JSON.stringify({ users: [analist, zonnetje] }));
    const response = await login('zonnetje', 'zonnetje-wachtwoord');
    expect(response.headers.get('location')).toBe('/school/12AB');
    const cookie = response.headers.get('set-cookie')?.split(';')[0] as string;
    expect((await own.app.request('/api/school/12AB/overzicht', { headers: { Cookie: cookie } })).status).toBe(200);

    // moved to another school in the file: the session ends at the next request
    await writeFile(file, JSON.stringify({ users: [analist, { ...zonnetje, role: 'school:34CD' }] }));
    expect((await own.app.request('/api/school/12AB/overzicht', { headers: { Cookie: cookie } })).status).toBe(401);
    own.close();
    await rm(dir, { recursive: true });
  });
});
