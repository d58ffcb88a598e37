// The dashboard app on the fixture, called without a port, plus a login helper.

import { createApp, type AppOptions } from '../../../dashboard/app.js';
import { databaseSource } from '../../../dashboard/data/source.js';
import type { User } from '../../../dashboard/auth/users.js';
import { createFixture } from './fixture.js';
import { passwords, testUsers } from './users.js';

let users: User[] | undefined;

export async function testApp(options: Partial<AppOptions> = {}) {
  users ??= await testUsers();
  const db = await createFixture();
  const app = createApp({ source: databaseSource(db), users, logError: (e) => { throw e; }, ...options });

  /** Logs in through the form and returns the Cookie header value of the session. */
  async function login(username: keyof typeof passwords, password = passwords[username]) {
    const response = await app.request('/inloggen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ gebruiker: username, wachtwoord: password }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    return { response, cookie };
  }

  async function getJson(path: string, cookie?: string) {
    const response = await app.request(path, { headers: cookie ? { Cookie: cookie } : {} });
    return { status: response.status, body: await response.json() };
  }

  return { app, db, login, getJson, close: () => db.close() };
}
