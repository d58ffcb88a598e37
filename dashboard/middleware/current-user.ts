// A session lasts only as long as its user: when the users file no longer holds the username
// with that role (removed, or moved to another school), the next request ends the session.

import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { SessionStore } from '../auth/sessions.js';
import { roleName, type User } from '../auth/users.js';
import { sessionCookie, type AppEnv } from './session.js';

export function currentUserOnly(users: () => Promise<User[]>, sessions: SessionStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (session) {
      const user = (await users()).find((u) => u.username === session.username);
      if (!user || roleName(user.role) !== roleName(session.role)) {
        sessions.destroy(getCookie(c, sessionCookie));
        c.set('session', undefined);
      }
    }
    await next();
  };
}
