// Planted situations decided by the register rather than by absences: not enrolled (absoluut
// verzuim), exemptions of each article, almost leerplichtig, movers, school changes, and youths
// out of scope (18, startkwalificatie). Expectations follow classification.md §2, §3.1, §3.2.
// Peildatum D = 2026-10-31; D minus 3 months = 2026-07-31; "kort" is at most 28 days.

import { type Day, addYears, day } from './dates.js';
import { birthForAge, enrollAt } from './population.js';
import {
  type Situation, type Story, expectAbsoluut, expectBijnaLeerplichtig, expectBuitenBeeld, expectEnrolled, expectVrijgesteld,
  leaveSchool, reasons, student,
} from './planted.js';

const anyAge = { PO: 5, VO: 4, SBO: 1 } as const;
const absentReasons = ['administratief', 'geen_passend_aanbod', 'wachtlijst_onderwijs', 'thuissituatie', 'onbekend'];

/** Left school on `tot` (drawn from a range) and enrolled nowhere since. */
function notEnrolled(name: string, per6000: number, totFrom: Day, totTo: Day, duur: 'kort' | '>4w' | '>3m', traject = false): Situation {
  return {
    name,
    per6000,
    build(ctx): Story {
      const s = student(ctx, anyAge);
      const tot = ctx.rng.int(totFrom, totTo);
      const { redenen, latest } = reasons(ctx.rng, tot, absentReasons);
      const trajecten = traject ? [{ soort: ctx.rng.pick(['maatwerk', 'thuiszittersinitiatief']), van: day(2026, 9, ctx.rng.int(1, 25)), tot: null }] : [];
      return {
        birth: s.birth, enrollments: leaveSchool(s, tot), redenen, trajecten,
        expectation: duur === 'kort'
          ? expectAbsoluut({ fase: '2', signaal: 'absoluut_verzuim_kort', signalen: ['absoluut_verzuim_kort'], reden: latest })
          : expectAbsoluut({ fase: '3', duur, officieel: 'ja', passend_aanbod: traject ? 'ja' : 'nee', reden: latest }),
      };
    },
  };
}

/** An exemption active on the peildatum; any schooling ended the day before it began. */
function exempt(artikel: string, per6000: number, groups: ('primair' | 'voortgezet' | 'kwalificatieplicht')[], enrolledBefore: number): Situation {
  return {
    name: `vrijstelling_${artikel}`,
    per6000,
    build(ctx): Story {
      const group = ctx.rng.pick(groups);
      const s = group === 'primair' ? student(ctx, { PO: 3, SO: 1 })
        : group === 'voortgezet' ? student(ctx, { VO: 3, VSO: 1 })
        : student(ctx, { VO: 1 }, [16, 17]);
      // Art. 3a concerns the kwalificatieplicht: it starts at 16 at the earliest.
      const earliest = addYears(s.birth, group === 'kwalificatieplicht' ? 16 : 5);
      const van = Math.max(ctx.rng.int(day(2023, 9, 1), day(2026, 6, 30)), earliest);
      const tot = ctx.rng.chance(0.7) ? null : day(2027, 7, 31);
      return {
        birth: s.birth,
        enrollments: ctx.rng.chance(enrolledBefore) ? leaveSchool(s, van - 1) : [],
        vrijstellingen: [{ artikel, van, tot }],
        expectation: expectVrijgesteld(artikel),
      };
    },
  };
}

export const registerSituations: Situation[] = [
  {
    // Moved here in the last three weeks and not yet at a school: start is the day of moving in.
    name: 'niet_ingeschreven_kort_verhuisd',
    per6000: 4,
    build(ctx): Story {
      const birth = birthForAge(ctx.rng, 7, 15);
      return {
        birth, inSince: ctx.rng.int(day(2026, 10, 12), day(2026, 10, 20)), enrollments: [],
        expectation: expectAbsoluut({ fase: '2', signaal: 'absoluut_verzuim_kort', signalen: ['absoluut_verzuim_kort'] }),
      };
    },
  },
  notEnrolled('niet_ingeschreven_kort_uitgeschreven', 5, day(2026, 10, 9), day(2026, 10, 16), 'kort'),
  notEnrolled('niet_ingeschreven_lang_3m', 6, day(2026, 4, 10), day(2026, 6, 30), '>3m'),
  notEnrolled('niet_ingeschreven_lang_4w', 5, day(2026, 9, 4), day(2026, 9, 25), '>4w'),
  notEnrolled('niet_ingeschreven_traject', 3, day(2026, 3, 1), day(2026, 6, 30), '>3m', true),
  {
    // Moved here months ago and never enrolled: start is the day of moving in.
    name: 'niet_ingeschreven_nooit',
    per6000: 4,
    build(ctx): Story {
      const birth = birthForAge(ctx.rng, 7, 15);
      return {
        birth, inSince: ctx.rng.int(day(2025, 11, 1), day(2026, 5, 31)), enrollments: [],
        expectation: expectAbsoluut({ fase: '3', duur: '>3m', officieel: 'ja', passend_aanbod: 'nee' }),
      };
    },
  },
  exempt('5a', 18, ['primair', 'voortgezet'], 0.5),
  exempt('5b', 5, ['primair', 'voortgezet'], 0),
  exempt('5c', 8, ['primair', 'voortgezet'], 1),
  exempt('15', 4, ['voortgezet'], 1),
  exempt('3a', 4, ['kwalificatieplicht'], 1),
  {
    // A 5a exemption that ended 2026-08-31; no school since: 61 days on the peildatum, so >4w.
    name: 'vrijstelling_verlopen',
    per6000: 3,
    build(ctx): Story {
      const s = student(ctx, { PO: 1 }, [8, 11]);
      return {
        birth: s.birth, enrollments: leaveSchool(s, day(2024, 8, 31)),
        vrijstellingen: [{ artikel: '5a', van: day(2024, 9, 1), tot: day(2026, 8, 31) }],
        expectation: expectAbsoluut({ fase: '3', duur: '>4w', officieel: 'ja', passend_aanbod: 'nee' }),
      };
    },
  },
  {
    // Fifth birthday in October-December 2026: leerplichtig from 1 November 2026 to 1 January 2027.
    name: 'bijna_leerplichtig',
    per6000: 12,
    build(ctx): Story {
      return { birth: ctx.rng.int(day(2021, 10, 5), day(2021, 12, 20)), enrollments: [], expectation: expectBijnaLeerplichtig() };
    },
  },
  {
    name: 'bijna_leerplichtig_ingeschreven',
    per6000: 6,
    build(ctx): Story {
      const birth = ctx.rng.int(day(2021, 10, 5), day(2021, 12, 20));
      return { birth, enrollments: [enrollAt(ctx.rng, ctx.bySector, 'PO', addYears(birth, 4) + 1, null)], expectation: expectBuitenBeeld() };
    },
  },
  {
    name: 'verhuisd_in',
    per6000: 30,
    build(ctx): Story {
      const s = student(ctx, { PO: 5, VO: 4, MBO: 1 });
      const inSince = ctx.rng.int(day(2025, 9, 1), day(2026, 6, 30));
      const enrollments = s.enrollments
        .filter((e) => e.tot === null || e.tot >= inSince)
        .map((e) => (e.van < inSince ? { ...e, van: inSince + ctx.rng.int(0, 7) } : e));
      return { birth: s.birth, inSince, enrollments, expectation: expectEnrolled(enrollments[enrollments.length - 1], { fase: '1' }) };
    },
  },
  {
    name: 'verhuisd_uit',
    per6000: 30,
    build(ctx): Story {
      const s = student(ctx, { PO: 5, VO: 4, MBO: 1 });
      const outFrom = ctx.rng.int(day(2025, 10, 1), day(2026, 9, 30));
      return { birth: s.birth, outFrom, enrollments: leaveSchool(s, outFrom - 1), expectation: expectBuitenBeeld() };
    },
  },
  {
    // Referred from primary to special (basis)onderwijs, or between VO schools, during 2025-2026.
    name: 'schoolwissel',
    per6000: 20,
    build(ctx): Story {
      const s = student(ctx, { PO: 1, VO: 1 });
      const tot = ctx.rng.int(day(2026, 1, 12), day(2026, 3, 27));
      const next = s.current.school.sector === 'PO' ? ctx.rng.pick(['SBO', 'SO'] as const) : ctx.rng.pick(['VO', 'VSO'] as const);
      const to = enrollAt(ctx.rng, ctx.bySector, next, tot + ctx.rng.int(1, 10), null);
      return { birth: s.birth, enrollments: [...leaveSchool(s, tot), to], expectation: expectEnrolled(to, { fase: '1' }) };
    },
  },
  {
    // Primary school never closed the enrollment after the move to VO: the latest van counts (§1).
    name: 'schoolwissel_overlap',
    per6000: 8,
    build(ctx): Story {
      const s = student(ctx, { VO: 1 }, [12, 12]);
      const enrollments = s.enrollments.map((e) => (e.school.sector === 'PO' ? { ...e, tot: null } : e));
      return { birth: s.birth, enrollments, expectation: expectEnrolled(s.current, { fase: '1' }) };
    },
  },
  {
    name: 'achttien',
    per6000: 12,
    build(ctx): Story {
      const s = student(ctx, { MBO: 1 }, [18, 18]);
      return { birth: s.birth, enrollments: s.enrollments, expectation: expectBuitenBeeld() };
    },
  },
  {
    // Havo diploma in July 2026; some went on to MBO anyway. Out of scope either way (§2).
    name: 'startkwalificatie',
    per6000: 25,
    build(ctx): Story {
      const s = student(ctx, { VO: 1 }, [17, 17]);
      const enrollments = leaveSchool(s, day(2026, 7, 31));
      if (ctx.rng.chance(0.3)) enrollments.push(enrollAt(ctx.rng, ctx.bySector, 'MBO', day(2026, 8, 1), null));
      return { birth: s.birth, startkwalificatie: day(2026, 7, ctx.rng.int(6, 10)), enrollments, expectation: expectBuitenBeeld() };
    },
  },
];
