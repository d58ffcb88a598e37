import { describe, expect, test } from 'vitest';
import { suppress } from '../../../../dashboard/data/disclosure/suppress.js';

describe('suppress', () => {
  test('counts from 1 to 4 become "<5"; zero and 5 stay as they are', async () => {
    const shown = await suppress({ a: 0, b: 1, c: 4, d: 5 }, [], { upTo: 4 });
    expect(shown.a).toEqual({ aantal: 0, label: '0' });
    expect(shown.b).toEqual({ aantal: null, label: '<5', verborgen: 'klein' });
    expect(shown.c.label).toBe('<5');
    expect(shown.d).toEqual({ aantal: 5, label: '5' });
  });

  test('a lone hidden part of a shown total takes the smallest other part with it', async () => {
    // 11 = 8 + 3: with 11 and 8 shown, 3 would be 11 - 8.
    const shown = await suppress({ total: 11, big: 8, small: 3 }, [{ total: 'total', parts: ['big', 'small'] }], { upTo: 4 });
    expect(shown.total.label).toBe('11');
    expect(shown.small.label).toBe('<5');
    expect(shown.big).toEqual({ aantal: null, label: '×', verborgen: 'afgeleid' });
  });

  test('zeros are never used to protect: they reveal nothing', async () => {
    // 9 = 3 + 0 + 6: hiding the 0 would protect nothing, so the 6 goes.
    const shown = await suppress({ t: 9, a: 3, b: 0, c: 6 }, [{ total: 't', parts: ['a', 'b', 'c'] }], { upTo: 4 });
    expect([shown.a.label, shown.b.label, shown.c.label]).toEqual(['<5', '0', '×']);
  });

  test('two hidden parts protect each other; nothing more is hidden', async () => {
    const shown = await suppress({ t: 12, a: 2, b: 3, c: 7 }, [{ total: 't', parts: ['a', 'b', 'c'] }], { upTo: 4 });
    expect([shown.t.label, shown.a.label, shown.b.label, shown.c.label]).toEqual(['12', '<5', '<5', '7']);
  });

  test('cost decides which figure goes: a cheap breakdown cell before a headline total', async () => {
    // 11 = 5 + 6 + 0 (parts) and 11 = 9 + 2 (another split). 2 is hidden: 9 must go in the
    // second line, and then the first line is safe (no parts hidden there).
    const shown = await suppress(
      { t: 11, x: 9, y: 2 },
      [{ total: 't', parts: ['x', 'y'] }],
      { upTo: 4, cost: { t: 100, x: 1 } },
    );
    expect(shown.t.label).toBe('11');
    expect(shown.x.label).toBe('×');
  });

  test('hiding spreads through shared figures until every sum has two hidden members or none', async () => {
    // Rows: r1 = 6 (4 + 2), r2 = 12 (10 + 2); column total 18 = r1 + r2.
    // 4, 2, 2 are small. Row r2 then has one hidden (the 2): 10 goes.
    // Column "ja" = 4 + 10 = 14: both hidden, fine. Column "nee" = 2 + 2 = 4 is itself small.
    const values = { r1: 6, r1ja: 4, r1nee: 2, r2: 12, r2ja: 10, r2nee: 2, ja: 14, nee: 4, all: 18 };
    const shown = await suppress(
      values,
      [
        { total: 'r1', parts: ['r1ja', 'r1nee'] },
        { total: 'r2', parts: ['r2ja', 'r2nee'] },
        { total: 'ja', parts: ['r1ja', 'r2ja'] },
        { total: 'nee', parts: ['r1nee', 'r2nee'] },
        { total: 'all', parts: ['r1', 'r2'] },
        { total: 'all', parts: ['ja', 'nee'] },
      ],
      { upTo: 4, cost: { all: 100, ja: 50, nee: 50 } },
    );
    expect(shown.r2ja.label).toBe('×');
    // all = ja + nee: nee (4) is small, so ja (14) must go as well.
    expect(shown.ja.label).toBe('×');
    expect(shown.all.label).toBe('18');
    expect(shown.r1.label).toBe('6');
    expect(shown.r2.label).toBe('12');
  });
});
