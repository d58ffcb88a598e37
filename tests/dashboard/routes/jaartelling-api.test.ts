// The annual count's routes: the analysts' table, youth lists and CSV (analist only), and the
// council's jaarverslag (public, suppressed). The fixture holds the hand-made 2025-2026 table
// (helpers/jaartelling-rows.ts); 2024-2025 was not counted.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../../dashboard/app.js';
import { databaseSource } from '../../../dashboard/data/source.js';
import { openDatabase } from '../../../pipeline/db/open.js';
import { lrvPoIds } from '../helpers/jaartelling-rows.js';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
const cookies: Record<string, string | undefined> = {};

beforeAll(async () => {
  t = await testApp();
  cookies.analist = (await t.login('analist')).cookie;
  cookies.regenboog = (await t.login('regenboog')).cookie;
});
afterAll(() => t.close());

const list = '/api/analyse/jaartelling/leerlingen?schooljaar=2025-2026&regel=lrv&onderwijssoort=po';
const routes = [
  '/api/analyse/jaartelling',
  '/api/analyse/jaartelling?schooljaar=2025-2026',
  list,
  '/api/analyse/export/jaartelling.csv?schooljaar=2025-2026',
  '/api/analyse/export/jaartelling-leerlingen.csv?schooljaar=2025-2026&regel=lrv&onderwijssoort=po',
];

async function get(path: string, who?: string) {
  return t.app.request(path, { headers: who && cookies[who] ? { Cookie: cookies[who] as string } : {} });
}

async function csvLines(path: string): Promise<string[]> {
  const response = await get(path, 'analist');
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split('\r\n').filter(Boolean);
}

describe('who may see what', () => {
  test.each(routes)('%s: anonymous 401, a school 403, the analyst 200', async (path) => {
    expect((await get(path)).status).toBe(401);
    const school = await get(path, 'regenboog');
    expect(school.status).toBe(403);
    expect(await school.json()).toEqual({ fout: 'geen toegang' });
    expect((await get(path, 'analist')).status).toBe(200);
  });

  test('the public jaarverslag: no login, suppressed figures only, no pupil ids', async () => {
    const response = await get('/api/public/jaarverslag');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/L00\d\d|J-/);
    const body = JSON.parse(text);
    const [year] = body.jaren;
    const line = (regel: string) => year.regels.find((r: { regel: string }) => r.regel === regel).cijfers;
    // 16 uur vso is 1: "<5"; the rate per kind is never published
    expect(line('relatief_verzuim_16u').vso).toEqual({ aantal: null, label: '<5', verborgen: 'klein' });
    expect(line('per_1000.absoluut_verzuim').po).toEqual({ aantal: null, label: '–' });
    // no count from 1 to 4 anywhere in the answer
    const counts = year.regels.filter((r: { rate?: boolean }) => !r.rate).flatMap((r: { cijfers: Record<string, { aantal: number | null }> }) => Object.values(r.cijfers).map((f) => f.aantal));
    expect(counts.filter((n: number | null) => n !== null && n >= 1 && n <= 4)).toEqual([]);
    // the same for a logged-in school user: the public answer, nothing more
    expect(await (await get('/api/public/jaarverslag', 'regenboog')).text()).toBe(text);
  });

  test('the page /jaarverslag is public and in the menu of every data page', async () => {
    const html = await (await get('/jaarverslag')).text();
    expect(html).toContain('<title>Jaarverslag · Thuiszittersmonitor</title>');
    expect(html).toContain('<script type="module" src="/static/pages/jaarverslag.js"></script>');
    expect(html).toContain('<a href="/jaarverslag" aria-current="page">Jaarverslag</a>');
    expect(await (await get('/')).text()).toContain('<a href="/jaarverslag">Jaarverslag</a>');
  });
});

describe('the analysts\' routes', () => {
  test('a youth list: the ids behind the figure, with their school on the newest month end', async () => {
    const body = await (await get(list, 'analist')).json();
    expect(body).toMatchObject({ schooljaar: '2025-2026', regel: 'lrv', onderwijssoort: 'po', peildatum: '2025-11-30' });
    expect(body.leerlingen.map((r: { leerling_id: string }) => r.leerling_id)).toEqual(lrvPoIds);
    expect(body.leerlingen[0]).toMatchObject({ brin: '12AB', school: 'Basisschool De Regenboog', categorie: 'ingeschreven', fase: '3' });
  });

  test('totaal is the union of the kinds: lrv 6 + 2 + 12 + 8 = 28 youths', async () => {
    const body = await (await get('/api/analyse/jaartelling/leerlingen?schooljaar=2025-2026&regel=lrv&onderwijssoort=totaal', 'analist')).json();
    expect(body.leerlingen).toHaveLength(28);
  });

  test('bad or unknown questions are refused in words, without data', async () => {
    const status = async (path: string) => (await get(path, 'analist')).status;
    expect(await status('/api/analyse/jaartelling/leerlingen?schooljaar=2025-2027&regel=lrv&onderwijssoort=po')).toBe(400);
    expect(await status('/api/analyse/jaartelling/leerlingen?schooljaar=2025-2026&regel=lrv&onderwijssoort=hbo')).toBe(400);
    expect(await status("/api/analyse/jaartelling/leerlingen?schooljaar=2025-2026&regel=lrv' OR 1=1&onderwijssoort=po")).toBe(404);
    expect(await status('/api/analyse/jaartelling/leerlingen?schooljaar=2025-2026&regel=per_1000.absoluut_verzuim&onderwijssoort=totaal')).toBe(404);
    const notCounted = await get('/api/analyse/export/jaartelling.csv?schooljaar=2024-2025', 'analist');
    expect(notCounted.status).toBe(404);
    expect(await notCounted.json()).toEqual({ fout: 'schooljaar 2024-2025 is nog niet geteld (tzm jaartelling --schooljaar 2024-2025)' });
  });

  test('the table as CSV for Dutch Excel: a row per line in the form\'s order, a column per kind, decimal comma for the rates', async () => {
    const lines = await csvLines('/api/analyse/export/jaartelling.csv?schooljaar=2025-2026');
    expect(lines[0]).toBe('schooljaar;tot;regel;omschrijving;po;vso;vo;mbo;onbekend;geen_onderwijs;totaal');
    expect(lines[1]).toBe('2025-2026;2025-11-30;absoluut_verzuim;Absoluut verzuim: langer dan 4 weken niet ingeschreven;2;0;7;3;0;6;18');
    // the description holds a comma: quoted, as every such cell
    expect(lines).toContain('2025-2026;2025-11-30;lrv.nieuw;nieuw in het schooljaar;4;1;7;5;0;0;17');
    expect(lines).toContain('2025-2026;2025-11-30;per_1000.absoluut_verzuim;Absoluut verzuim per 1.000 leerplichtigen;"0,8";0;"5,1";0;0;0;3');
    expect(lines).toHaveLength(1 + 36);
  });

  test('a youth list as CSV', async () => {
    const lines = await csvLines('/api/analyse/export/jaartelling-leerlingen.csv?schooljaar=2025-2026&regel=lrv&onderwijssoort=po');
    expect(lines[0]).toBe('leerling_id;brin;school;categorie;fase');
    expect(lines[1]).toBe('L0071;12AB;Basisschool De Regenboog;ingeschreven;3');
    expect(lines).toHaveLength(1 + 6);
  });
});

describe('before any count', () => {
  test('both pages answer with the years they would show, none counted', async () => {
    const db = await openDatabase(':memory:');
    try {
      const app = createApp({ source: databaseSource(db), logError: (e) => { throw e; } });
      const response = await app.request('/api/public/jaarverslag?schooljaar=2025-2026');
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.jaren.map((j: { schooljaar: string; geteld: boolean }) => [j.schooljaar, j.geteld])).toEqual([['2025-2026', false], ['2024-2025', false]]);
      // without any data the running year is today's
      expect((await (await app.request('/api/public/jaarverslag')).json()).jaren).toHaveLength(2);
      expect((await app.request('/api/public/jaarverslag?schooljaar=volgend-jaar')).status).toBe(400);
    } finally {
      db.close();
    }
  });
});
