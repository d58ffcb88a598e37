import { describe, expect, it } from 'vitest';
import { lastOnOrBefore, peildatum, schoolDays } from '../../pipeline/generate/calendar.js';
import { formatDay, parseIso } from '../../pipeline/generate/dates.js';

const midden = schoolDays('midden', []);
const isSchoolDay = (iso: string) => midden.includes(parseIso(iso));

describe('school days of regio midden', () => {
  it('start school year 2024-2025 on Monday 26 August (zomervakantie midden until 25 August)', () => {
    expect(isSchoolDay('2024-08-23')).toBe(false);
    expect(isSchoolDay('2024-08-26')).toBe(true);
    expect(formatDay(midden[0], 'iso')).toBe('2024-08-26');
  });

  it('leave out holidays, feestdagen and weekends', () => {
    expect(isSchoolDay('2026-10-21')).toBe(false); // herfstvakantie midden 17-25 October 2026
    expect(isSchoolDay('2026-05-14')).toBe(false); // Hemelvaart
    expect(isSchoolDay('2026-05-15')).toBe(false); // the Friday after
    expect(isSchoolDay('2026-05-13')).toBe(true);
    expect(isSchoolDay('2026-10-24')).toBe(false); // Saturday
  });

  it('put the last school day before the peildatum on Friday 30 October and W4 back to 28 September', () => {
    const last = lastOnOrBefore(midden, peildatum);
    expect(formatDay(midden[last], 'iso')).toBe('2026-10-30');
    // 20 school days: 26-30 Oct, 12-16 Oct, 5-9 Oct, 28 Sep-2 Oct.
    expect(formatDay(midden[last - 19], 'iso')).toBe('2026-09-28');
  });

  it('drop a school free day (studiedag)', () => {
    const withStudiedag = schoolDays('midden', [parseIso('2026-10-30')]);
    expect(formatDay(withStudiedag[lastOnOrBefore(withStudiedag, peildatum)], 'iso')).toBe('2026-10-29');
  });
});
