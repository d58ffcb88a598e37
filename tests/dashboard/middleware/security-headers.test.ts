// noStore: every API answer says Cache-Control: no-store, however the route made it.

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { noStore } from '../../../dashboard/middleware/security-headers.js';

describe('noStore', () => {
  it('marks an answer made through the context, a ready Response and an error answer alike', async () => {
    const app = new Hono()
      .use('*', noStore)
      .get('/tekst', (c) => c.body(new TextEncoder().encode('{"a":1}'), 200, { 'Content-Type': 'application/json' }))
      .get('/klaar', () => new Response('klaar', { headers: { 'Cache-Control': 'max-age=60' } }))
      .get('/fout', () => {
        throw new Error('stuk');
      })
      .onError((_error, c) => c.json({ fout: 'interne fout' }, 500));
    for (const path of ['/tekst', '/klaar', '/fout']) {
      expect((await app.request(path)).headers.get('cache-control'), path).toBe('no-store');
    }
    // the answer itself is untouched
    expect(await (await app.request('/tekst')).json()).toEqual({ a: 1 });
  });
});
