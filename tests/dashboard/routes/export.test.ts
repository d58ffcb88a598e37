// The analyst's downloads as Dutch Excel reads them.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
let analist: string;
beforeAll(async () => {
  t = await testApp();
  analist = (await t.login('analist')).cookie as string;
});
afterAll(() => t.close());

async function download(path: string) {
  const response = await t.app.request(path, { headers: { Cookie: analist } });
  return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}

describe('CSV downloads', () => {
  test('the classification of November: one row per youth, the columns of classification.md §5 first, Dutch headers', async () => {
    const { response, text } = await download('/api/analyse/export/classificaties.csv?maand=2025-11');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="classificaties-2025-11.csv"');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'leerling_id;peildatum;categorie;fase;duur;officieel;passend_aanbod;signalen;artikel;reeks_start;reeks_schooldagen;' +
        'aanwezigheid_w4;ongeoorloofd_uren_w4;brin;sector;kwalificatieplichtig;te_laat_w4;reden;vestiging;leeftijd;traject_soort',
    );
    // 224 youth classified on 30 November (the fixture minus the 3 not classified that month)
    expect(lines).toHaveLength(1 + 224);
    const l0071 = lines.find((l) => l.startsWith('L0071;'));
    // vestiging 00 as ="00": Excel keeps the zeros; te_laat_w4 0: at home all of W4, never late
    expect(l0071).toBe('L0071;2025-11-30;ingeschreven;3;>4w;ja;nee;aanwezigheid_laag|verzuim_16u;;2025-10-30;22;0;100;12AB;PO;nee;0;schoolfactoren;="00";9;');
  });

  test('a reason that looks like a formula arrives as text', async () => {
    const { text } = await download('/api/analyse/export/classificaties.csv?maand=2025-11');
    expect(text).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(text).not.toMatch(/;=HYPERLINK/);
  });

  test('monthly counts: every month of the cube, counts as plain numbers', async () => {
    const { text } = await download('/api/analyse/export/maandtellingen.csv');
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('maand;peildatum;dimensie;waarde;categorie;fase;duur;officieel;passend_aanbod;aantal');
    expect(lines).toContain('2025-11;2025-11-30;totaal;;ingeschreven;1;-;nee;-;171');
    expect(new Set(lines.slice(1).map((l) => l.slice(0, 7)))).toEqual(new Set(['2025-09', '2025-10', '2025-11']));
  });

  test('quarantined rows keep the reason; a hostile record stays inert text', async () => {
    const { text } = await download('/api/analyse/export/quarantaine.csv');
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('bestand;regel;kolom;reden;reden_engels;gegevens');
    expect(lines[1]).toContain("onbekende verzuimcode '=HYPERLINK(\"\"x\"\")'");
  });
});
