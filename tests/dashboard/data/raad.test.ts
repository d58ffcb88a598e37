// The public figures on the fixture, worked out by hand in helpers/fixture-pupils.ts.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../../pipeline/db/open.js';
import { readRaad, type Raad } from '../../../dashboard/data/raad.js';
import { createFixture } from '../helpers/fixture.js';

let db: Database;
let november: Raad;
let september: Raad;

beforeAll(async () => {
  db = await createFixture();
  november = await readRaad(db.connection, undefined, 4);
  september = await readRaad(db.connection, '2025-09', 4);
});
afterAll(() => db.close());

const labels = (figures: Record<string, { label: string }> | undefined, keys: string[]) => keys.map((k) => figures?.[k].label);

describe('readRaad', () => {
  test('without ?maand it shows the latest month, with all months listed', () => {
    expect(november.maand).toBe('2025-11');
    expect(november.peildatum).toBe('2025-11-30');
    expect(november.maanden.map((m) => m.maand)).toEqual(['2025-09', '2025-10', '2025-11']);
  });

  test('November headline figures: large counts exact, 1-4 as "<5", zero as 0', () => {
    expect(labels(november.cijfers, ['officieel', 'officieel_4w', 'officieel_3m', 'fase3', 'schoolmissers'])).toEqual(['21', '8', '13', '27', '32']);
    // niet geteld 6 = langdurig ziek 4 + langdurig geoorloofd 2: both small, protecting each other
    expect(labels(november.cijfers, ['niet_geteld', 'langdurig_ziek', 'langdurig_geoorloofd'])).toEqual(['6', '<5', '<5']);
    expect(november.cijfers?.absoluut_kort).toEqual({ aantal: 0, label: '0' });
    expect(labels(november.cijfers, ['bijna_leerplichtig', 'dreigend', 'zonder_aanbod_3m'])).toEqual(['5', '10', '10']);
    expect(labels(november.cijfers, ['vrijstellingen', 'vrijstellingen_5a', 'vrijstellingen_overig'])).toEqual(['11', '5', '6']);
  });

  test('September: >3 months is 3, so >4 weeks (8) is hidden too, else 11 - 8 would give it away', () => {
    expect(labels(september.cijfers, ['officieel', 'officieel_4w', 'officieel_3m'])).toEqual(['11', '×', '<5']);
    expect(september.cijfers?.officieel_4w).toEqual({ aantal: null, label: '×', verborgen: 'afgeleid' });
    // not enrolled < 4 weeks (2) and bijna leerplichtig (4) hide each other in "alle schoolmissers" (23)
    expect(labels(september.cijfers, ['schoolmissers', 'absoluut_kort', 'bijna_leerplichtig'])).toEqual(['23', '<5', '<5']);
  });

  test('the sector table hides a second cell in each row and column that would reveal a small one', () => {
    // fase 3 in November        officieel  niet geteld  totaal
    //   PO                          4          2          6
    //   SO                          1          2          3
    //   VO                         10          2         12
    //   niet ingeschreven           6          0          6
    // VO officieel 10 goes (12 - 2 would show it); then the totals column 27 = 6 + 12 + 3 + 6 has
    // one hidden cell (3), so the smallest other total, PO's 6, goes as well.
    const rows = Object.fromEntries((november.sector ?? []).map((r) => [r.waarde, [r.officieel.label, r.niet_geteld.label, r.totaal.label]]));
    expect(rows).toEqual({
      PO: ['<5', '<5', '×'],
      SO: ['<5', '<5', '<5'],
      VO: ['×', '<5', '12'],
      '': ['6', '0', '6'],
    });
    expect((november.sector ?? []).map((r) => r.waarde)).toEqual(['PO', 'SO', 'VO', '']);
  });

  test('reasons: shown counts first, hidden ones after in name order (their order must not rank them)', () => {
    expect((november.reden ?? []).map((r) => [r.waarde, r.aantal.label])).toEqual([
      ['psychisch', '5'],
      ['', '<5'],
      ['=HYPERLINK("x")', '<5'],
      ['gedrag', '<5'],
      ['geen_passend_aanbod', '<5'],
      ['lichamelijk', '<5'],
      ['schoolfactoren', '<5'],
      ['thuissituatie', '<5'],
      ['wachtlijst_onderwijs', '<5'],
      ['wachtlijst_zorg', '<5'],
    ]);
  });

  test('alternative routes of fase 3: 20 without a traject, onderwijs-zorg 4, thuiszittersinitiatief 3', () => {
    expect((november.traject ?? []).map((r) => [r.waarde, r.aantal.label])).toEqual([
      ['', '20'],
      ['onderwijs-zorg', '<5'],
      ['thuiszittersinitiatief', '<5'],
    ]);
  });

  test('targets: value, path and on-track per month; a small value is judged only when every possible value agrees', () => {
    const zero = november.doelen.find((d) => d.id === 'langer_dan_3m_zonder_aanbod');
    // September: 3 (<5) against a path of 0: any of 1-4 is above 0, so "not on track" can be said
    expect(zero?.reeks.map((p) => [p.maand, p.waarde.label, p.pad, p.op_koers])).toEqual([
      ['2025-09', '<5', 0, false],
      ['2025-10', '8', 0, false],
      ['2025-11', '10', 0, false],
    ]);
    const official = november.doelen.find((d) => d.id === 'officieel');
    // 11 at the September baseline, path 11 * 0.75^(k/12): 10.7394 in October, 10.4850 in November
    expect(official?.reeks.map((p) => [p.waarde.label, p.pad, p.op_koers])).toEqual([
      ['11', 11, true],
      ['16', 10.7394, false],
      ['21', 10.485, false],
    ]);
    expect(november.doelen.map((d) => d.id)).toEqual(['officieel', 'langer_dan_3m_zonder_aanbod', 'vrijstelling_5a', 'alle_fase3']);
  });

  test('the trend holds the same (suppressed) figures as each month in detail', () => {
    expect(november.trend.map((t) => [t.maand, t.cijfers.officieel_4w.label, t.cijfers.officieel_3m.label])).toEqual([
      ['2025-09', '×', '<5'],
      ['2025-10', '7', '9'],
      ['2025-11', '8', '13'],
    ]);
    // a report for September ends its trend in September
    expect(september.trend.map((t) => t.maand)).toEqual(['2025-09']);
  });

  test('the public answer carries no pupil ids and no exact small count anywhere', () => {
    const text = JSON.stringify(november);
    expect(text).not.toMatch(/L\d{4}/);
    const counts: number[] = [];
    JSON.parse(text, (key, value) => (key === 'aantal' && typeof value === 'number' && counts.push(value), value));
    expect(counts.filter((n) => n >= 1 && n <= 4)).toEqual([]);
  });
});
