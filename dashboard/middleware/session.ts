// Reads the session cookie into the context. The cookie carries only a random token
// (HttpOnly, SameSite=Strict); an unknown, forged or expired token is simply no session.

import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Session, SessionStore } from '../auth/sessions.js';

export interface AppEnv {
  Variables: { session: Session | undefined };
}

export const sessionCookie = 'tzm_sessie';

export function sessionMiddleware(store: SessionStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('session', store.get(getCookie(c, sessionCookie)));
    await next();
  };
}

export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: maxAgeSeconds,
    // Behind TLS (directly or via a proxy that says so) the cookie is never sent in clear.
    secure: c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https',
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookie, { path: '/' });
}
