import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../pipeline/generate/windows-1252.js';
import { decodeWindows1252 } from './decode-windows-1252.js';

describe('encodeWindows1252', () => {
  it('writes the Dutch school-name characters as single Windows-1252 bytes', () => {
    const bytes = encodeWindows1252('’t Café – Mozaïek €');
    // ’ 0x92, é 0xE9, – 0x96, ï 0xEF, € 0x80 (from the code page table)
    expect([...bytes]).toEqual([0x92, 0x74, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x4d, 0x6f, 0x7a, 0x61, 0xef, 0x65, 0x6b, 0x20, 0x80]);
  });

  it('round-trips through a Windows-1252 decoder', () => {
    const text = 'Oranjeschool ’t Zonnetje; Stedelijk Gymnasium Érasmus; Praktijkschool De Brêge; "De Linde" – €';
    expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
  });

  it('refuses a character the code page cannot hold', () => {
    expect(() => encodeWindows1252('Łódź')).toThrow(/Windows-1252/);
  });
});
