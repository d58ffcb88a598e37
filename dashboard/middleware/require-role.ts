// Every data endpoint checks the role on the server. A school may see only its own BRIN;
// the analyst may see every school. API routes answer 401/403 as JSON; page routes send a
// visitor without a session to the login page.

import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Session } from '../auth/sessions.js';
import type { AppEnv } from './session.js';

export const brinPattern = /^\d{2}[A-Z]{2}$/;

export function mayOpenSchool(session: Session | undefined, brin: string): boolean {
  if (!session) return false;
  return session.role.kind === 'analist' || session.role.brin === brin;
}

export const requireAnalist: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  if (!session) throw new HTTPException(401, { message: 'inloggen vereist' });
  if (session.role.kind !== 'analist') throw new HTTPException(403, { message: 'geen toegang' });
  await next();
};

/** For routes with a `:brin` parameter. */
export const requireSchool: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  const brin = c.req.param('brin') ?? '';
  if (!session) throw new HTTPException(401, { message: 'inloggen vereist' });
  if (!brinPattern.test(brin)) throw new HTTPException(404, { message: 'onbekende school' });
  if (!mayOpenSchool(session, brin)) throw new HTTPException(403, { message: 'geen toegang tot deze school' });
  await next();
};

/** Pages: no session means "log in first", then come back here. */
export const requireLoginPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('session')) {
    const back = new URL(c.req.url).pathname;
    return c.redirect(`/inloggen?terug=${encodeURIComponent(back)}`, 303);
  }
  await next();
};
