// The pages. The public council page needs no login; the others send a visitor without a
// session to the login page, and a school user to its own school.

import { Hono, type Context } from 'hono';
import { brinPattern, mayOpenSchool, requireLoginPage } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { dataPage, page, type DataPage } from './page-file.js';

export function pageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => dataPage(c, 'raad'));
  app.get('/jaarverslag', (c) => dataPage(c, 'jaarverslag'));

  app.use('/analyse', requireLoginPage);
  app.get('/analyse', (c) => (c.get('session')?.role.kind === 'analist' ? dataPage(c, 'analyse') : page(c, 'geen-toegang.html', 403)));

  app.use('/school', requireLoginPage);
  app.get('/school', (c) => {
    const role = c.get('session')?.role;
    return role?.kind === 'school' ? c.redirect(`/school/${role.brin}`, 303) : c.redirect('/analyse#scholen', 303);
  });

  app.use('/school/:brin/*', requireLoginPage);
  app.use('/school/:brin', requireLoginPage);
  const schoolPage = (name: DataPage) => async (c: Context<AppEnv>) => {
    const brin = c.req.param('brin') ?? '';
    if (!brinPattern.test(brin)) return page(c, 'niet-gevonden.html', 404);
    if (!mayOpenSchool(c.get('session'), brin)) return page(c, 'geen-toegang.html', 403);
    return dataPage(c, name);
  };
  app.get('/school/:brin', schoolPage('school'));
  app.get('/school/:brin/leerling/:id', schoolPage('leerling'));
  return app;
}
