// The HTML shells of the pages (dashboard/pages/*.html): static, no data in them; each loads
// its module from /static/pages/ which fetches JSON from /api/. The four data pages share one
// shell, data-page.html, filled in here from constants (never from a request).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';
import { projectRoot } from '../../pipeline/db/sql-file.js';
import type { AppEnv } from '../middleware/session.js';

const cache = new Map<string, string>();

async function file(name: string): Promise<string> {
  let html = cache.get(name);
  if (html === undefined) {
    html = await readFile(path.join(projectRoot, 'dashboard', 'pages', name), 'utf8');
    cache.set(name, html);
  }
  return html;
}

export async function page(c: Context, name: string, status: 200 | 403 | 404 = 200) {
  return c.html(await file(name), status);
}

/** The data pages: their title and the menu item they belong to. */
const dataPages = {
  raad: { title: 'Raad', menu: 'raad' },
  jaarverslag: { title: 'Jaarverslag', menu: 'jaarverslag' },
  analyse: { title: 'Analyse', menu: 'analyse' },
  school: { title: 'School', menu: 'school' },
  leerling: { title: 'Leerling', menu: 'school' },
} as const;

export type DataPage = keyof typeof dataPages;

export async function dataPage(c: Context<AppEnv>, name: DataPage) {
  const { title, menu } = dataPages[name];
  let html = (await file('data-page.html'))
    .replaceAll('{{title}}', title)
    .replaceAll('{{name}}', name)
    .replace(/\{\{current:(\w+)\}\}/g, (_, item: string) => (item === menu ? ' aria-current="page"' : ''));
  // A school user cannot open the analyst page: no menu item that leads to "geen toegang".
  if (c.get('session')?.role.kind === 'school') html = html.replace(/\n\s*<a href="\/analyse"[^>]*>Analyse<\/a>/, '');
  return c.html(html);
}
