// Server-side sessions: the cookie holds only a random token; the role lives here. Sessions
// expire after `ttlMs` (default 8 hours) and vanish when the server restarts.

import { randomBytes } from 'node:crypto';
import type { Role } from './users.js';

export interface Session {
  username: string;
  role: Role;
  expires: number;
}

export interface SessionStore {
  create(username: string, role: Role): string;
  get(token: string | undefined): Session | undefined;
  destroy(token: string | undefined): void;
}

export function createSessionStore({ ttlMs = 8 * 3600_000, now = Date.now }: { ttlMs?: number; now?: () => number } = {}): SessionStore {
  const sessions = new Map<string, Session>();
  const prune = () => {
    const t = now();
    for (const [token, session] of sessions) if (session.expires <= t) sessions.delete(token);
  };
  return {
    create(username, role) {
      prune();
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { username, role, expires: now() + ttlMs });
      return token;
    },
    get(token) {
      if (!token) return undefined;
      const session = sessions.get(token);
      if (session && session.expires <= now()) {
        sessions.delete(token);
        return undefined;
      }
      return session;
    },
    destroy(token) {
      if (token) sessions.delete(token);
    },
  };
}
