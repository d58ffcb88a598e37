// A public page (the council page of one month, or the printed report) as the audit sees it: only
// what the page itself publishes (figures with their labels) and the relations a reader knows from
// the README, per month: the month's sums (relations.ts), the path of each target (a shown path
// gives the value of each month it starts from) and "op koers" (the value is at most the path).

import type { Raad } from '../raad.js';
import { audit, type Finding, type Publication, type Relation } from './audit.js';
import { headlineKeys, monthLines, redenKey, sectorKey, trajectKey } from './relations.js';

const cell = (maand: string, key: string) => `${maand}/${key}`;

export function pagePublication(page: Raad): Publication {
  const figures: Publication['figures'] = {};
  const relations: Relation[] = [];
  const sums = (maand: string, shape: Parameters<typeof monthLines>[0]) => {
    for (const line of monthLines(shape)) {
      relations.push({ kind: 'sum', total: cell(maand, line.total), parts: line.parts.map((p) => cell(maand, p)), atLeast: line.atLeast });
    }
  };

  for (const { maand, cijfers } of page.trend) {
    for (const key of headlineKeys) figures[cell(maand, key)] = cijfers[key];
    // the breakdowns are published for the chosen month only
    if (maand !== page.maand) sums(maand, { sectors: [], redenen: [], trajecten: [] });
  }
  if (page.maand !== null) {
    const maand = page.maand;
    for (const row of page.sector ?? []) {
      figures[cell(maand, sectorKey(row.waarde, 'ja'))] = row.officieel;
      figures[cell(maand, sectorKey(row.waarde, 'nee'))] = row.niet_geteld;
      figures[cell(maand, sectorKey(row.waarde))] = row.totaal;
    }
    for (const row of page.reden ?? []) figures[cell(maand, redenKey(row.waarde))] = row.aantal;
    for (const row of page.traject ?? []) figures[cell(maand, trajectKey(row.waarde))] = row.aantal;
    sums(maand, {
      sectors: (page.sector ?? []).map((r) => r.waarde),
      redenen: (page.reden ?? []).map((r) => r.waarde),
      trajecten: (page.traject ?? []).map((r) => r.waarde),
    });
  }

  for (const doel of page.doelen) {
    for (const point of doel.reeks) {
      const target = doel.figuur === null ? cell(point.maand, `doel:${doel.id}`) : cell(point.maand, doel.figuur);
      figures[target] ??= point.waarde;
      if (point.pad === null) continue;
      if (doel.basismaanden.includes(point.maand)) relations.push({ kind: 'value', cell: target, value: point.pad });
      if (point.op_koers === true) relations.push({ kind: 'bound', cell: target, atMost: point.pad });
      if (point.op_koers === false) relations.push({ kind: 'bound', cell: target, atLeast: point.pad });
    }
  }
  return { figures, relations };
}

/** The audit of one page; findings name cells as "YYYY-MM/figure", never their values. */
export function auditPage(page: Raad, upTo: number): Promise<Finding[]> {
  return audit(pagePublication(page), upTo);
}

/** Every page together: what an anonymous reader can fetch, month by month. */
export function sitePublication(pages: Raad[]): Publication {
  const figures: Publication['figures'] = {};
  const relations: Relation[] = [];
  for (const page of pages) {
    const one = pagePublication(page);
    Object.assign(figures, one.figures);
    relations.push(...one.relations);
  }
  return { figures, relations };
}
