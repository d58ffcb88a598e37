// Static files: the browser modules and styles under dashboard/client (as /static/...) and the
// Plot and d3 bundles (as /vendor/...). Only known extensions, only inside those folders.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { projectRoot } from '../../pipeline/db/sql-file.js';
import { vendorPath } from '../vendor.js';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const clientRoot = path.join(projectRoot, 'dashboard', 'client');

async function send(file: string | undefined) {
  const type = file ? types[path.extname(file)] : undefined;
  if (!file || !type) return new Response('niet gevonden', { status: 404 });
  try {
    return new Response(await readFile(file), { headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' } });
  } catch {
    return new Response('niet gevonden', { status: 404 });
  }
}

export function assetRoutes() {
  return new Hono()
    .get('/static/*', (c) => {
      let file: string;
      try {
        file = path.resolve(clientRoot, decodeURIComponent(c.req.path.slice('/static/'.length)));
      } catch {
        return send(undefined);
      }
      return send(file.startsWith(clientRoot + path.sep) ? file : undefined);
    })
    .get('/vendor/:name', (c) => send(vendorPath(c.req.param('name'))));
}
