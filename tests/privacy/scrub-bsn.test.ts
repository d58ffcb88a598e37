// pipeline/privacy/scrub-bsn.ts: every whole run of 8 or 9 digits that passes the elfproef after
// left-padding becomes [BSN verwijderd]; longer runs and other numbers stay.

import { describe, expect, it } from 'vitest';
import { couldBeBsn, scrubBsn } from '../../pipeline/privacy/scrub-bsn.js';

describe('scrubBsn', () => {
  it.each([
    // 444978690: 9*4+8*4+7*4+6*9+5*7+4*8+3*6+2*9-0 = 253 = 23 x 11
    ["geboortedatum '444978690' is geen bestaande datum", "geboortedatum '[BSN verwijderd]' is geen bestaande datum"],
    // 12345672 -> 012345672: 0+8+14+18+20+20+18+14-2 = 110 = 10 x 11
    ['kolom 12345672', 'kolom [BSN verwijderd]'],
    // 12345678 -> 0+8+14+18+20+20+18+14-8 = 104, not a multiple of 11
    ['12345678', '12345678'],
    // 000000000: sum 0, not a BSN
    ['000000000', '000000000'],
    // ten digits (a phone number, an account number): not a BSN, kept whole
    ['0612345678 en 1234567820', '0612345678 en 1234567820'],
    ['regel 123456782;111222333;x', 'regel [BSN verwijderd];[BSN verwijderd];x'],
  ])('%j -> %j', (text, scrubbed) => {
    expect(scrubBsn(text)).toBe(scrubbed);
  });

  it('judges whole digit runs only', () => {
    expect(couldBeBsn('123456782')).toBe(true);
    expect(couldBeBsn('12345672')).toBe(true);
    expect(couldBeBsn('1234567')).toBe(false); // 7 digits
    expect(couldBeBsn('1234567820')).toBe(false); // 10 digits
  });
});
