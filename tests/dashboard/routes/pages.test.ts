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
});
