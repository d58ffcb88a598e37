// Static files: the browser modules and styles under dashboard/client (as /static/...) and the
// Plot and d3 bundles (as /vendor/...). Only known extensions, only inside those folders; any
// other name is the app's 404 page. The favicon also answers at /favicon.ico, where browsers
// look for it unasked.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { projectRoot } from '../../pipeline/db/sql-file.js';
import { vendorPath } from '../vendor.js';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const clientRoot = path.join(projectRoot, 'dashboard', 'client');

async function send(c: Context, file: string | undefined) {
  const extension = file ? path.extname(file) : '';
  if (!file || !Object.hasOwn(types, extension)) return c.notFound();
  try {
    return new Response(await readFile(file), { headers: { 'Content-Type': types[extension], 'Cache-Control': 'no-cache' } });
  } catch {
    return c.notFound();
  }
}

export function assetRoutes() {
  return new Hono()
    .get('/static/*', (c) => {
      let file: string;
      try {
        file = path.resolve(clientRoot, decodeURIComponent(c.req.path.slice('/static/'.length)));
      } catch {
        return send(c, undefined);
      }
      return send(c, file.startsWith(clientRoot + path.sep) ? file : undefined);
    })
    .get('/vendor/:name', (c) => send(c, vendorPath(c.req.param('name'))))
    .get('/favicon.ico', (c) => send(c, path.join(clientRoot, 'favicon.svg')));
}
