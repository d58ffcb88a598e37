// The disclosure audit on the sample municipality (data-samples/, monitored from 2024-09 to
// 2026-10 as `npm start` does), and a differencing attack on its public JSON.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../../../dashboard/app.js';
import { audit } from '../../../../dashboard/data/disclosure/audit.js';
import { auditPage, sitePublication } from '../../../../dashboard/data/disclosure/page.js';
import { queryRows } from '../../../../pipeline/db/run-sql.js';
import { readFigures } from '../../../../dashboard/data/figures.js';
import { readRaad, type Raad } from '../../../../dashboard/data/raad.js';
import { monthTables, type BreakdownCount } from '../../../../dashboard/data/raad-month.js';
import { databaseSource } from '../../../../dashboard/data/source.js';
import type { Database } from '../../../../pipeline/db/open.js';
import { monitoredDatabase } from '../../helpers/monitored.js';
import { testUsers } from '../../helpers/users.js';
import { differencingAttack } from './differencing-attack.js';

let db: Database;
let pages: Raad[];

beforeAll(async () => {
  db = await monitoredDatabase(path.resolve('data-samples'), { from: '2024-09', to: '2026-10' });
  const latest = await readRaad(db.connection, undefined, 4);
  pages = [];
  for (const { maand } of latest.maanden) pages.push(await readRaad(db.connection, maand, 4));
}, 600_000);
afterAll(() => db?.close());

describe('the sample municipality, audited', () => {
  test('every sum between the figures holds for the true counts of every month (so the audit models real relations)', async () => {
    const counts = (await readFigures(db.connection)).maanden;
    const breakdowns = await queryRows<BreakdownCount>(db.connection, 'dashboard/data/sql/raad-breakdowns.sql');
    const broken: string[] = [];
    for (const row of counts) {
      const { values, lines } = monthTables(row, breakdowns.filter((b) => b.maand === row.maand));
      for (const line of lines) {
        const sum = line.parts.reduce((s, p) => s + values[p], 0);
        if (line.atLeast ? values[line.total] < sum : values[line.total] !== sum) broken.push(`${row.maand} ${line.total} = ${line.parts.join(' + ')}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('26 council pages, and every one passes the audit: no hidden figure pinned, every small count a range of at least 5', async () => {
    expect(pages.length).toBe(26);
    for (const page of pages) expect([page.maand, await auditPage(page, 4)]).toEqual([page.maand, []]);
  });

  test('all pages together (what an anonymous reader can fetch) pass the audit too', async () => {
    const site = sitePublication(pages);
    const hidden = Object.values(site.figures).filter((f) => f.aantal === null).length;
    expect(hidden).toBeGreaterThan(100); // the audit has work to do: many hidden cells
    expect(await audit(site, 4)).toEqual([]);
  });

  test('October 2026: official count 46, all school missers 89 and > 3 months without aanbod 27 stay visible', () => {
    const october = pages.at(-1) as Raad;
    expect(october.maand).toBe('2026-10');
    expect([october.cijfers?.officieel.label, october.cijfers?.schoolmissers.label, october.cijfers?.zonder_aanbod_3m.label]).toEqual(['46', '89', '27']);
    // the long-term absent who are not counted: 22 together, so the page can name them as a group
    expect(october.cijfers?.niet_geteld.label).toBe('22');
  });

  test('the -25% target shows its path in every month: its baseline (8 official in September 2024) stays visible', () => {
    for (const page of pages) {
      const official = page.doelen.find((d) => d.id === 'officieel');
      expect(official?.basismaanden).toEqual(['2024-09']);
      expect(official?.reeks.every((p) => p.pad !== null)).toBe(true);
    }
    expect(pages[0].trend[0].cijfers.officieel.label).toBe('8');
  });
});

describe('a differencing attack on the public JSON', () => {
  test('fetching every month anonymously and subtracting visible parts from visible totals finds no count from 1 to 4', async () => {
    const app = createApp({ source: databaseSource(db), users: await testUsers(), logError: (e) => { throw e; } });
    const first = await app.request('/api/public/raad');
    expect(first.status).toBe(200);
    const { maanden } = (await first.json()) as Raad;
    const answers: Raad[] = [];
    for (const { maand } of maanden) {
      const response = await app.request(`/api/public/raad?maand=${maand}`);
      expect(response.status).toBe(200);
      answers.push((await response.json()) as Raad);
    }
    const found = differencingAttack(answers);
    expect(found.filter((f) => f.value >= 1 && f.value <= 4)).toEqual([]);
  }, 300_000);
});
