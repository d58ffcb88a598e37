import { describe, expect, test } from 'vitest';
import { targetSeries, type TargetRow } from '../../../dashboard/data/raad-targets.js';

const row = (maand: string, waarde: number, pad: number, op_koers: boolean): TargetRow =>
  ({ target_id: 'eigen_doel', naam: 'Eigen doel', maand, waarde, pad, op_koers, figuur: null, rang: 1 });

describe('targetSeries', () => {
  test('a reduction path that starts from a small baseline is not shown: it would reveal the baseline', async () => {
    // baseline 3 -> path 3, 2.9293 (= 3 * 0.75^(1/12)): printing 3 would print the hidden value
    const [series] = await targetSeries([row('2025-09', 3, 3, true), row('2025-10', 6, 2.9293, false)], new Map(), 4);
    expect(series.reeks.map((p) => [p.waarde.label, p.pad])).toEqual([['<5', null], ['6', null]]);
  });

  test('a fixed path (zero target) reveals nothing and stays', async () => {
    const [series] = await targetSeries([row('2025-09', 2, 0, false), row('2025-10', 0, 0, true)], new Map(), 4);
    expect(series.reeks.map((p) => [p.waarde.label, p.pad, p.op_koers])).toEqual([['<5', 0, false], ['0', 0, true]]);
  });

  test('a small value under a path of at least 4 is on track whatever it is; between 1 and 4 it cannot be judged', async () => {
    const [series] = await targetSeries(
      [row('2025-09', 9, 9, true), row('2025-10', 3, 4.5, true), row('2025-11', 3, 2.5, false)],
      new Map(),
      4,
    );
    expect(series.reeks.map((p) => p.op_koers)).toEqual([true, true, null]);
  });

  test('a run re-made from a later month starts the path again there: that month is a baseline too', async () => {
    // September 9 on a path of 9 (first run); the re-run from October starts at October's value:
    // 3 on a path of 3. October is "<5", and its path value would print it, so no month shows a path.
    const rerun = [row('2025-09', 9, 9, true), row('2025-10', 3, 3, true), row('2025-11', 6, 2.9293, false)];
    const [hiddenStart] = await targetSeries(rerun, new Map(), 4);
    expect(hiddenStart.reeks.map((p) => p.pad)).toEqual([null, null, null]);
    expect(hiddenStart.basismaanden).toEqual([]);
    // with October at 7 (shown) both starts are public and the path stays, naming both
    const [shownStart] = await targetSeries([rerun[0], row('2025-10', 7, 7, true), rerun[2]], new Map(), 4);
    expect(shownStart.reeks.map((p) => p.pad)).toEqual([9, 7, 2.9293]);
    expect(shownStart.basismaanden).toEqual(['2025-09', '2025-10']);
  });
});
