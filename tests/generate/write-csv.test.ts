import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCsv } from '../../pipeline/generate/write-csv.js';
import { day } from '../../pipeline/generate/dates.js';
import { decodeWindows1252 } from './decode-windows-1252.js';

const dir = mkdtempSync(join(tmpdir(), 'tzm-csv-'));

describe('openCsv', () => {
  it('writes an Excel-style file: semicolons, CRLF, Windows-1252, quotes where needed', () => {
    const path = join(dir, 'excel.csv');
    const file = openCsv(path, 'excel.csv', { delimiter: ';', encoding: 'windows-1252', lineEnd: '\r\n', dates: 'dd-mm-yyyy', decimal: ',' }, ['naam', 'datum', 'uren']);
    file.row(['Café ’t Hoekje', file.date(day(2026, 2, 3)), file.hours(5.5)]);
    file.row(['A;B "C"', file.date(null), file.hours(6)]);
    file.close();
    const bytes = readFileSync(path);
    expect(decodeWindows1252(bytes)).toBe(
      'naam;datum;uren\r\nCafé ’t Hoekje;03-02-2026;5,5\r\n"A;B ""C""";;6\r\n',
    );
    expect(bytes.includes(0x92)).toBe(true);
  });

  it('starts a BOM file with EF BB BF and counts physical lines across quoted newlines', () => {
    const path = join(dir, 'bom.csv');
    const file = openCsv(path, 'bom.csv', { delimiter: ',', encoding: 'utf-8-bom', lineEnd: '\n', dates: 'iso', decimal: '.' }, ['a', 'b']);
    expect(file.row(['1', 'one'])).toBe(2);
    expect(file.row(['2', 'two\nlines'])).toBe(3);
    expect(file.row(['3', 'three'])).toBe(5);
    expect(file.rows).toBe(3);
    expect(file.last).toEqual(['3', 'three']);
    file.close();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('a,b\n1,one\n2,"two\nlines"\n3,three\n');
  });
});
