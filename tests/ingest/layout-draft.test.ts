// `tzm layout`: a layout drafted from a sample's header, the rest named for the user to complete.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDraft, draftLayout, HOURS_PER_ROW_PLACEHOLDER } from '../../pipeline/ingest/layout-draft.js';
import { layoutProblem, loadLayouts } from '../../pipeline/ingest/layouts.js';
import { tempDir, writeExport } from './helpers.js';

describe('draftLayout', () => {
  it('matches the EduArte header to period fields, lists the columns it ignores, and is complete', async () => {
    const file = path.resolve('data-samples/bronsystemen/eduarte-absentiemeldingen.csv');
    const draft = await draftLayout(file, loadLayouts(), { kind: 'verzuim', name: 'eduarte-test' });
    // verzuim: periods read 7 columns, events only 3 (BSN, BRIN, Beginlesuur): periods
    expect(draft.kind).toBe('verzuim_periods');
    expect(draft.matched).toEqual([
      { column: 'BSN', field: 'bsn' },
      { column: 'BRIN', field: 'brin' },
      { column: 'Begindatum', field: 'van' },
      { column: 'Einddatum', field: 'tot' },
      { column: 'Beginlesuur', field: 'lesuur_van' },
      { column: 'Eindlesuur', field: 'lesuur_tot' },
      { column: 'Reden', field: 'code' },
    ]);
    expect(draft.unmatched).toEqual(['Deelnemernummer', 'Begintijd', 'Eindtijd', 'Opmerkingen']);
    expect(draft.missing).toEqual([]);
    // Beginlesuur/Eindlesuur make a one-day period lessons: the hours one lesson counts are asked
    // for with a placeholder the loader refuses until it is a number.
    expect(draft.layout.hoursPerRow).toBe(HOURS_PER_ROW_PLACEHOLDER);
    expect(layoutProblem(draft.layout)?.nl).toMatch(/^"hoursPerRow": vul de uren in die één les telt/);
    expect(layoutProblem({ ...draft.layout, hoursPerRow: 1 })).toBeNull();
  });

  it('names the required fields it could not find in an unseen header', async () => {
    const file = writeExport(tempDir(), 'nieuw.csv', ['Nummer leerling (BSN);Schoolcode;Afwezig op;Aantal uren;Soort afwezigheid;Klas', '1;2;3;4;5;6']);
    const draft = await draftLayout(file, loadLayouts(), { kind: 'verzuim_events' });
    // only 'Aantal uren' is a known name (canonical: aantaluren)
    expect(draft.matched).toEqual([{ column: 'Aantal uren', field: 'uren' }]);
    expect(draft.missing).toEqual(['bsn', 'brin', 'datum', 'code']);
    const text = describeDraft(draft);
    expect(text).toContain("ONTBREEKT: verplicht veld 'bsn'");
    expect(text).toContain("niet gebruikt (genegeerd, nooit bewaard): 'Nummer leerling (BSN)', 'Schoolcode', 'Afwezig op', 'Soort afwezigheid', 'Klas'");
    expect(text).toContain("Nog niet bruikbaar: verzuim_events: verplicht veld 'bsn' ontbreekt");
  });

  it('places the header names Dutch systems commonly use (Sofinummer, Instelling, Lesdatum)', async () => {
    // The fresh reader's ParnasSys-style header: none of these is a field's own name or a name a
    // packaged layout gives, but each is how such systems say bsn, brin, datum and code.
    const file = writeExport(tempDir(), 'parnassys.csv', ['Sofinummer;Instelling;Lesdatum;Absentiecode;Aantal uren;Groep', '1;2;3;4;5;6']);
    const draft = await draftLayout(file, loadLayouts(), { kind: 'verzuim_events' });
    expect(draft.matched).toEqual([
      { column: 'Sofinummer', field: 'bsn' },
      { column: 'Instelling', field: 'brin' },
      { column: 'Lesdatum', field: 'datum' },
      { column: 'Absentiecode', field: 'code' },
      { column: 'Aantal uren', field: 'uren' },
    ]);
    expect(draft.unmatched).toEqual(['Groep']);
    expect(draft.missing).toEqual([]);
    expect(layoutProblem(draft.layout)).toBeNull();
  });

  it('says a column it did not place may be the vestiging, before every row becomes 00', async () => {
    // A later fresh reader: 'Vest.' was unmatched, and the draft said there was no vestiging column.
    const dir = tempDir();
    const file = writeExport(dir, 'eigen.csv', ['Burgerservicenummer;Schoolcode;Vestiging van de school;Datum afwezig;Aantal uren;Verzuimcode', '123456782;12AB;01;03-11-2025;2,5;Z']);
    const text = describeDraft(await draftLayout(file, loadLayouts(), { kind: 'verzuim' }));
    expect(text).toContain("niet gebruikt (genegeerd, nooit bewaard): 'Schoolcode', 'Vestiging van de school'");
    expect(text).toContain('Geen kolom herkend voor vestiging: staat hij in een niet gebruikte kolom hierboven, zet die kopnaam bij "vestiging"; anders krijgt elke regel vestiging 00');
    expect(text).toContain('Kijk de niet gebruikte kolommen na');
  });

  it('lists every field of the kind, says a missing vestiging becomes 00, and names a layout that already fits', async () => {
    // The fresh reader's stumbles: the field list was only in the source, vestiging silently 00,
    // and a second draft did not say the finished layout already read the file.
    const dir = tempDir();
    const file = writeExport(dir, 'eigen.csv', ['Burgerservicenummer;Schoolcode;Datum afwezig;Aantal uren;Verzuimcode', '123456782;12AB;03-11-2025;2,5;Z']);
    const own = { name: 'eigen', description: 'eigen systeem', kinds: { verzuim_events: { bsn: ['Burgerservicenummer'], brin: ['Schoolcode'], datum: ['Datum afwezig'], uren: ['Aantal uren'], code: ['Verzuimcode'] } } };
    mkdirSync(path.join(dir, 'layouts'));
    writeExport(dir, 'layouts/eigen.json', [JSON.stringify(own)]);
    const draft = await draftLayout(file, loadLayouts(path.join(dir, 'layouts')), { kind: 'verzuim' });
    const text = describeDraft(draft);
    expect(text).toContain('Velden van verzuim_events');
    expect(text).toMatch(/\* bsn: /);
    expect(text).toMatch(/\s{3}lesuur: /); // optional: no star
    expect(text).toContain('Geen kolom herkend voor vestiging: elke regel krijgt vestiging 00');
    expect(draft.fitting).toEqual(['eigen/verzuim_events']);
    expect(text).toContain('Dit bestand past al op: eigen/verzuim_events');
  });

  it('a per-lesson export: asks for hoursPerRow, and a header without any hours says which fields would give them', async () => {
    // The README's example: Leerling BSN;Klas;Datum afwezig;Lesuur;Reden code;Opmerking. Lesuur is
    // found, so every row is one lesson: hoursPerRow is a placeholder to fill in.
    const dir = tempDir();
    const lessons = await draftLayout(writeExport(dir, 'absenties.csv', ['Leerling BSN;Klas;Datum afwezig;Lesuur;Reden code;Opmerking', '1;2;3;4;5;6']), loadLayouts(), { kind: 'verzuim_events' });
    expect(lessons.layout.hoursPerRow).toBe(HOURS_PER_ROW_PLACEHOLDER);
    expect(lessons.missingHours).toEqual([]);
    expect(describeDraft(lessons)).toContain('VUL IN: "hoursPerRow", de uren die één les telt (meestal 1: leerplichtambtenaren tellen een lesuur als uur)');
    // Without Lesuur nothing gives hours: named as missing, and hoursPerRow still asked for
    // (mapping a lesson column is the likely fix).
    const none = await draftLayout(writeExport(dir, 'zonder-uren.csv', ['Sofinummer;Instelling;Lesdatum;Absentiecode', '1;2;3;4']), loadLayouts(), { kind: 'verzuim_events' });
    expect(none.missing).toEqual([]);
    expect(none.missingHours).toEqual(['uren', 'lesuur', 'duur_minuten']);
    const text = describeDraft(none);
    expect(text).toContain("ONTBREEKT: een veld voor de verzuimde uren: 'uren', 'lesuur' of 'duur_minuten' (zonder worden alle regels geweigerd)");
    expect(text).toContain('Nog niet bruikbaar: verzuim_events: geen veld geeft de verzuimde uren');
  });

  it('an export with an hours column is not asked for hoursPerRow', async () => {
    // Aantal uren gives each row's hours itself: hoursPerRow would never be used.
    const draft = await draftLayout(writeExport(tempDir(), 'uren.csv', ['Sofinummer;Instelling;Lesdatum;Absentiecode;Aantal uren', '1;2;3;4;5']), loadLayouts(), { kind: 'verzuim_events' });
    expect(draft.layout.hoursPerRow).toBeUndefined();
    expect(describeDraft(draft)).not.toContain('VUL IN');
  });
});
