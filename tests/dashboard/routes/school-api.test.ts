// A school sees its own pupils only, however the address is bent.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
let regenboog: string;

beforeAll(async () => {
  t = await testApp();
  regenboog = (await t.login('regenboog')).cookie as string;
});
afterAll(() => t.close());

describe('school API', () => {
  test('the overview lists the 10 pupils of 12AB in fase 2 and 3 in November, by leerling_id only', async () => {
    const { status, body } = await t.getJson('/api/school/12AB/overzicht', regenboog);
    expect(status).toBe(200);
    // 12AB, November: L0071-74 fase 3 (o4), L0075-76 fase 3 (z3), L0077 fase 2, L0078-80 fase 2
    expect(body.leerlingen.map((p: { leerling_id: string }) => p.leerling_id).sort()).toEqual(
      ['L0071', 'L0072', 'L0073', 'L0074', 'L0075', 'L0076', 'L0077', 'L0078', 'L0079', 'L0080'],
    );
    expect(body.fasen).toEqual([{ fase: '1', aantal: 70 }, { fase: '2', aantal: 4 }, { fase: '3', aantal: 6 }]);
    const text = JSON.stringify(body);
    expect(text).not.toContain('pupil_key');
    expect(text).not.toContain('pk-');
  });

  test('the action list puts fase 3 first, then the lowest attendance, then the longest streak', async () => {
    const { body } = await t.getJson('/api/school/12AB/overzicht', regenboog);
    // November, 12AB (fixture-pupils.ts): fase 3 all at 0% attendance, so by streak:
    // L0076 z3 (70 + 1*9 = 79 days), L0075 z3 (70), L0074..L0071 o4 (22 + i: 25, 24, 23, 22);
    // then fase 2 all at 72%: L0080 (streak 2 % 3 = 2), L0079 (1), then L0077 and L0078 (0) by id.
    expect(body.leerlingen.map((p: { leerling_id: string }) => p.leerling_id)).toEqual(
      ['L0076', 'L0075', 'L0074', 'L0073', 'L0072', 'L0071', 'L0080', 'L0079', 'L0077', 'L0078'],
    );
  });

  test('the action list marks who is new in fase 2/3, or moved to fase 3, since the month before', async () => {
    const change = async (maand: string) => {
      const { body } = await t.getJson(`/api/school/12AB/overzicht?maand=${maand}`, regenboog);
      return Object.fromEntries(body.leerlingen.map((p: { leerling_id: string; sinds_vorige_maand: string | null }) => [p.leerling_id, p.sinds_vorige_maand]));
    };
    // September is the first stored month: nothing to compare with.
    expect(Object.values(await change('2025-09')).every((v) => v === null)).toBe(true);
    // October: L0077 went from f1 to fase 2 (new); the others were in fase 2/3 in September.
    const october = await change('2025-10');
    expect(october.L0077).toBe('nieuw');
    expect(Object.entries(october).filter(([, v]) => v !== '').map(([id]) => id)).toEqual(['L0077']);
    // November: L0071-74 went from fase 2 to fase 3; nobody new.
    const november = await change('2025-11');
    expect(Object.entries(november).filter(([, v]) => v !== '').sort()).toEqual(
      [['L0071', 'naar_fase_3'], ['L0072', 'naar_fase_3'], ['L0073', 'naar_fase_3'], ['L0074', 'naar_fase_3']],
    );
  });

  test('each pupil on the action list carries his attendance at every month end of the school year', async () => {
    const { body } = await t.getJson('/api/school/12AB/overzicht', regenboog);
    const trend = (id: string) => body.leerlingen.find((p: { leerling_id: string }) => p.leerling_id === id).trend;
    // L0071: dreigend (72%) in September and October, fase 3 (0%) in November
    expect(trend('L0071')).toEqual([{ maand: '2025-09', aanwezigheid: 0.72 }, { maand: '2025-10', aanwezigheid: 0.72 }, { maand: '2025-11', aanwezigheid: 0 }]);
    // L0077: op school in September (0.96 + (0 % 4) * 0.01), then dreigend
    expect(trend('L0077')).toEqual([{ maand: '2025-09', aanwezigheid: 0.96 }, { maand: '2025-10', aanwezigheid: 0.72 }, { maand: '2025-11', aanwezigheid: 0.72 }]);
  });

  test('the school downloads its own action list as CSV, in the order of the page', async () => {
    const response = await t.app.request('/api/school/12AB/leerlingen.csv?maand=2025-11', { headers: { Cookie: regenboog } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('leerlingen-12AB-2025-11.csv');
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 10);
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(
      ['L0076', 'L0075', 'L0074', 'L0073', 'L0072', 'L0071', 'L0080', 'L0079', 'L0077', 'L0078'],
    );
    expect(lines.find((line) => line.startsWith('L0071'))).toMatch(/;naar_fase_3$/);
    const other = await t.app.request('/api/school/34CD/leerlingen.csv', { headers: { Cookie: regenboog } });
    expect(other.status).toBe(403);
    expect(await other.text()).not.toMatch(/L01/);
  });

  test('weekday absence from school_day_stats: 12AB Wednesdays in September are 3%, Mondays 5%', async () => {
    const { body } = await t.getJson('/api/school/12AB/overzicht?maand=2025-09', regenboog);
    const rate = (dag: number) => {
      const days = body.dagen.filter((d: { dag: number }) => d.dag === dag);
      const absent = days.reduce((s: number, d: { ziek: number; geoorloofd: number; ongeoorloofd: number }) => s + d.ziek + d.geoorloofd + d.ongeoorloofd, 0);
      return absent / days.reduce((s: number, d: { gepland: number }) => s + d.gepland, 0);
    };
    // 400 planned hours * 4% * 0.75 = 12 hours on a Wednesday; * 1.25 = 20 on a Monday
    expect(rate(3)).toBeCloseTo(0.03, 6);
    expect(rate(1)).toBeCloseTo(0.05, 6);
    // 1 September up to the peildatum 30 September: 22 weekdays
    expect(body.dagen).toHaveLength(22);
  });

  test('query parameters cannot switch the school: ?brin= is ignored', async () => {
    const { body } = await t.getJson('/api/school/12AB/overzicht?brin=34CD&school=34CD', regenboog);
    expect(body.school.brin).toBe('12AB');
    expect(body.leerlingen.every((p: { leerling_id: string }) => p.leerling_id >= 'L0071' && p.leerling_id <= 'L0080')).toBe(true);
  });

  test.each([
    ['/api/school/34CD/overzicht', 403],
    ['/api/school/34CD/leerling/L0161', 403],
    ['/api/school/12ab/overzicht', 404],
    ['/api/school/12AB%2F..%2F34CD/overzicht', 404],
    ['/api/school/12AB/../34CD/overzicht', 403],
    ['/api/school/12AB/leerling/L0161', 404], // a 34CD pupil
    ['/api/school/12AB/leerling/L0081', 404], // was at 12AB until the summer, now at 34CD
    ['/api/school/12AB/leerling/L0161?brin=34CD', 404],
    ['/api/school/12AB/leerling/L0071?maand=2024-01', 404], // no such month
    ['/api/school/12AB/leerling/L0071?maand=november', 400],
    ['/api/school/12AB/leerling/%27%20OR%201%3D1--', 404],
  ])('%s -> %i, and no data', async (path, status) => {
    const response = await t.app.request(path, { headers: { Cookie: regenboog } });
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(/L0161|L0081|kalender|leerlingen/);
  });

  test('the calendar of L0071 shows what 12AB registered, capped and classified per day', async () => {
    const { status, body } = await t.getJson('/api/school/12AB/leerling/L0071', regenboog);
    expect(status).toBe(200);
    const day = (datum: string) => body.kalender.find((d: { datum: string }) => d.datum === datum);
    expect(body.kalender[0].datum).toBe('2025-08-01');
    expect(body.kalender.at(-1).datum).toBe('2026-07-31');
    expect(day('2025-08-29').soort).toBe('vakantie'); // zomervakantie midden
    expect(day('2025-10-03')).toMatchObject({ soort: 'vakantie', omschrijving: 'Studiedag' }); // 12AB's own free day
    expect(day('2025-10-22')).toMatchObject({ soort: 'vakantie', omschrijving: 'Herfstvakantie' });
    expect(day('2025-10-11').soort).toBe('weekend'); // the Saturday registration is kept but is no school day
    expect(day('2025-09-08')).toMatchObject({ soort: 'schooldag', ongeoorloofd: 2, ziek: 0 });
    expect(day('2025-09-16')).toMatchObject({ soort: 'schooldag', ziek: 5 }); // a ziek period: the whole day
    expect(day('2025-10-14')).toMatchObject({ onbekend: 1, codes: '=HYPERLINK("x")' });
    expect(day('2025-11-03')).toMatchObject({ soort: 'schooldag', ongeoorloofd: 5 });
    expect(day('2025-12-01').soort).toBe('toekomst');
    expect(body.geschiedenis.map((h: { fase: string }) => h.fase)).toEqual(['2', '2', '3']);
    expect(JSON.stringify(body)).not.toMatch(/pupil_key|pk-0071/);
  });

  test("a pupil's calendar reaches back to the month his streak began, before the school year", async () => {
    const analist = (await t.login('analist')).cookie as string;
    const { status, body } = await t.getJson('/api/school/34CD/leerling/L0165', analist);
    expect(status).toBe(200);
    // L0165 (34CD, o3, i = 4): streak 64 + 4 * 7 = 92 school days, started round(92 * 1.4) = 129
    // days before 30 November 2025: 24 July 2025, so the calendar starts on 1 July 2025
    expect(body.geschiedenis.at(-1).streak_start).toBe('2025-07-24');
    expect(body.kalender[0].datum).toBe('2025-07-01');
    expect(body.vanaf_streak).toBe(true);
    expect(body.kalender.at(-1).datum).toBe('2026-07-31');
  });

  test('the analyst may open any school', async () => {
    const analist = (await t.login('analist')).cookie as string;
    const { status, body } = await t.getJson('/api/school/34CD/overzicht', analist);
    expect(status).toBe(200);
    expect(body.school.naam).toBe('<script>alert(1)</script>');
  });
});
