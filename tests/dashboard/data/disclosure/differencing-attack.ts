// What a careful reader can do with the public JSON and a calculator, written from the README
// (not from dashboard/data/disclosure/relations.ts, so the attack does not share its blind spots):
// every total is the sum of its parts, month by month; a path of a target starts at the value
// of the first month (schemas/targets.json: baseline null). Subtract what is visible from each
// visible total, repeat with what that gave, and report every hidden figure worked out exactly.

import type { Raad } from '../../../../dashboard/data/raad.js';

export interface Recovered {
  cell: string;
  value: number;
}

const figureOfTarget: Record<string, string> = {
  officieel: 'officieel', langer_dan_3m_zonder_aanbod: 'zonder_aanbod_3m', vrijstelling_5a: 'vrijstellingen_5a', alle_fase3: 'fase3',
};

export function differencingAttack(pages: Raad[]): Recovered[] {
  const known = new Map<string, number>();
  const hidden = new Set<string>();
  const sums: string[][] = []; // [total, ...parts]
  const see = (cell: string, figure: { aantal: number | null }) => {
    if (figure.aantal === null) hidden.add(cell);
    else known.set(cell, figure.aantal);
  };

  for (const page of pages) {
    for (const { maand, cijfers } of page.trend) {
      for (const [key, figure] of Object.entries(cijfers)) see(`${maand} ${key}`, figure);
      const c = (key: string) => `${maand} ${key}`;
      sums.push(
        [c('officieel'), c('officieel_4w'), c('officieel_3m')],
        [c('niet_geteld'), c('langdurig_ziek'), c('langdurig_geoorloofd')],
        [c('fase3'), c('officieel'), c('niet_geteld')],
        [c('schoolmissers'), c('fase3'), c('absoluut_kort'), c('bijna_leerplichtig')],
        [c('vrijstellingen'), c('vrijstellingen_5a'), c('vrijstellingen_overig')],
      );
    }
    const m = page.maand as string;
    const sector = page.sector ?? [];
    for (const row of sector) {
      see(`${m} sector ${row.waarde} officieel`, row.officieel);
      see(`${m} sector ${row.waarde} niet`, row.niet_geteld);
      see(`${m} sector ${row.waarde}`, row.totaal);
      sums.push([`${m} sector ${row.waarde}`, `${m} sector ${row.waarde} officieel`, `${m} sector ${row.waarde} niet`]);
    }
    if (sector.length > 0) {
      sums.push([`${m} officieel`, ...sector.map((r) => `${m} sector ${r.waarde} officieel`)]);
      sums.push([`${m} niet_geteld`, ...sector.map((r) => `${m} sector ${r.waarde} niet`)]);
      sums.push([`${m} fase3`, ...sector.map((r) => `${m} sector ${r.waarde}`)]);
    }
    for (const [name, rows] of [['reden', page.reden ?? []], ['traject', page.traject ?? []]] as const) {
      for (const row of rows) see(`${m} ${name} ${row.waarde}`, row.aantal);
      if (rows.length > 0) sums.push([`${m} fase3`, ...rows.map((r) => `${m} ${name} ${r.waarde}`)]);
    }
    // a path that moves starts at the first month's value
    for (const doel of page.doelen) {
      const [start] = doel.reeks;
      const moves = doel.reeks.some((p) => p.pad !== start?.pad);
      if (start?.pad != null && moves && figureOfTarget[doel.id]) known.set(`${start.maand} ${figureOfTarget[doel.id]}`, start.pad);
    }
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const [total, ...parts] of sums) {
      const members = [total, ...parts];
      const unknown = members.filter((cell) => !known.has(cell));
      if (unknown.length !== 1) continue;
      const partSum = parts.filter((p) => known.has(p)).reduce((s, p) => s + (known.get(p) as number), 0);
      known.set(unknown[0], unknown[0] === total ? partSum : (known.get(total) as number) - partSum);
      changed = true;
    }
  }
  return [...hidden].filter((cell) => known.has(cell)).map((cell) => ({ cell, value: known.get(cell) as number }));
}
