// The CSV rules of dashboard/data/csv.ts, on rows made up in an in-memory DuckDB.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvChunks } from '../../../dashboard/data/csv.js';
import { openDatabase, type Database } from '../../../pipeline/db/open.js';

let db: Database;
beforeAll(async () => {
  db = await openDatabase(':memory:');
});
afterAll(() => db.close());

async function csv(sql: string, columns: string[], params: Record<string, string> = {}): Promise<{ text: string; chunks: number }> {
  let text = '';
  let chunks = 0;
  for await (const chunk of csvChunks(db.connection, sql, params, columns)) {
    text += chunk;
    chunks++;
  }
  return { text, chunks };
}

/** The data lines of one text column v, one row per value. */
async function cells(values: string[]): Promise<string[]> {
  const rows = values.map((v) => `(${`'${v.replace(/'/g, "''")}'`})`).join(', ');
  const { text } = await csv(`SELECT * FROM (VALUES ${rows}) t(v)`, ['v']);
  return text.slice(1).split('\r\n').slice(1, -1);
}

describe('csvChunks', () => {
  test('BOM, semicolons, CRLF, decimal comma (quoted: it is a comma), whole numbers without ",0", empty cells for null, ja/nee', async () => {
    const { text } = await csv(
      `SELECT 'L1' AS id, 0.957::DOUBLE AS aanwezigheid, 16 AS uren, 100.0::DOUBLE AS procent, 1.50::DECIMAL(4, 2) AS dec,
              NULL::VARCHAR AS leeg, true AS officieel, false AS aanbod`,
      ['id', 'aanwezigheid', 'uren', 'procent', 'dec', 'leeg', 'officieel', 'aanbod'],
    );
    expect(text).toBe('\uFEFFid;aanwezigheid;uren;procent;dec;leeg;officieel;aanbod\r\nL1;"0,957";16;100;"1,5";;ja;nee\r\n');
  });

  test('text that Excel would run as a formula gets an apostrophe; numbers and a lone "-" stay as they are', async () => {
    expect(await cells(['=HYPERLINK("x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', 'a=b', '-'])).toEqual([
      `"'=HYPERLINK(""x"")"`, "'+31 6 1234", "'-2+3", "'@SUM(A1)", "'\t=1", 'a=b', '-',
    ]);
    const { text } = await csv('SELECT -4 AS n', ['n']);
    expect(text.split('\r\n')[1]).toBe('-4');
  });

  test('a cell with ; or a quote or a newline is quoted, quotes doubled', async () => {
    expect(await cells(['a;b', 'zeg "hoi"'])).toEqual(['"a;b"', '"zeg ""hoi"""']);
    const { text } = await csv(`SELECT 'x' || chr(10) || 'y' AS v`, ['v']);
    expect(text.slice(1).split('\r\n')[1]).toBe('"x\ny"');
  });

  test('a cell with a comma is quoted, so a comma-splitting tool cannot cut out a cell that starts with =', async () => {
    // "x,=HYPERLINK(..)" split on commas would give the cell =HYPERLINK(..)
    expect(await cells(['x,=HYPERLINK("y")', 'Utrecht, Noord', 'a'])).toEqual(['"x,=HYPERLINK(""y"")"', '"Utrecht, Noord"', 'a']);
  });

  test('digits with a leading zero (vestiging 00, id 0071) keep their zeros in Excel as ="..."; other codes stay plain', async () => {
    // only digits go between the quotes, so this formula can only ever show those digits
    expect(await cells(['00', '0071', '0', '12AB', '23XY00', '0,5', '00 ;'])).toEqual(['="00"', '="0071"', '0', '12AB', '23XY00', '"0,5"', '"00 ;"']);
  });

  test('a column may get a Dutch header of its own', async () => {
    let text = '';
    for await (const chunk of csvChunks(db.connection, `SELECT 'a.csv' AS file_name, 3 AS line`, {}, ['file_name', 'line'], { file_name: 'bestand', line: 'regel' })) text += chunk;
    expect(text).toBe('\uFEFFbestand;regel\r\na.csv;3\r\n');
  });

  test('rows stream out a chunk at a time, in the order of the query, with parameters', async () => {
    const { text, chunks } = await csv('SELECT i FROM range(CAST($n AS INTEGER)) r(i) ORDER BY i DESC', ['i'], { n: '5000' });
    const lines = text.slice(1).split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(5000);
    expect(lines.slice(0, 2)).toEqual(['4999', '4998']);
    expect(lines.at(-1)).toBe('0');
    expect(chunks).toBeGreaterThan(2); // the header, then more than one chunk of rows
  });

  test('a column the query does not have is an error, not an empty column', async () => {
    await expect(csv('SELECT 1 AS a', ['a', 'b'])).rejects.toThrow(/no column b/);
  });
});
