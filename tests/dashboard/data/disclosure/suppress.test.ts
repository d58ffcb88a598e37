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

describe('suppress, checked by the audit', () => {
  test('a headline total goes last: with two splits of 10, the parts beside each small one go instead', async () => {
    // 10 = a 3 + b 7 = p 3 + q 7; t costs 1000, a/b 10, p/q 1. The 3s are small; in each line the
    // lone hidden 3 takes its cheaper neighbour (b, q), never t. Then a + b = 10 with a in 1..4
    // and b >= 5 leaves a 1..4 (0..10 without labels): the audit passes.
    const shown = await suppress(
      { t: 10, a: 3, b: 7, p: 3, q: 7 },
      [{ total: 't', parts: ['a', 'b'] }, { total: 't', parts: ['p', 'q'] }],
      { upTo: 4, cost: { t: 1000, a: 10, b: 10, p: 1, q: 1 } },
    );
    expect(Object.fromEntries(Object.entries(shown).map(([k, f]) => [k, f.label]))).toEqual({ t: '10', a: '<5', b: '×', p: '<5', q: '×' });
  });

  test('8 = 4 + 4: two "<5" parts of a shown 8 are both 4, so the total goes too', async () => {
    // no line has a lone hidden member, but the audit pins a and b to 4; t is the only shown
    // figure left, so t becomes "×" (at least 5): a + b = t >= 5 leaves a and b 1..4
    const shown = await suppress({ t: 8, a: 4, b: 4 }, [{ total: 't', parts: ['a', 'b'] }], { upTo: 4 });
    expect([shown.t.label, shown.a.label, shown.b.label]).toEqual(['×', '<5', '<5']);
  });

  test('a "<5" total of four parts of 1: the labels alone pin them, so the cheapest part is shown as "*"', async () => {
    // t = 4 and a, b, c, d = 1, all "<5": four parts of at least 1 under a total of at most 4
    // are all 1. Nothing shown is left to hide; a (cost 1, first) loses its label: t is then
    // 3..4, b, c, d 1..2, a 0..1.
    const shown = await suppress(
      { t: 4, a: 1, b: 1, c: 1, d: 1 },
      [{ total: 't', parts: ['a', 'b', 'c', 'd'] }],
      { upTo: 4, cost: { t: 100 } },
    );
    expect([shown.t.label, shown.a.label, shown.b.label, shown.c.label, shown.d.label]).toEqual(['<5', '*', '<5', '<5', '<5']);
    expect(shown.a).toEqual({ aantal: null, label: '*', verborgen: 'weggelaten' });
  });
});

describe('suppress, with what a reader knows from another page', () => {
  test('a published lower bound on a hidden total: the part beside the small one goes too', async () => {
    // t 14 = a 4 + b 10; t costs 1, b 100. Alone: the lone "<5" takes t with it (cheapest), and
    // a = t - 10 with t >= 5 leaves a 1..4. Another page says t >= 14 (a month end of the year):
    // then a = t - 10 >= 4 is pinned to 4, so b must go as well (a + b = t >= 14, b >= 5).
    const values = { t: 14, a: 4, b: 10 };
    const lines = [{ total: 't', parts: ['a', 'b'] }];
    const cost = { t: 1, a: 1, b: 100 };
    const alone = await suppress(values, lines, { upTo: 4, cost });
    expect([alone.t.label, alone.a.label, alone.b.label]).toEqual(['×', '<5', '10']);
    const bounded = await suppress(values, lines, { upTo: 4, cost, bounds: [{ kind: 'bound', cell: 't', atLeast: 14, published: true }] });
    expect([bounded.t.label, bounded.a.label, bounded.b.label]).toEqual(['×', '<5', '×']);
  });

  test('a bound the counts do not satisfy is no knowledge and changes nothing', async () => {
    const bounded = await suppress({ t: 14, a: 4, b: 10 }, [{ total: 't', parts: ['a', 'b'] }], {
      upTo: 4, cost: { t: 1, a: 1, b: 100 }, bounds: [{ kind: 'bound', cell: 't', atLeast: 15, published: true }],
    });
    expect(bounded.b.label).toBe('10');
  });
});
