// Encodings and delimiters as found in the wild (spec/inputs.md "File format").

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

const school = (naam: string) => `brin;naam;sector;regio\r\n12AB;${naam};PO;midden\r\n`;

/** Windows-1252 bytes for the few non-ASCII characters these tests use. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, é: 0xe9, ë: 0xeb };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

async function loadedName(name: string, bytes: Uint8Array | string, options = {}) {
  const dir = tempDir();
  const db = path.join(dir, 'db.duckdb');
  const summary = await ingest(db, [writeExport(dir, name, bytes)], options);
  const [row] = await query(db, 'SELECT naam FROM scholen');
  return { naam: row?.naam, file: summary.files[0] };
}

describe('encodings', () => {
  it('reads Windows-1252 (’ and é) without being told', async () => {
    const { naam, file } = await loadedName('scholen.csv', windows1252(school('Oranjeschool ’t Zonnetje Café')));
    expect(naam).toBe('Oranjeschool ’t Zonnetje Café');
    expect(file.encoding).toBe('windows-1252');
  });

  it('reads UTF-8 with a BOM and CRLF line ends', async () => {
    const { naam, file } = await loadedName('scholen.csv', `\uFEFF${school('Café ’t Hoekje')}`);
    expect(naam).toBe('Café ’t Hoekje');
    expect(file.encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a BOM, as Excel writes "Unicode-tekst" (tab-delimited)', async () => {
    const text = '\uFEFFbrin\tnaam\tsector\tregio\r\n12AB\tDe Séquoia\tPO\tzuid\r\n';
    const { naam, file } = await loadedName('scholen.txt', Buffer.from(text, 'utf16le'));
    expect(naam).toBe('De Séquoia');
    expect(file).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it('follows --encoding when given', async () => {
    const { naam } = await loadedName('scholen.csv', windows1252(school('Zoë')), { encoding: 'cp1252' });
    expect(naam).toBe('Zoë');
  });
});

describe('delimiters', () => {
  it.each([
    [';', 'semicolon'],
    [',', 'comma'],
    ['\t', 'tab'],
  ])('detects %j (%s)', async (delimiter) => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const lines = [['bsn', 'brin', 'van', 'aangepast_programma'], [BSN.a, '12AB', '2024-08-19', 'ja']].map((r) => r.join(delimiter));
    const summary = await ingest(db, [writeExport(dir, 'inschrijvingen.csv', lines)]);
    expect(summary.files[0]).toMatchObject({ delimiter, rowsLoaded: 1 });
    expect(await query(db, 'SELECT aangepast_programma FROM inschrijvingen')).toEqual([{ aangepast_programma: true }]);
  });

  it('keeps a quoted field with the delimiter and a newline, and names the right line after it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;"De Wilg; locatie\nNoord";PO;midden', '12AC;Fout;XX;midden'])]);
    expect(await query(db, 'SELECT naam FROM scholen')).toEqual([{ naam: 'De Wilg; locatie\nNoord' }]);
    expect(await query(db, 'SELECT line, "column" FROM quarantine')).toEqual([{ line: 4, column: 'sector' }]);
  });
});

describe('fixWindows1252', () => {
  it('maps the C1 range to what Windows-1252 means by those bytes', async () => {
    const { fixWindows1252 } = await import('../../pipeline/ingest/text-file.js');
    expect(fixWindows1252('\u0092t Zonnetje \u0096 \u0080 5')).toBe('’t Zonnetje – € 5');
    expect(fixWindows1252('Café')).toBe('Café');
  });
});

describe('empty-looking lines and late surprises', () => {
  it.each([
    ['DuckDB reader (no quotes)', 'brin;naam;sector;regio\n12AB;A;PO;midden\n   \n;;;\n12AC;B;PO;midden\n'],
    ['streamed reader (quotes)', 'brin;naam;sector;regio\n12AB;"A";PO;midden\n   \n;;;\n12AC;B;PO;midden\n'],
  ])('skips lines of only spaces or only delimiters (%s), and counts them as lines', async (_, text) => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const summary = await ingest(db, [writeExport(dir, 'scholen.csv', text + 'x;C;PO;midden\n')]);
    expect(summary.files[0]).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(await query(db, 'SELECT line, "column" FROM quarantine')).toEqual([{ line: 6, column: 'brin' }]);
  });

  it('reads a Windows-1252 file whose first é comes after 64 KB as Windows-1252', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${10 + (i % 90)}${String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26))};School ${i};PO;midden\n`);
    const bytes = Buffer.concat([Buffer.from(`brin;naam;sector;regio\n${rows.join('')}`), windows1252('99ZZ;Café;PO;midden\n')]);
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const summary = await ingest(db, [writeExport(dir, 'laat.csv', bytes)]);
    expect(summary.files[0]).toMatchObject({ encoding: 'windows-1252', rowsRejected: 0 });
    expect(await query(db, "SELECT naam FROM scholen WHERE brin = '99ZZ'")).toEqual([{ naam: 'Café' }]);
  });

  it('refuses a file that claims UTF-8 with a BOM but is not', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('\uFEFFbrin;naam;sector;regio\n'), windows1252('12AB;Café;PO;midden\n')]);
    await expect(ingest(path.join(dir, 'db.duckdb'), [writeExport(dir, 'bom.csv', bytes)])).rejects.toThrow('bom.csv: het bestand zegt UTF-8 te zijn (BOM) maar bevat ongeldige tekens');
  });
});

describe('a lone carriage return', () => {
  it('is text inside a field for both readers (lines end in LF or CRLF)', async () => {
    const text = 'brin;naam;sector;regio\n12AB;De Wilg\rNoord;PO;midden\n34CD;Fout;XX;zuid\n';
    const outcome = async (content: string) => {
      const dir = tempDir();
      const db = path.join(dir, 'db.duckdb');
      const [summary] = (await ingest(db, [writeExport(dir, 'cr.csv', content)])).files;
      return { loaded: summary.rowsLoaded, naam: await query(db, 'SELECT naam FROM scholen'), quarantine: await query(db, 'SELECT line, "column" FROM quarantine') };
    };
    const expected = { loaded: 1, naam: [{ naam: 'De Wilg\rNoord' }], quarantine: [{ line: 3, column: 'sector' }] };
    expect(await outcome(text)).toEqual(expected);
    expect(await outcome(`${text}\n`)).toEqual(expected); // an empty line sends it to the other reader
  });
});

// Issue 9 item 9: every record read is loaded or quarantined, whichever reader reads it.
describe('every record accounted for', () => {
  it('refuses a file mixing UTF-8 and Windows-1252, naming both, rather than loading mojibake', async () => {
    const dir = tempDir();
    // line 2 is UTF-8 (é = C3 A9), line 3 Windows-1252 (é = E9)
    const bytes = Buffer.concat([Buffer.from('brin;naam;sector;regio\n12AB;Café;PO;midden\n'), windows1252('12AC;Café;PO;midden\n')]);
    await expect(ingest(path.join(dir, 'db.duckdb'), [writeExport(dir, 'gemengd.csv', bytes)])).rejects.toThrow(
      'gemengd.csv: het bestand mengt UTF-8 en Windows-1252 (ANSI); sla het opnieuw op in één tekenset, of geef --encoding',
    );
    // --encoding chooses: read as Windows-1252, both rows load (the UTF-8 one as the user chose)
    const summary = await ingest(path.join(dir, 'db2.duckdb'), [writeExport(dir, 'gemengd.csv', bytes)], { encoding: 'windows-1252' });
    expect(summary.files[0]).toMatchObject({ rowsLoaded: 2 });
  });

  it.each([
    ['DuckDB reader (no quotes)', 'A'],
    ['streamed reader (quotes)', '"A"'],
  ])('a trailing extra field past the overflow columns is refused by both readers (%s)', async (_, naam) => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // 4 columns; ';;;x' makes 7 fields, the 7th not empty: DuckDB's reader used to drop it
    const summary = await ingest(db, [writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', `12AB;${naam};PO;zuid;;;x`, '12AC;B;PO;zuid'])]);
    expect(summary.files[0]).toMatchObject({ rowsRead: 2, rowsLoaded: 1, rowsRejected: 1 });
    // (the count is of the columns read: the fields past the overflow columns are joined into the last)
    expect(summary.files[0].reasons).toEqual([{ reason: 'te veel velden: 6 in plaats van 4', count: 1, firstLine: 2 }]);
  });

  it('a line of 3 MB is one quarantined record, not a lost file; nothing of it is kept', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const giant = `${BSN.b};12AB;01-08-2024;${'x'.repeat(3_000_000)}`;
    const summary = await ingest(db, [writeExport(dir, 'inschrijvingen.csv', ['bsn;brin;van;aangepast_programma', `${BSN.a};12AB;01-08-2024;ja`, giant, `${BSN.c};12AB;01-08-2024;nee`])]);
    // 3 records read: 2 loaded + 1 quarantined
    expect(summary.files[0]).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    const rows = await query(db, 'SELECT line, "column", reason_nl, record FROM quarantine');
    expect(rows).toEqual([{ line: 3, column: null, reason_nl: 'regel is langer dan 1.048.576 tekens', record: '{"bsn":null,"brin":null,"van":null,"aangepast_programma":null}' }]);
  });
});
