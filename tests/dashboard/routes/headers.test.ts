// What every response carries, and what static routes refuse.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('headers and static files', () => {
  test('pages have a CSP without inline script, and the shells hold no data', async () => {
    const response = await t.app.request('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/); // only <script src=...>
    expect(html).not.toContain('Regenboog');
  });

  test('API answers are never cached', async () => {
    const response = await t.app.request('/api/public/raad');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  test('client modules and the Plot and d3 bundles are served; nothing outside them is', async () => {
    expect((await t.app.request('/static/pages/raad.js')).headers.get('content-type')).toContain('text/javascript');
    const plot = await t.app.request('/vendor/plot.umd.min.js');
    expect(plot.status).toBe(200);
    expect((await plot.text()).length).toBeGreaterThan(100_000);
    expect((await t.app.request('/vendor/d3.min.js')).status).toBe(200);
    for (const path of ['/static/..%2F..%2Fpackage.json', '/static/%2e%2e/%2e%2e/pipeline/settings.ts', '/vendor/..%2Fpackage.json', '/static/style.css.map', '/static/%E0%A4%A']) {
      expect((await t.app.request(path)).status).toBe(404);
    }
  });

  test('an unknown month is 404, a malformed one 400, both with a Dutch reason', async () => {
    expect(await t.getJson('/api/public/raad?maand=2031-01')).toEqual({ status: 404, body: { fout: 'geen gegevens voor maand 2031-01' } });
    expect((await t.getJson('/api/public/raad?maand=2025-13')).status).toBe(400);
  });

  test('a request for another host name (DNS rebinding) gets 421; loopback names and the configured name are served', async () => {
    for (const url of ['http://localhost/', 'http://127.0.0.1:3000/', 'http://[::1]:3000/api/public/raad']) {
      expect((await t.app.request(url)).status).toBe(200);
    }
    for (const url of ['http://evil.example/', 'http://evil.example:3000/api/public/raad', 'http://tzm.gemeente.nl/']) {
      const response = await t.app.request(url);
      expect(response.status).toBe(421);
      expect(await response.text()).not.toContain('Regenboog');
    }
    const named = await testApp({ server: { allowedHosts: ['tzm.gemeente.nl'] } });
    expect((await named.app.request('http://tzm.gemeente.nl/')).status).toBe(200);
    expect((await named.app.request('http://TZM.Gemeente.NL./api/public/raad')).status).toBe(200);
    expect((await named.app.request('http://evil.example/')).status).toBe(421);
    named.close();
  });
});
