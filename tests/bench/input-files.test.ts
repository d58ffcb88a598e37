import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listInputFiles, rawReadGroups } from '../../bench/input-files.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(contents: Record<string, string | Buffer>): void {
  dir = mkdtempSync(join(tmpdir(), 'tzm-bench-test-'));
  for (const [name, content] of Object.entries(contents)) writeFileSync(join(dir, name), content);
}

describe('listInputFiles', () => {
  it('splits absence files from register files and leaves out what is not input', () => {
    files({
      'leerlingen.csv': 'bsn\n1\n', 'vakanties-2025-2026.json': '{}', 'verzuim-uren-01AB.csv': 'BSN;Datum\n1;2\n',
      'planted.csv': 'x\n', 'bad-rows.csv': 'x\n', 'README.md': '# x\n',
    });
    const input = listInputFiles(dir);
    expect(input.absence).toEqual([join(dir, 'verzuim-uren-01AB.csv')]);
    expect(input.register).toEqual([join(dir, 'leerlingen.csv'), join(dir, 'vakanties-2025-2026.json')]);
    expect(input.absenceBytes).toBe(14); // 'BSN;Datum\n' (10 bytes) + '1;2\n' (4 bytes)
  });
});

describe('rawReadGroups', () => {
  it('groups files by header, with a BOM or CRLF not making a new group', () => {
    files({ 'a.csv': 'BSN;Datum\r\n1;2\r\n', 'b.csv': '\uFEFFBSN;Datum\n3;4\n', 'c.csv': 'Burgerservicenummer,Begindatum\n5,6\n' });
    const groups = rawReadGroups(['a.csv', 'b.csv', 'c.csv'].map((f) => join(dir, f)));
    expect(groups.map((g) => g.files.map((f) => f.slice(dir.length + 1)))).toEqual([['a.csv', 'b.csv'], ['c.csv']]);
  });
  it('reads a file that is not UTF-8 (Windows-1252 é) as latin-1', () => {
    files({ 'w.csv': Buffer.from([0x42, 0x53, 0x4e, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]) }); // "BSN\nCafé\n" in Windows-1252
    expect(rawReadGroups([join(dir, 'w.csv')])[0].encoding).toBe('latin-1');
  });
});
