// The audit on small hand-made pages; each range worked out by hand in the comment.

import { describe, expect, test } from 'vitest';
import { audit, type PublishedFigure, type Relation } from '../../../../dashboard/data/disclosure/audit.js';

const shown = (aantal: number): PublishedFigure => ({ aantal });
const small: PublishedFigure = { aantal: null, verborgen: 'klein' };
const cross: PublishedFigure = { aantal: null, verborgen: 'afgeleid' };
const dash: PublishedFigure = { aantal: null, verborgen: 'weggelaten' };
const sum = (total: string, ...parts: string[]): Relation => ({ kind: 'sum', total, parts });

describe('audit', () => {
  test('11 = 8 + "<5": the hidden part is 11 - 8 = 3, pinned, and its range (3..3) is 0 wide', async () => {
    const findings = await audit({ figures: { t: shown(11), a: shown(8), b: small }, relations: [sum('t', 'a', 'b')] }, 4);
    expect(findings).toEqual([{ cell: 'b', rule: 'vastgepind' }, { cell: 'b', rule: 'te smal' }]);
  });

  test('12 = "<5" + "<5" + 7: a + b = 5, so a is 1..4 with the labels and 0..5 (5 wide) without: safe', async () => {
    const figures = { t: shown(12), a: small, b: small, c: shown(7) };
    expect(await audit({ figures, relations: [sum('t', 'a', 'b', 'c')] }, 4)).toEqual([]);
  });

  test('8 = "<5" + "<5": both parts are at most 4, so both are 4: pinned by the labels alone', async () => {
    const findings = await audit({ figures: { t: shown(8), a: small, b: small }, relations: [sum('t', 'a', 'b')] }, 4);
    expect(findings).toEqual([{ cell: 'a', rule: 'vastgepind' }, { cell: 'b', rule: 'vastgepind' }]);
  });

  test('6 = "<5" + "×": × is at least 5 (a zero is never hidden), so × = 5 and the small part = 1', async () => {
    const findings = await audit({ figures: { t: shown(6), a: small, x: cross }, relations: [sum('t', 'a', 'x')] }, 4);
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['a vastgepind', 'x vastgepind']);
  });

  test('a "<5" total of four "<5" parts: every part is 1; with one part "*" (no hint) the rest is 1..2', async () => {
    // t <= 4 and four parts >= 1: t = 4 and each part 1. With d as "*" (>= 0): a + b + c >= 3,
    // so t is 3..4, a, b, c are 1..2 and d is 0..1: nothing is pinned to one number.
    const pinned = await audit({ figures: { t: small, a: small, b: small, c: small, d: small }, relations: [sum('t', 'a', 'b', 'c', 'd')] }, 4);
    expect(pinned.map((f) => f.cell)).toEqual(['t', 'a', 'b', 'c', 'd']);
    const loosened = await audit({ figures: { t: small, a: small, b: small, c: small, d: dash }, relations: [sum('t', 'a', 'b', 'c', 'd')] }, 4);
    expect(loosened).toEqual([]);
  });

  test('a shown target path gives the value of the month it starts from: a hidden start is pinned', async () => {
    // officieel 9 = 4 weeks "<5" + 3 months "×", and the path starts at the 3 months figure, 6
    const figures = { t: shown(9), a: small, b: cross };
    const relations: Relation[] = [sum('t', 'a', 'b'), { kind: 'value', cell: 'b', value: 6 }];
    expect((await audit({ figures, relations }, 4)).map((f) => `${f.cell} ${f.rule}`)).toEqual(['a vastgepind', 'b vastgepind', 'a te smal']);
  });

  test('a figure that a relation names but the page does not publish is unknown (>= 0), not zero', async () => {
    // t = a + b with b not on the page: a (small) is anything from 0 to 20 without the labels
    expect(await audit({ figures: { t: shown(20), a: small }, relations: [sum('t', 'a', 'b')] }, 4)).toEqual([]);
  });

  test('figures that no values can satisfy are reported as contradicting, cell by cell', async () => {
    // 6 = 9 + "<5" needs the small part to be -3
    expect(await audit({ figures: { t: shown(6), a: shown(9), b: small }, relations: [sum('t', 'a', 'b')] }, 4)).toEqual([{ cell: 'b', rule: 'tegenstrijdig' }]);
  });
});
