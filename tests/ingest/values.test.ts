import { describe, expect, it } from 'vitest';
import { parseDate, parseDecimal, parseYesNo } from '../../pipeline/ingest/values.js';
import { normaliseBsn, passesElfproef } from '../../pipeline/ingest/bsn.js';

describe('parseDate', () => {
  it.each([
    ['14-03-2015', '2015-03-14'],
    ['4-3-2015', '2015-03-04'],
    ['14/03/2015', '2015-03-14'],
    ['2015-03-14', '2015-03-14'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %s as %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it.each(['31-02-2026', '29-02-2025', '2026-13-01', '00-01-2026', '14-03-15', 'gisteren', ''])('refuses %s', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('parseDecimal', () => {
  it('reads a decimal comma and a decimal point', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('2.5')).toBe(2.5);
    expect(parseDecimal('-1')).toBe(-1);
    expect(parseDecimal('1.234,5')).toBeNull();
  });
});

describe('parseYesNo', () => {
  it('reads ja/nee spellings, empty as nee', () => {
    expect([parseYesNo('Ja'), parseYesNo('j'), parseYesNo(''), parseYesNo('NEE'), parseYesNo('misschien')]).toEqual([true, true, false, false, null]);
  });
});

describe('BSN', () => {
  it('applies the elfproef: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 and not 0', () => {
    // 1*9 + 2*8 + 3*7 + 4*6 + 5*5 + 6*4 + 7*3 + 8*2 = 156; 156 - 2 = 154 = 14 * 11
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false); // 156 - 9 = 147, not divisible by 11
    expect(passesElfproef('000000000')).toBe(false); // sum 0 is excluded
  });

  it('left-pads an 8-digit BSN that lost its leading zero', () => {
    expect(normaliseBsn('12345672')).toBe('012345672');
    expect(normaliseBsn(' 123456782 ')).toBe('123456782');
    expect(normaliseBsn('1234567')).toBeNull();
    expect(normaliseBsn('1234567890')).toBeNull();
    expect(normaliseBsn('12345678a')).toBeNull();
  });
});
