import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../dashboard/data/csv.js';

describe('toCsv', () => {
  test('BOM, semicolons, CRLF, decimal comma, empty cells for null', () => {
    const csv = toCsv([{ id: 'L1', aanwezigheid: 0.957, uren: 16, leeg: null, officieel: true }]);
    expect(csv).toBe('\uFEFFid;aanwezigheid;uren;leeg;officieel\r\nL1;0,957;16;;ja\r\n');
  });

  test('text that Excel would run as a formula gets an apostrophe; numbers stay numbers', () => {
    const csv = toCsv([
      { v: '=HYPERLINK("x")' }, { v: '+31 6 1234' }, { v: '-2+3' }, { v: '@SUM(A1)' }, { v: '\t=1' }, { v: -4 }, { v: 'a=b' }, { v: '-' },
    ]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""x"")"`, "'+31 6 1234", "'-2+3", "'@SUM(A1)", "'\t=1", '-4', 'a=b', '-',
    ]);
  });

  test('a cell with ; or a quote or a newline is quoted, quotes doubled', () => {
    expect(toCsv([{ v: 'a;b' }, { v: 'x\ny' }, { v: 'zeg "hoi"' }]).split('\r\n').slice(1, 4)).toEqual(['"a;b"', '"x\ny"', '"zeg ""hoi"""']);
  });
});
