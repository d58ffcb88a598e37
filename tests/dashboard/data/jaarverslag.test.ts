// dashboard/data/jaarverslag.ts: the council's jaarverslag on the hand-made 2025-2026 table
// (helpers/jaartelling-rows.ts), which has many small cells. Suppressed, audited, and attacked by
// a reader who knows the sums of jaartelling.md §2-§3 (written here from the spec, not from
// disclosure/jaar-relations.ts, so the attack does not share its blind spots).

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Figure } from '../../../dashboard/data/disclosure/suppress.js';
import { jaarRegels, splitLines, type Soort } from '../../../dashboard/data/jaartelling-lines.js';
import { readJaartelling, type CountedYear } from '../../../dashboard/data/jaartelling.js';
import { audit } from '../../../dashboard/data/disclosure/audit.js';
import { auditJaarverslag, publicYear, readJaarverslag, reportPublication, yearPublication, type Jaarverslag } from '../../../dashboard/data/jaarverslag.js';
import type { Database } from '../../../pipeline/db/open.js';
import { createFixture } from '../helpers/fixture.js';

const kinds = ['po', 'vso', 'vo', 'mbo', 'onbekend', 'geen_onderwijs'];
const all = [...kinds, 'totaal'];

/** Subtract what is shown from every sum a reader knows, repeat; every hidden cell worked out exactly. */
function differencingAttack(year: CountedYear<Figure>): { cell: string; value: number }[] {
  const known = new Map<string, number>();
  const hidden = new Set<string>();
  const lines = new Set(year.regels.map((r) => r.regel));
  for (const line of year.regels.filter((r) => !r.regel.startsWith('per_1000.'))) {
    for (const soort of all) {
      const figure = line.cijfers[soort as keyof typeof line.cijfers];
      if (figure.aantal === null) hidden.add(`${line.regel}/${soort}`);
      else known.set(`${line.regel}/${soort}`, figure.aantal);
    }
  }
  const sums: string[][] = []; // [total, ...parts]
  for (const regel of lines) if (!regel.startsWith('per_1000.')) sums.push([`${regel}/totaal`, ...kinds.map((k) => `${regel}/${k}`)]);
  for (const regel of ['absoluut_verzuim', 'lrv', 'niet_geteld_lang_thuis']) {
    for (const soort of all) {
      sums.push([`${regel}/${soort}`, `${regel}.bij_start/${soort}`, `${regel}.nieuw/${soort}`]);
      sums.push([`${regel}/${soort}`, `${regel}.terug_naar_school/${soort}`, `${regel}.uit_beeld/${soort}`, `${regel}.nog_thuis/${soort}`]);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [total, ...parts] of sums) {
      const unknown = [total, ...parts].filter((cell) => !known.has(cell));
      if (unknown.length !== 1) continue;
      const partSum = parts.filter((p) => known.has(p)).reduce((s, p) => s + (known.get(p) as number), 0);
      known.set(unknown[0], unknown[0] === total ? partSum : (known.get(total) as number) - partSum);
      changed = true;
    }
  }
  return [...hidden].filter((cell) => known.has(cell)).map((cell) => ({ cell, value: known.get(cell) as number }));
}

let db: Database;
let page: Jaarverslag;
let exact: CountedYear<number | null>;
beforeAll(async () => {
  db = await createFixture();
  page = await readJaarverslag(db.connection, undefined, 4);
  [exact] = (await readJaartelling(db.connection, undefined)).jaren;
});
afterAll(() => db.close());

const figure = (year: CountedYear<Figure>, regel: string, soort: string) =>
  year.regels.find((r) => r.regel === regel)?.cijfers[soort as 'totaal'] as Figure;

describe('the jaarverslag of the hand-made year', () => {
  test('every count of 1 to 4 is hidden, zeros stay 0, and the headline totals are shown', () => {
    const [year] = page.jaren;
    for (const line of exact.regels.filter((r) => !r.rate)) {
      for (const soort of all) {
        const value = line.cijfers[soort as 'totaal'] as number;
        const shown = figure(year, line.regel, soort);
        if (value >= 1 && value <= 4) expect(shown.aantal, `${line.regel}/${soort}`).toBeNull();
        if (value === 0) expect(shown, `${line.regel}/${soort}`).toEqual({ aantal: 0, label: '0' });
        if (shown.aantal !== null) expect(shown.aantal).toBe(value);
      }
    }
    // 18, 28 and 11 (worked out in jaartelling-rows.ts): a council member finds them
    expect(figure(year, 'absoluut_verzuim', 'totaal').label).toBe('18');
    expect(figure(year, 'lrv', 'totaal').label).toBe('28');
    expect(figure(year, 'zonder_aanbod_3m', 'totaal').label).toBe('11');
    // 16 uur: vso 1 is "<5"; with po 9, vo 30, mbo 14 and totaal 54 shown it would be 54 - 53
    expect(figure(year, 'relatief_verzuim_16u', 'vso').label).toBe('<5');
  });

  test('rates: only the municipality\'s, and only beside a shown count', () => {
    const [year] = page.jaren;
    // 18 absoluut verzuim of 6,000: 3,0 per 1,000; per kind (po 0,8) never
    expect(figure(year, 'per_1000.absoluut_verzuim', 'totaal')).toEqual({ aantal: 3, label: '3,0' });
    expect(figure(year, 'per_1000.absoluut_verzuim', 'po')).toEqual({ aantal: null, label: '–' });
    expect(figure(year, 'per_1000.relatief_verzuim_16u', 'totaal').label).toBe('9,0');
  });

  test('the floors from the council page\'s month ends (fixture-pupils.ts) are part of the year', () => {
    // niet geteld: 6 on each of the three month ends; zonder aanbod: 3 ("<5", so at least 1), 8, 10;
    // dreigend: September 4 + 3 + 6 = 13, October 4 + 1 + 3 + 6 = 14, November 1 + 3 + 6 = 10
    expect(page.jaren[0].ondergrenzen).toEqual({ 'niet_geteld_lang_thuis/totaal': 6, 'zonder_aanbod_3m/totaal': 10, 'dreigend/totaal': 14 });
  });

  test('the audit finds nothing to pin and no small count with a range under 5; the attack recovers nothing', async () => {
    expect(await auditJaarverslag(page, 4)).toEqual([]);
    expect(differencingAttack(page.jaren[0])).toEqual([]);
    // the year not counted publishes nothing
    expect(page.jaren[1]).toMatchObject({ schooljaar: '2024-2025', geteld: false, regels: [] });
  });

  test('a naive table (only "<5" for 1 to 4) would have been caught by the audit and by the attack', async () => {
    const naive: CountedYear<Figure> = {
      ...exact,
      regels: exact.regels.map((line) => ({
        ...line,
        cijfers: Object.fromEntries(all.map((soort) => {
          const value = line.cijfers[soort as 'totaal'];
          const shown: Figure = value === null || line.rate ? { aantal: null, label: '–' }
            : value >= 1 && value <= 4 ? { aantal: null, label: '<5', verborgen: 'klein' } : { aantal: value, label: String(value) };
          return [soort, shown];
        })) as Record<Soort, Figure>,
      })),
    };
    const findings = await auditJaarverslag({ jaren: [naive] }, 4);
    // 16 uur vso = 54 - (9 + 30 + 14) = 1: pinned, and its range 0 wide
    expect(findings).toContainEqual({ cell: '2025-2026/relatief_verzuim_16u/vso', rule: 'vastgepind' });
    expect(differencingAttack(naive)).toContainEqual({ cell: 'relatief_verzuim_16u/vso', value: 1 });
  });

  test('suppression of a year is the same every time (the page and the report agree)', async () => {
    const again = await readJaarverslag(db.connection, undefined, 4);
    expect(again.jaren[0].regels).toEqual(page.jaren[0].regels);
  });
});

describe('the report: month and year audited together', () => {
  const small: Figure = { aantal: null, label: '<5', verborgen: 'klein' };
  const cross: Figure = { aantal: null, label: '×', verborgen: 'afgeleid' };
  const zero: Figure = { aantal: 0, label: '0' };
  // niet geteld lang thuis: po "<5", vo 10, totaal "×"; alone po is 1..4 (totaal anything >= 5 + 10)
  const year: CountedYear<Figure> = {
    schooljaar: '2025-2026', geteld: true, tot: '2026-07-31', berekend_op: '2026-08-03 09:00',
    regels: [{
      regel: 'niet_geteld_lang_thuis', omschrijving: '',
      cijfers: { po: small, vso: zero, vo: { aantal: 10, label: '10' }, mbo: zero, onbekend: zero, geen_onderwijs: zero, totaal: cross },
    }],
  };

  test('a month end\'s figure bounds the year\'s total from below: 14 at the end of November pins po to 14 - 10 = 4', async () => {
    expect(await audit(yearPublication(year), 4)).toEqual([]);
    const months = { figures: { '2025-11/niet_geteld': { aantal: 14 } }, relations: [] };
    const together = reportPublication(months, { trend: [{ maand: '2025-11' }] }, year);
    expect(together.relations).toContainEqual({ kind: 'sum', total: '2025-2026/niet_geteld_lang_thuis/totaal', parts: ['2025-11/niet_geteld'], atLeast: true });
    expect(await audit(together, 4)).toContainEqual({ cell: '2025-2026/niet_geteld_lang_thuis/po', rule: 'vastgepind' });
  });

  test('only month ends inside the school year and up to the count\'s end are bounds', () => {
    const figures = { '2025-07/niet_geteld': { aantal: 14 }, '2025-10/niet_geteld': { aantal: 14 }, '2025-11/niet_geteld': { aantal: 14 } };
    const trend = [{ maand: '2025-07' }, { maand: '2025-10' }, { maand: '2025-11' }];
    const early = reportPublication({ figures, relations: [] }, { trend }, { ...year, tot: '2025-11-29' });
    // July 2025 is the year before; 30 November lies after a count that ends on the 29th: October only
    const bounds = early.relations.filter((r) => r.kind === 'sum' && r.parts.some((p) => /^\d{4}-\d{2}\//.test(p)));
    expect(bounds.map((r) => (r.kind === 'sum' ? r.parts : []))).toEqual([['2025-10/niet_geteld']]);
  });
});

describe('small towns made at random', () => {
  /** A year whose every cell is 0..max - 1 and whose splits add up as §2 says (seeded, so repeatable). */
  function randomYear(seed: number, max: number): CountedYear<number | null> {
    const next = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
    const cells = new Map<string, Record<string, number>>();
    const pick = () => Object.fromEntries(kinds.map((k) => [k, next(max)]));
    for (const line of splitLines) {
      const start = pick();
      const nieuw = pick();
      const all = Object.fromEntries(kinds.map((k) => [k, start[k] + nieuw[k]]));
      const terug = Object.fromEntries(kinds.map((k) => [k, next(all[k] + 1)]));
      const uit = Object.fromEntries(kinds.map((k) => [k, next(all[k] - terug[k] + 1)]));
      const nog = Object.fromEntries(kinds.map((k) => [k, all[k] - terug[k] - uit[k]]));
      for (const [suffix, value] of [['', all], ['.bij_start', start], ['.nieuw', nieuw], ['.terug_naar_school', terug], ['.uit_beeld', uit], ['.nog_thuis', nog]] as const) cells.set(line + suffix, value);
    }
    const regels = jaarRegels.map((line) => {
      const value = line.rate ? Object.fromEntries(kinds.map((k) => [k, 0])) : cells.get(line.regel) ?? pick();
      const totaal = line.rate ? 1.5 : kinds.reduce((sum, k) => sum + value[k], 0);
      return { ...line, cijfers: { ...value, totaal } as Record<Soort, number> };
    });
    // a "waarvan" line is part of its line in total: keep it at most that
    return { schooljaar: '2025-2026', geteld: true, tot: '2026-07-31', berekend_op: '2026-08-03 09:00', regels: regels.map((line) => {
      const whole = { absoluut_verzuim_3m: 'absoluut_verzuim', lrv_3m: 'lrv', relatief_verzuim_16u_herhaald: 'relatief_verzuim_16u' }[line.regel];
      if (!whole) return line;
      const of = regels.find((r) => r.regel === whole)?.cijfers as Record<string, number>;
      const part = line.cijfers as Record<string, number>;
      const cijfers: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, Math.min(part[k], of[k])]));
      return { ...line, cijfers: { ...cijfers, totaal: kinds.reduce((sum, k) => sum + cijfers[k], 0) } as Record<Soort, number> };
    }) };
  }

  test.each([[1, 5], [2, 3], [3, 10]])('seed %i, cells below %i: what suppression publishes passes the audit and the attack', async (seed, max) => {
    const year = await publicYear(randomYear(seed, max), 4);
    expect(year.regels.flatMap((r) => Object.values(r.cijfers)).some((f) => f.verborgen === 'klein')).toBe(true);
    expect(await auditJaarverslag({ jaren: [year] }, 4)).toEqual([]);
    expect(differencingAttack(year)).toEqual([]);
  }, 60_000);
});
