// The HTML shells of the pages (dashboard/pages/*.html): static, no data in them; each loads
// its module from /static/pages/ which fetches JSON from /api/. The four data pages share one
// shell, data-page.html, filled in here from constants (never from a request); every page gets its
// top bar (brand and menu) from here, so the login, 404 and no-access pages offer the same public pages.

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

/** The menu, in one place for every page. `open`: the public pages, which need no login. */
const menu = [
  { href: '/', label: 'Raad', item: 'raad', open: true },
  { href: '/jaarverslag', label: 'Jaarverslag', item: 'jaarverslag', open: true },
  { href: '/analyse', label: 'Analyse', item: 'analyse', open: false },
  { href: '/school', label: 'School', item: 'school', open: false },
] as const;

type MenuItem = (typeof menu)[number];

function menuHtml(items: readonly MenuItem[], current?: string): string {
  const links = items.map((i) => `        <a href="${i.href}"${i.item === current ? ' aria-current="page"' : ''}>${i.label}</a>`);
  return `<nav aria-label="Pagina's">\n${links.join('\n')}\n      </nav>`;
}

/** The top bar of every page: the brand, the menu, and the data pages' month picker and session. */
function topBar(nav: string, slots: string[] = []): string {
  const inner = ['<a class="brand" href="/"><span class="logo" aria-hidden="true"></span>Thuiszittersmonitor</a>', nav, ...slots];
  return `<header class="top">\n    <div class="top-inner">\n${inner.map((line) => `      ${line}`).join('\n')}\n    </div>\n  </header>`;
}

/** A page around the data (login, not found, no access): the public menu, none of it current. */
export async function page(c: Context, name: string, status: 200 | 403 | 404 = 200) {
  return c.html((await file(name)).replace('{{top}}', topBar(menuHtml(menu.filter((i) => i.open)))), status);
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
  const { title, menu: current } = dataPages[name];
  // A school user cannot open the analyst page: no menu item that leads to "geen toegang".
  const items = c.get('session')?.role.kind === 'school' ? menu.filter((i) => i.item !== 'analyse') : menu;
  const html = (await file('data-page.html'))
    .replaceAll('{{title}}', title)
    .replaceAll('{{name}}', name)
    .replace('{{top}}', topBar(menuHtml(items, current), ['<div id="maandkeuze" class="month-picker"></div>', '<div id="sessie" class="session"></div>']));
  return c.html(html);
}
