// Planted situations of enrolled pupils, each an absence pattern at the school of the enrollment
// active on the peildatum (2026-10-31, a Saturday; the last school day is Friday 2026-10-30, the
// herfstvakantie of regio midden is 17-25 October). Index L below is that last school day.
// Expectations follow classification.md §3.3 (streaks) and §3.4 (signals).

import { type Day, day, weekday } from './dates.js';
import { type PlantContext, type Situation, type Story, codeFor, expectEnrolled, fullDays, indexFrom, lastIndex, partDays, reasons, student } from './planted.js';
import { type AbsenceItem, type Enrollment } from './pupil.js';

const trajectSoorten = ['onderwijs-zorg', 'maatwerk', 'thuiszittersinitiatief'] as const;
const schoolReasons = ['schoolfactoren', 'gedrag', 'thuissituatie', 'psychisch', 'geen_passend_aanbod', 'wachtlijst_onderwijs'];
const sickReasons = ['psychisch', 'lichamelijk', 'wachtlijst_zorg'];
const firstDay2026 = day(2026, 8, 31); // first school day of 2026-2027 in regio midden

interface Streak {
  /** Streak start is drawn between these dates (both well clear of D minus 3 months = 2026-07-31). */
  from: Day;
  to: Day;
  category: 'ongeoorloofd' | 'ziek' | 'geoorloofd';
}

/** A run of fully absent school days from S through the last school day before the peildatum. */
function longAbsence(ctx: PlantContext, sectors: Parameters<typeof student>[1], streak: Streak) {
  const s = student(ctx, sectors);
  const e = s.current;
  const start = indexFrom(e, ctx.rng.int(streak.from, streak.to));
  const days = e.school.days[e.vestiging];
  // A long unauthorised absence shows up partly as 'no reason given' (onbekend), which counts the same.
  const code = streak.category === 'ongeoorloofd' && e.school.layout !== 'perioden'
    ? (d: Day) => (d % 5 === 0 ? codeFor(e, 'onbekend') : codeFor(e, 'ongeoorloofd'))
    : () => codeFor(e, streak.category);
  const items = fullDays(e, start, lastIndex(e), code);
  return { s, e, streakStart: days[start], items };
}

interface Span {
  from: Day;
  to: Day;
  duur: '>3m' | '>4w';
}

const threeMonths: Span = { from: day(2026, 2, 23), to: day(2026, 4, 15), duur: '>3m' };
const fourWeeks: Span = { from: day(2026, 9, 7), to: day(2026, 9, 21), duur: '>4w' };

function unauthorised(name: string, per6000: number, span: Span, traject: 'geen' | 'actief' | 'afgelopen'): Situation {
  return {
    name,
    per6000,
    build(ctx): Story {
      const { s, e, streakStart, items } = longAbsence(ctx, { VO: 6, MBO: 2, PO: 1, VSO: 1 }, { ...span, category: 'ongeoorloofd' });
      const { redenen, latest } = reasons(ctx.rng, streakStart, schoolReasons);
      const trajecten = traject === 'geen' ? [] : [{
        soort: ctx.rng.pick(trajectSoorten),
        van: Math.min(streakStart + ctx.rng.int(20, 60), day(2026, 10, 1)),
        tot: traject === 'afgelopen' ? day(2026, 9, 30) : ctx.rng.chance(0.5) ? null : day(2027, 2, 28),
      }];
      return {
        birth: s.birth, enrollments: s.enrollments, redenen, trajecten, planted: [{ enrollment: e, items }],
        expectation: expectEnrolled(e, {
          fase: '3', duur: span.duur, officieel: 'ja', passend_aanbod: traject === 'actief' ? 'ja' : 'nee',
          signaal: 'verzuim_16u', signalen: ['aanwezigheid_laag', 'verzuim_16u'], streak_start: streakStart, reden: latest,
        }),
      };
    },
  };
}

function longSick(name: string, per6000: number, span: Span): Situation {
  return {
    name,
    per6000,
    build(ctx): Story {
      const { s, e, streakStart, items } = longAbsence(ctx, { VO: 6, VSO: 2, PO: 2, MBO: 1 }, { ...span, category: 'ziek' });
      const { redenen, latest } = reasons(ctx.rng, streakStart, sickReasons);
      const withCare = ctx.rng.chance(0.25);
      const trajecten = withCare ? [{ soort: 'onderwijs-zorg', van: Math.min(streakStart + 30, day(2026, 10, 1)), tot: null }] : [];
      return {
        birth: s.birth, enrollments: s.enrollments, redenen, trajecten, planted: [{ enrollment: e, items }],
        expectation: expectEnrolled(e, {
          fase: '3', duur: span.duur, officieel: 'nee', passend_aanbod: withCare ? 'ja' : 'nee',
          signaal: 'langdurig_ziek', signalen: ['aanwezigheid_laag', 'langdurig_ziek', 'ziek_lang'], streak_start: streakStart, reden: latest,
        }),
      };
    },
  };
}

/** Everything below is a pattern on the school days before the peildatum, drawn per pupil. */
function pattern(
  name: string,
  per6000: number,
  sectors: Parameters<typeof student>[1],
  expected: { signalen: string[]; signaal: string },
  items: (e: Enrollment, L: number, ctx: PlantContext) => AbsenceItem[],
  options: { aangepast?: boolean; reasons?: string[]; traject?: number } = {},
): Situation {
  return {
    name,
    per6000,
    build(ctx): Story {
      const s = student(ctx, sectors);
      const e = s.current;
      if (options.aangepast) e.aangepast = true;
      const planted = items(e, lastIndex(e), ctx);
      const { redenen, latest } = options.reasons ? reasons(ctx.rng, planted[0]?.day ?? day(2026, 9, 1), options.reasons) : { redenen: [], latest: '' };
      const trajecten = options.traject && ctx.rng.chance(options.traject)
        ? [{ soort: 'maatwerk', van: day(2026, 9, ctx.rng.int(1, 20)), tot: null }] : [];
      return {
        birth: s.birth, enrollments: s.enrollments, redenen, trajecten, planted: [{ enrollment: e, items: planted }],
        expectation: expectEnrolled(e, { fase: expected.signalen.length > 0 ? '2' : '1', ...expected, reden: latest }),
      };
    },
  };
}

/** Partial days: the last lesuren of every school day since the start of 2026-2027. */
function partial(e: Enrollment, L: number, category: 'ongeoorloofd' | 'geoorloofd') {
  const from = indexFrom(e, firstDay2026);
  const code = codeFor(e, category);
  const n = e.school.lessons;
  if (e.school.layout === 'uren') return partDays(e, from, L, 1, 4, code, category === 'ongeoorloofd' ? 3.5 : 2.5);
  const missed = category === 'ongeoorloofd' ? (e.school.layout === 'lessen' ? 4 : 3) : (e.school.layout === 'lessen' ? 3 : 2);
  return partDays(e, from, L, n - missed + 1, n, code);
}

export const verzuimSituations: Situation[] = [
  unauthorised('ongeoorloofd_lang_3m', 10, threeMonths, 'geen'),
  unauthorised('ongeoorloofd_lang_4w', 8, fourWeeks, 'geen'),
  unauthorised('ongeoorloofd_lang_traject', 5, threeMonths, 'actief'),
  unauthorised('ongeoorloofd_lang_traject_afgelopen', 2, threeMonths, 'afgelopen'),
  longSick('langdurig_ziek_3m', 10, { from: day(2025, 11, 3), to: day(2026, 4, 15), duur: '>3m' }),
  longSick('langdurig_ziek_4w', 5, fourWeeks),
  {
    // Ziekgemeld for the first lesuren, skipping the rest: under half unauthorised, so not official.
    name: 'langdurig_ziek_deels_ongeoorloofd',
    per6000: 3,
    build(ctx): Story {
      const s = student(ctx, { VO: 1 });
      const e = s.current;
      const start = indexFrom(e, ctx.rng.int(fourWeeks.from, fourWeeks.to));
      const sick = partDays(e, start, lastIndex(e), 1, 4, codeFor(e, 'ziek'));
      const away = partDays(e, start, lastIndex(e), 5, e.school.lessons, codeFor(e, 'ongeoorloofd'));
      const items = sick.flatMap((item, i) => [item, away[i]]);
      return {
        birth: s.birth, enrollments: s.enrollments, planted: [{ enrollment: e, items }],
        expectation: expectEnrolled(e, {
          fase: '3', duur: '>4w', officieel: 'nee', passend_aanbod: 'nee', signaal: 'langdurig_ziek',
          signalen: ['aanwezigheid_laag', 'langdurig_ziek', 'verzuim_16u', 'ziek_lang'], streak_start: e.school.days[e.vestiging][start],
        }),
      };
    },
  },
  {
    name: 'langdurig_geoorloofd',
    per6000: 4,
    build(ctx): Story {
      const { s, e, streakStart, items } = longAbsence(ctx, { VO: 3, PO: 2, SO: 1 }, { from: day(2026, 9, 7), to: day(2026, 9, 14), category: 'geoorloofd' });
      const { redenen, latest } = reasons(ctx.rng, streakStart, ['lichamelijk', 'wachtlijst_zorg']);
      return {
        birth: s.birth, enrollments: s.enrollments, redenen, planted: [{ enrollment: e, items }],
        expectation: expectEnrolled(e, {
          fase: '3', duur: '>4w', officieel: 'nee', passend_aanbod: 'nee', signaal: 'langdurig_geoorloofd',
          signalen: ['aanwezigheid_laag', 'langdurig_geoorloofd'], streak_start: streakStart, reden: latest,
        }),
      };
    },
  },
  pattern('gedeeltelijk_aanwezig_ongeoorloofd', 8, { VO: 4, PO: 2, SBO: 1, MBO: 1 },
    { signaal: 'aanwezigheid_laag', signalen: ['aanwezigheid_laag', 'verzuim_16u'] },
    (e, L) => partial(e, L, 'ongeoorloofd'), { reasons: schoolReasons }),
  pattern('gedeeltelijk_aanwezig_geoorloofd', 6, { SO: 2, PO: 2, VSO: 1, VO: 1 },
    { signaal: 'aanwezigheid_laag', signalen: ['aanwezigheid_laag'] },
    (e, L) => partial(e, L, 'geoorloofd'), { reasons: ['psychisch', 'lichamelijk'], traject: 0.5 }),
  // Whole days away except Wednesdays (no studiedag falls on one), so no streak exceeds 4 days.
  pattern('sporadisch_aanwezig', 12, { VO: 5, MBO: 2, PO: 1 },
    { signaal: 'aanwezigheid_laag', signalen: ['aanwezigheid_laag', 'verzuim_16u'] },
    (e, L) => fullDays(e, indexFrom(e, firstDay2026), L, () => codeFor(e, 'ongeoorloofd'), (d) => weekday(d) !== 3),
    { reasons: schoolReasons }),
  // Five sick days 10-12 school days apart, all within W12, two of them within W4 (10% of hours).
  pattern('ziek_frequent', 20, { PO: 4, VO: 3, SBO: 1 },
    { signaal: 'ziek_frequent', signalen: ['ziek_frequent'] },
    (e, L) => [2, 12, 24, 36, 48].flatMap((k) => fullDays(e, L - k, L - k, () => codeFor(e, 'ziek'))).reverse()),
  // Nine sick school days ending a week before the peildatum.
  pattern('ziek_lang', 15, { PO: 3, VO: 3, MBO: 1 },
    { signaal: 'ziek_lang', signalen: ['aanwezigheid_laag', 'ziek_lang'] },
    (e, L) => fullDays(e, L - 14, L - 6, () => codeFor(e, 'ziek'))),
  // One unauthorised lesuur every school day for six weeks: 20 hours in W4, under 17% of them.
  pattern('verzuim_16u', 18, { VO: 3, MBO: 1 },
    { signaal: 'verzuim_16u', signalen: ['verzuim_16u'] },
    (e, L, ctx) => {
      const days = e.school.days[e.vestiging];
      const items: AbsenceItem[] = [];
      for (let i = L - 29; i <= L; i++) {
        const lesuur = ctx.rng.int(1, e.school.lessons);
        items.push({ day: days[i], code: ctx.rng.pick(['O', 'U', 'SP']), full: false, from: lesuur, to: lesuur });
      }
      return items;
    }),
  pattern('aangepast_programma', 15, { SO: 2, VSO: 2, PO: 1, SBO: 1 },
    { signaal: 'aangepast_programma', signalen: ['aangepast_programma'] }, () => [], { aangepast: true }),
  pattern('op_school', 20, { PO: 3, VO: 3, MBO: 1, SBO: 1, SO: 1, VSO: 1 }, { signaal: '', signalen: [] }, () => []),
];
