// The dashboard server as an app you can call: `createApp(options).request('/api/...')` in
// tests; `serve` (dashboard/serve.ts) binds it to a port.
//
//   /                       Raad (public): aggregates only, suppressed   GET /api/public/raad
//   /jaarverslag            Raad (public): the annual count, suppressed  GET /api/public/jaarverslag
//   /analyse                analyst                                      GET /api/analyse/...
//   /school/:brin           a school's own page                          GET /api/school/:brin/...
//   /school/:brin/leerling/:id   one pupil's calendar
//   /inloggen, /uitloggen   session login (POST)

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { defaultServerSettings, resolveSettings, type ServerSettings, type Settings } from '../pipeline/settings.js';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter.js';
import { createSessionStore, type SessionStore } from './auth/sessions.js';
import { roleName, type User } from './auth/users.js';
import { DataError } from './data/data-error.js';
import type { DataSource } from './data/source.js';
import { allowedHost } from './middleware/allowed-host.js';
import { currentUserOnly } from './middleware/current-user.js';
import { noStore, securityHeaders } from './middleware/security-headers.js';
import { sessionMiddleware, type AppEnv } from './middleware/session.js';
import { analyseApi } from './routes/analyse-api.js';
import { assetRoutes } from './routes/assets.js';
import { httpErrorOf } from './routes/data-error-status.js';
import { jaartellingApi } from './routes/jaartelling-api.js';
import { loginRoutes } from './routes/login.js';
import { page } from './routes/page-file.js';
import { pageRoutes } from './routes/pages.js';
import { publicApi } from './routes/public-api.js';
import { schoolApi } from './routes/school-api.js';

export interface AppOptions {
  source: DataSource;
  /** Who may log in (dashboard/auth/users.ts), or how to read them at each login; none: public pages only. */
  users?: User[] | (() => Promise<User[]>);
  /** Settings used here: suppressUpTo. Default pipeline/settings.ts. */
  settings?: Partial<Settings>;
  /** Login limits, trusted proxies, allowed host names. Default pipeline/settings.ts. */
  server?: Partial<ServerSettings>;
  /** Session lifetime. Default 8 hours. */
  sessionHours?: number;
  /** Clock for sessions and the login limiter (tests move it). Default Date.now. */
  now?: () => number;
  sessions?: SessionStore;
  /** Failed logins per username and per client address; default from `server`. */
  limiter?: LoginLimiter;
  addressLimiter?: LoginLimiter;
  /** Where unexpected errors (bugs) are reported; the browser only sees "interne fout". */
  logError?: (error: unknown) => void;
}

export function createApp({
  source,
  users = [],
  settings = {},
  sessionHours = 8,
  now = Date.now,
  sessions = createSessionStore({ ttlMs: sessionHours * 3600_000, now }),
  server = {},
  limiter,
  addressLimiter,
  logError = () => {},
}: AppOptions) {
  const { suppressUpTo } = resolveSettings(settings);
  const serverSettings = { ...defaultServerSettings, ...server };
  const limits = {
    firstWaitMs: serverSettings.loginFirstWaitSeconds * 1000,
    maxWaitMs: serverSettings.loginMaxWaitMinutes * 60_000,
    forgetMs: serverSettings.loginForgetFailureMinutes * 60_000,
    now,
  };
  limiter ??= createLoginLimiter({ ...limits, freeFailures: serverSettings.loginFreeFailuresPerUser });
  addressLimiter ??= createLoginLimiter({ ...limits, freeFailures: serverSettings.loginFreeFailuresPerAddress });
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders, allowedHost(serverSettings.allowedHosts), sessionMiddleware(sessions));
  if (typeof users === 'function') app.use('*', currentUserOnly(users, sessions)); // the users file may change
  app.use('/api/*', noStore);

  app.get('/api/sessie', (c) => {
    const session = c.get('session');
    return c.json(session ? { ingelogd: true, gebruiker: session.username, rol: roleName(session.role) } : { ingelogd: false });
  });
  app.route('/api/public', publicApi({ source, upTo: suppressUpTo }));
  app.route('/api/analyse', analyseApi({ source, logError }));
  app.route('/api/analyse', jaartellingApi({ source, logError }));
  app.route('/api/school', schoolApi({ source, logError }));
  app.route('/', loginRoutes({
    users, sessions, limiter, addressLimiter, sessionSeconds: sessionHours * 3600, trustedProxies: serverSettings.trustedProxies,
  }));
  app.route('/', assetRoutes());
  app.route('/', pageRoutes());

  // Any unknown address: JSON under /api/, else the styled Dutch page.
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ fout: 'niet gevonden' }, 404) : page(c, 'niet-gevonden.html', 404)));
  app.onError((thrown, c) => {
    const error = thrown instanceof DataError ? httpErrorOf(thrown) : thrown;
    if (error instanceof HTTPException) {
      if (error.res) return error.res;
      if (c.req.path.startsWith('/api/')) return c.json({ fout: error.message }, error.status);
      return error.status === 404 ? page(c, 'niet-gevonden.html', 404) : c.text(error.message, error.status);
    }
    logError(error); // a bug: the stack goes to the server log, never to the browser
    return c.req.path.startsWith('/api/') ? c.json({ fout: 'interne fout' }, 500) : c.text('Interne fout', 500);
  });
  return app;
}
