// The data pages share one shell: each gets its own title, module and menu item marked current.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('page shells', () => {
  test('the council page', async () => {
    const html = await (await t.app.request('/')).text();
    expect(html).toContain('<title>Raad · Thuiszittersmonitor</title>');
    expect(html).toContain('<script type="module" src="/static/pages/raad.js"></script>');
    expect(html).toContain('<a href="/" aria-current="page">Raad</a>');
    expect(html).toContain('<a href="/school">School</a>');
    expect(html).not.toContain('{{');
  });

  test('a pupil page belongs to the School menu item', async () => {
    const { cookie } = await t.login('analist');
    const html = await (await t.app.request('/school/12AB/leerling/L0071', { headers: { Cookie: cookie as string } })).text();
    expect(html).toContain('<script type="module" src="/static/pages/leerling.js"></script>');
    expect(html).toContain('<a href="/school" aria-current="page">School</a>');
    expect(html).toContain('<a href="/">Raad</a>');
  });

  test('the Analyse menu item is there for visitors and the analyst, not for a school user (it would lead to 403)', async () => {
    expect(await (await t.app.request('/')).text()).toContain('<a href="/analyse">Analyse</a>');
    const analist = (await t.login('analist')).cookie as string;
    expect(await (await t.app.request('/', { headers: { Cookie: analist } })).text()).toContain('<a href="/analyse">Analyse</a>');
    const school = (await t.login('regenboog')).cookie as string;
    const html = await (await t.app.request('/school/12AB', { headers: { Cookie: school } })).text();
    expect(html).not.toContain('href="/analyse"');
    expect(html).toContain('<a href="/school" aria-current="page">School</a>');
  });
});

describe('the pages around the data carry the public menu', () => {
  // Raad and Jaarverslag need no login; the login page had only "Raad", 404 and 403 no menu at all
  const publicMenu = `<nav aria-label="Pagina's">\n        <a href="/">Raad</a>\n        <a href="/jaarverslag">Jaarverslag</a>\n      </nav>`;

  test('the login page', async () => {
    const html = await (await t.app.request('/inloggen')).text();
    expect(html).toContain(publicMenu);
    expect(html).not.toContain('{{');
  });

  test('the 404 page', async () => {
    const response = await t.app.request('/bestaat-niet');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain(publicMenu);
    expect(html).not.toContain('{{');
  });

  test('the "Geen toegang" page of a school user who opens /analyse', async () => {
    const school = (await t.login('regenboog')).cookie as string;
    const response = await t.app.request('/analyse', { headers: { Cookie: school } });
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('<h1>Geen toegang</h1>');
    expect(html).toContain(publicMenu);
    expect(html).not.toContain('{{');
  });
});

describe('unknown addresses', () => {
  test('every unknown page is the styled Dutch 404 page', async () => {
    for (const path of ['/bestaat-niet', '/scholen', '/a/b/c.html', '/static/bestaat-niet.js', '/static/style.css.map', '/vendor/onbekend.js']) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      const html = await response.text();
      expect(html, path).toContain('<h1>Niet gevonden</h1>');
      expect(html, path).toContain('href="/static/style.css"');
    }
    // the API keeps answering in JSON
    expect(await t.getJson('/api/bestaat-niet')).toEqual({ status: 404, body: { fout: 'niet gevonden' } });
  });

  test('names an object has of itself (/vendor/constructor) are unknown files too, not a 500 with a stack', async () => {
    for (const path of ['/vendor/constructor', '/vendor/__proto__', '/vendor/toString', '/vendor/hasOwnProperty', '/static/x.constructor']) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toMatch(/at .*\.ts|Error|interne fout/i);
    }
  });

  test('a favicon: linked from every page and at /favicon.ico, where browsers look unasked', async () => {
    expect(await (await t.app.request('/')).text()).toContain('<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">');
    expect(await (await t.app.request('/inloggen')).text()).toContain('<link rel="icon" href="/static/favicon.svg"');
    expect(await (await t.app.request('/bestaat-niet')).text()).toContain('<link rel="icon" href="/static/favicon.svg"');
    for (const path of ['/static/favicon.svg', '/favicon.ico']) {
      const response = await t.app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });
});
