import { describe, expect, it } from 'vitest';
import { onTrack, targetPath } from '../../pipeline/monitor/target-path.js';
import { parseTargets } from '../../pipeline/monitor/targets.js';
import { UserError } from '../../pipeline/user-error.js';

const [perYear, overPeriod, fixed] = parseTargets({
  targets: [
    { id: 'g4', naam: 'G4', metric: { fase: '3', officieel: 'ja' }, baseline: null, reductionPerYear: 0.25 },
    { id: 'motie', naam: 'Motie', metric: { fase: '3' }, baseline: null, reductionOverPeriod: 0.5, endMonth: '2026-01' },
    { id: 'nul', naam: 'Nul', metric: { fase: '3', duur: '>3m', passend_aanbod: 'nee' }, baseline: null, fixedValue: 0 },
  ],
});
const context = { baselineMonth: '2025-01', baselineValue: 80 };

describe('the target path (classification.md §6)', () => {
  it('falls 25% a year: 80, 60 after twelve months, 80 * 0.75^0.5 = 69.28 after six', () => {
    expect(targetPath(perYear, '2025-01', context)).toBe(80);
    expect(targetPath(perYear, '2026-01', context)).toBeCloseTo(60, 9);
    expect(targetPath(perYear, '2025-07', context)).toBeCloseTo(69.282, 3);
  });

  it('reaches half the baseline at its end month for a reduction over the period, and stays there', () => {
    // baseline 2025-01, end 2026-01: 12 months
    expect(targetPath(overPeriod, '2025-01', context)).toBe(80);
    expect(targetPath(overPeriod, '2025-07', context)).toBeCloseTo(56.569, 3); // 80 * 0.5^(6/12)
    expect(targetPath(overPeriod, '2026-01', context)).toBe(40); // 80 * 0.5
    expect(targetPath(overPeriod, '2027-03', context)).toBe(40); // after the end month: 80 * (1 - 0.5)
  });

  it('is the fixed value in every month', () => {
    expect(targetPath(fixed, '2025-09', context)).toBe(0);
  });

  it('is on track at or below the path', () => {
    expect(onTrack(60, 60)).toBe(true);
    expect(onTrack(61, 60.5)).toBe(false);
  });
});

describe('targets files', () => {
  it('accept the project default, and refuse what the monitor cannot compute', () => {
    const bad = (target: object) => () => parseTargets({ targets: [{ id: 't', naam: 't', metric: { fase: '3' }, baseline: null, ...target }] });
    expect(bad({ reductionPerYear: 0.1 })).not.toThrow();
    expect(bad({})).toThrow(UserError); // no kind
    expect(bad({ reductionPerYear: 0.1, fixedValue: 0 })).toThrow(UserError); // two kinds
    expect(bad({ reductionPerYear: 1.5 })).toThrow(UserError);
    expect(bad({ baseline: '2025-13', fixedValue: 0 })).toThrow(UserError);
    expect(bad({ metric: { sector: 'VO', reden: 'psychisch' }, fixedValue: 0 })).toThrow(/hooguit één uitsplitsing/);
    // 1.1: a reduction over a period names its end month, and only it does
    expect(bad({ reductionOverPeriod: 0.5, endMonth: '2026-07' })).not.toThrow();
    expect(bad({ reductionOverPeriod: 0.5 })).toThrow(/endMonth/);
    expect(bad({ reductionOverPeriod: 0.5, endMonth: '2026-7' })).toThrow(/endMonth/);
    expect(bad({ reductionPerYear: 0.1, endMonth: '2026-07' })).toThrow(/endMonth/);
  });
});
