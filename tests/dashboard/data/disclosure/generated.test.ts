// The disclosure audit on generated municipalities of three sizes (pipeline/generate): small towns
// have many small counts, so secondary suppression has the most to do there.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { audit } from '../../../../dashboard/data/disclosure/audit.js';
import { auditPage, sitePublication } from '../../../../dashboard/data/disclosure/page.js';
import { readRaad, type Raad } from '../../../../dashboard/data/raad.js';
import { generate } from '../../../../pipeline/generate/generate.js';
import { monitoredDatabase } from '../../helpers/monitored.js';
import { differencingAttack } from './differencing-attack.js';

describe.each([
  { pupils: 300, seed: 3 },
  { pupils: 1500, seed: 4 },
  { pupils: 4000, seed: 5 },
])('a generated municipality of $pupils youth', ({ pupils, seed }) => {
  test('every page of 2025-09 to 2026-10 and all pages together pass the audit; the differencing attack finds no small count', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tzm-sdc-'));
    await generate({ out: folder, pupils, seed });
    const db = await monitoredDatabase(folder, { from: '2025-09', to: '2026-10' });
    try {
      const pages: Raad[] = [];
      for (const { maand } of (await readRaad(db.connection, undefined, 4)).maanden) pages.push(await readRaad(db.connection, maand, 4));
      expect(pages.length).toBe(14);
      for (const page of pages) expect([page.maand, await auditPage(page, 4)]).toEqual([page.maand, []]);
      expect(await audit(sitePublication(pages), 4)).toEqual([]);
      expect(differencingAttack(pages).filter((f) => f.value >= 1 && f.value <= 4)).toEqual([]);
      // the headline figures of the last month are never hidden to protect another count
      const last = pages.at(-1)?.cijfers ?? {};
      for (const key of ['officieel', 'schoolmissers', 'zonder_aanbod_3m']) expect([key, last[key].verborgen]).not.toEqual([key, 'afgeleid']);
    } finally {
      db.close();
    }
  }, 600_000);
});
