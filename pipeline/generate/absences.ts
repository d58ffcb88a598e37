// Ordinary absence: a few sick spells a year, some late arrivals, a doctor's visit, the odd
// lesson skipped. Drawn by jumping from event to event over the school days (geometric gaps),
// so the cost follows the number of absences, not the number of days.

import { type Day } from './dates.js';
import { firstOnOrAfter, lastOnOrBefore, peildatum, timelineStart } from './calendar.js';
import { type Rng, weightedPicker } from './random.js';
import { type AbsenceLayout } from './schools.js';
import { type AbsenceItem, type Enrollment } from './pupil.js';

type Event = 'sick' | 'flu' | 'sickHome' | 'late' | 'medical' | 'skip' | 'sent' | 'leave' | 'unknown' | 'suspended' | 'truant';

/** Chance per school day of each kind of absence starting, for a pupil of average proneness. */
const rates: Record<AbsenceLayout, Partial<Record<Event, number>>> = {
  perioden: { sick: 0.013, flu: 0.0004, medical: 0.006, late: 0.004, leave: 0.0015, truant: 0.0006, unknown: 0.0008 },
  lessen: { sick: 0.011, flu: 0.0004, sickHome: 0.004, late: 0.02, medical: 0.008, skip: 0.006, sent: 0.002, leave: 0.0015, unknown: 0.002, suspended: 0.0003 },
  uren: { sick: 0.012, flu: 0.0004, late: 0.02, skip: 0.012, medical: 0.005, unknown: 0.003, truant: 0.0005 },
};

const pickers = {
  perioden: weightedPicker(rates.perioden),
  lessen: weightedPicker(rates.lessen),
  uren: weightedPicker(rates.uren),
};
const totals = Object.fromEntries(Object.entries(rates).map(([k, t]) => [k, Object.values(t).reduce((a, b) => a + b, 0)])) as Record<AbsenceLayout, number>;
const spellLength = weightedPicker({ 1: 0.5, 2: 0.27, 3: 0.15, 4: 0.06, 5: 0.02 });

/** How absence-prone a pupil is: most around 1 (0.4-1.2), some up to 2, a few up to 3. */
export function proneness(rng: Rng): number {
  const u = rng.next();
  return u < 0.8 ? 0.4 + u : u < 0.97 ? 1.2 + (u - 0.8) * 4.7 : 2 + (u - 0.97) * 33;
}

function sickCode(e: Enrollment): string {
  if (e.school.layout === 'perioden') return ['Ziek', 'Z', 'ziek', 'Ziek'][e.school.flagStyle];
  return e.school.layout === 'lessen' && e.school.flagStyle % 2 === 1 ? 'ZK' : 'Z';
}

/** Ordinary absences at this enrollment's school on school days from..to (inclusive). */
export function noiseItems(rng: Rng, e: Enrollment, from: Day, to: Day, factor: number): AbsenceItem[] {
  const days = e.school.days[e.vestiging];
  const last = lastOnOrBefore(days, Math.min(to, e.tot ?? peildatum, peildatum));
  let i = firstOnOrAfter(days, Math.max(from, e.van, timelineStart));
  const pick = pickers[e.school.layout];
  const logStay = Math.log(1 - Math.min(totals[e.school.layout] * factor, 0.5));
  const n = e.school.lessons;
  const items: AbsenceItem[] = [];
  const whole = (d: Day, code: string): AbsenceItem => ({ day: d, code, full: true, from: 1, to: n });
  const part = (d: Day, code: string, first: number, lastLesson: number, hours?: number): AbsenceItem =>
    ({ day: d, code, full: false, from: first, to: Math.min(lastLesson, n), hours });

  for (;;) {
    i += Math.floor(Math.log(1 - rng.next()) / logStay);
    if (i > last) break;
    const d = days[i];
    const event = pick(rng);
    let length = 1;
    switch (event) {
      case 'sick':
      case 'flu': {
        length = event === 'flu' ? rng.int(6, 10) : Number(spellLength(rng));
        for (let k = 0; k < length && i + k <= last; k++) items.push(whole(days[i + k], sickCode(e)));
        break;
      }
      case 'sickHome': {
        const first = rng.int(2, n);
        items.push(part(d, 'ZN', first, n));
        break;
      }
      case 'late':
        items.push(e.school.layout === 'uren' ? part(d, 'TL', 1, 1, rng.pick([0.25, 0.5])) : part(d, 'TL', 1, 1));
        break;
      case 'medical': {
        const first = rng.int(1, n - 1);
        items.push(part(d, 'M', first, first + rng.int(0, 1), e.school.layout === 'uren' ? rng.int(1, 2) : undefined));
        break;
      }
      case 'skip': {
        const first = rng.int(2, n);
        const hours = rng.int(1, 3);
        items.push(part(d, rng.chance(0.7) ? 'O' : 'SP', first, first + hours - 1, e.school.layout === 'uren' ? hours : undefined));
        break;
      }
      case 'sent': {
        const lesuur = rng.int(1, n);
        items.push(part(d, 'U', lesuur, lesuur));
        break;
      }
      case 'leave':
        items.push(whole(d, 'V'));
        break;
      case 'truant':
        items.push(whole(d, e.school.layout === 'perioden' ? 'Ongeoorloofd' : 'O'));
        break;
      case 'unknown':
        // Systems export an absence without a reason either as AO or with the code left empty.
        if (e.school.layout === 'lessen') items.push(part(d, rng.chance(0.5) ? '' : 'AO', 1, rng.int(1, 3)));
        else items.push(whole(d, 'AO'));
        break;
      case 'suspended':
        length = rng.int(1, 2);
        for (let k = 0; k < length && i + k <= last; k++) items.push(whole(days[i + k], 'S'));
        break;
    }
    i += length;
  }
  return items;
}
