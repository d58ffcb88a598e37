// Logging in and out. A plain HTML form posts here; the answer is a redirect, or a short page
// when too many attempts failed. Unknown users cost as much time as wrong passwords.

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { getConnInfo } from '@hono/node-server/conninfo';
import { decoyHash, verifyPassword } from '../auth/password.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import type { SessionStore } from '../auth/sessions.js';
import type { User } from '../auth/users.js';
import { clearSessionCookie, sessionCookie, setSessionCookie, type AppEnv } from '../middleware/session.js';
import { getCookie } from 'hono/cookie';
import { page } from './page-file.js';

export interface LoginOptions {
  users: User[];
  sessions: SessionStore;
  /** Per username. */
  limiter: LoginLimiter;
  /** Per client address. */
  addressLimiter: LoginLimiter;
  sessionSeconds: number;
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    return 'onbekend'; // app.request in tests has no socket
  }
}

/** Only paths on this site, never `//elsewhere` or a full URL. */
function safeReturn(path: unknown): string | undefined {
  return typeof path === 'string' && /^\/(?![/\\])[\w\-./%?=&]*$/.test(path) ? path : undefined;
}

export function loginRoutes({ users, sessions, limiter, addressLimiter, sessionSeconds }: LoginOptions) {
  const app = new Hono<AppEnv>();
  app.get('/inloggen', (c) => page(c, 'login.html'));
  app.use('/inloggen', csrf(), bodyLimit({ maxSize: 16 * 1024 }));
  app.use('/uitloggen', csrf(), bodyLimit({ maxSize: 1024 }));

  app.post('/inloggen', async (c) => {
    const form = await c.req.parseBody();
    const username = typeof form.gebruiker === 'string' ? form.gebruiker.trim().toLowerCase().slice(0, 100) : '';
    const password = typeof form.wachtwoord === 'string' ? form.wachtwoord.slice(0, 1000) : '';
    const back = safeReturn(form.terug);
    const userKey = [username];
    const addressKey = [clientAddress(c)];

    const wait = Math.max(limiter.waitMs(userKey), addressLimiter.waitMs(addressKey));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      c.header('Retry-After', String(seconds));
      return c.html(
        `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Even wachten</title><link rel="stylesheet" href="/static/style.css">` +
          `<main class="narrow"><h1>Te veel mislukte pogingen</h1><p>Probeer het over ${seconds} seconden opnieuw.</p>` +
          `<p><a href="/inloggen">Terug naar inloggen</a></p></main></html>`,
        429,
      );
    }

    const user = users.find((u) => u.username === username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
    if (!user || !ok) {
      limiter.failed(userKey);
      addressLimiter.failed(addressKey);
      const query = new URLSearchParams({ fout: 'onjuist', ...(back ? { terug: back } : {}) });
      return c.redirect(`/inloggen?${query}`, 303);
    }
    limiter.succeeded(userKey);
    sessions.destroy(getCookie(c, sessionCookie)); // a fresh token at every login
    setSessionCookie(c, sessions.create(user.username, user.role), sessionSeconds);
    const home = user.role.kind === 'analist' ? '/analyse' : `/school/${user.role.brin}`;
    return c.redirect(back ?? home, 303);
  });

  app.post('/uitloggen', (c) => {
    sessions.destroy(getCookie(c, sessionCookie));
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });
  return app;
}
