// The HTML shells of the pages (dashboard/pages/*.html): static, no data in them; each loads
// its module from /static/pages/ which fetches JSON from /api/.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';
import { projectRoot } from '../../pipeline/db/sql-file.js';

const cache = new Map<string, string>();

export async function page(c: Context, name: string, status: 200 | 403 | 404 = 200) {
  let html = cache.get(name);
  if (html === undefined) {
    html = await readFile(path.join(projectRoot, 'dashboard', 'pages', name), 'utf8');
    cache.set(name, html);
  }
  return c.html(html, status);
}
