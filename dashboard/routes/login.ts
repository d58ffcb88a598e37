// Logging in and out. A plain HTML form posts here; the answer is a redirect, or a short page
// when too many attempts failed. Unknown users cost as much time as wrong passwords. Each
// attempt counts as a failure before its password is checked (dashboard/auth/login-limiter.ts).

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { clientAddress } from '../auth/client-address.js';
import { decoyHash, verifyPassword } from '../auth/password.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import type { SessionStore } from '../auth/sessions.js';
import type { User } from '../auth/users.js';
import { clearSessionCookie, sessionCookie, setSessionCookie, type AppEnv } from '../middleware/session.js';
import { getCookie } from 'hono/cookie';
import { page } from './page-file.js';

export interface LoginOptions {
  /** The list, or how to get the current one (the users file, read again when it changed). */
  users: User[] | (() => Promise<User[]>);
  sessions: SessionStore;
  /** Per username. */
  limiter: LoginLimiter;
  /** Per client address. */
  addressLimiter: LoginLimiter;
  sessionSeconds: number;
  /** Whose X-Forwarded-For names the client (dashboard/auth/client-address.ts). */
  trustedProxies: readonly string[];
}

function tooManyAttempts(c: Context, wait: number) {
  const seconds = Math.ceil(wait / 1000);
  c.header('Retry-After', String(seconds));
  return c.html(
    `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Even wachten</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/style.css">` +
      `<main class="narrow"><h1>Te veel mislukte pogingen</h1><p>Probeer het over ${seconds} seconden opnieuw.</p>` +
      `<p><a href="/inloggen">Terug naar inloggen</a></p></main></html>`,
    429,
  );
}

/** Only paths on this site, never `//elsewhere` or a full URL. */
function safeReturn(path: unknown): string | undefined {
  return typeof path === 'string' && /^\/(?![/\\])[\w\-./%?=&]*$/.test(path) ? path : undefined;
}

export function loginRoutes({ users, sessions, limiter, addressLimiter, sessionSeconds, trustedProxies }: LoginOptions) {
  const app = new Hono<AppEnv>();
  app.get('/inloggen', (c) => page(c, 'login.html'));
  app.use('/inloggen', csrf(), bodyLimit({ maxSize: 16 * 1024 }));
  app.use('/uitloggen', csrf(), bodyLimit({ maxSize: 1024 }));

  app.post('/inloggen', async (c) => {
    const form = await c.req.parseBody();
    const username = typeof form.gebruiker === 'string' ? form.gebruiker.trim().toLowerCase().slice(0, 100) : '';
    const password = typeof form.wachtwoord === 'string' ? form.wachtwoord.slice(0, 1000) : '';
    const back = safeReturn(form.terug);
    const address = clientAddress(c, trustedProxies);

    // Counted as failures now, in one synchronous step, before any password is checked.
    const userWait = limiter.attempt(username);
    if (userWait > 0) return tooManyAttempts(c, userWait);
    const addressWait = addressLimiter.attempt(address);
    if (addressWait > 0) {
      limiter.refund(username); // this attempt was never checked
      return tooManyAttempts(c, addressWait);
    }

    const current = typeof users === 'function' ? await users() : users;
    const user = current.find((u) => u.username === username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
    if (!user || !ok) {
      const query = new URLSearchParams({ fout: 'onjuist', ...(back ? { terug: back } : {}) });
      return c.redirect(`/inloggen?${query}`, 303);
    }
    limiter.succeeded(username);
    addressLimiter.refund(address); // others' typos from this address still count
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
