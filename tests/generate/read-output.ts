// Reads a generated CSV back for the tests: decodes it (Windows-1252 by the test's own table,
// UTF-8 with or without BOM), splits it with papaparse, and keys each record by its header.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeWindows1252 } from './decode-windows-1252.js';

export interface Table {
  header: string[];
  /** Records in file order; `line` is the physical line (header = 1) for files without quoted newlines. */
  rows: { line: number; get: (column: string) => string; values: string[] }[];
}

export function decode(bytes: Buffer, encoding: 'utf-8' | 'windows-1252'): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function readTable(dir: string, name: string, encoding: 'utf-8' | 'windows-1252', delimiter: string): Table {
  const text = decode(readFileSync(join(dir, name)), encoding);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  const [header, ...records] = parsed.data;
  return {
    header,
    rows: records.map((values, k) => ({
      line: k + 2,
      values,
      get: (column: string) => {
        const index = header.indexOf(column);
        if (index < 0) throw new Error(`${name} has no column ${column}`);
        return values[index] ?? '';
      },
    })),
  };
}

/** dd-mm-yyyy, d-m-yyyy, dd/mm/yyyy or ISO to ISO; '' stays ''. */
export function iso(text: string): string {
  if (text === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const [d, m, y] = text.split(/[-/]/);
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
