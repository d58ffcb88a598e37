-- jaartelling.md §1-2 on top of classification.md §1, §3.3, §3.4: what an enrolled pupil's school
-- days decide (the signals, L and S), per pupil school day from the last school day before the
-- year to its end. On a calendar day D these are the values of the last school day on or before D
-- (classification.md §1 "Windows count back from the last school day on or before D"), so only
-- the school days on which one of them changes are kept: day-states.sql looks the rest up.
-- Same ordinal arithmetic as windows.sql, streak.sql and signals.sql, as running windows over the
-- pupil's consecutive school days (pupil_ord) instead of one window per peildatum; the agreement
-- test (tests/jaartelling/agreement.test.ts) holds it to the classifier day by day.
-- reads: pupil_school_days, school_days, absent_days, fully_absent_days, sick_spells
-- Parameters: $dagVoor (the day before 1 August of J), $tot, $w4SchoolDays, $w12SchoolDays,
-- $unauthorisedHoursW4, $absentShareW4, $sickSpellsW12, $longSickSpellDays, $streakSchoolDays,
-- $officialUnauthorisedShare.

-- The values that decide the lines, from a school day's window sums and streak.
CREATE OR REPLACE TEMP MACRO state(ongeoorloofd_w4, afwezig_w4, gepland_w4, spells_w12, longest_spell_day_w4,
    streak_dagen, streak_start, streak_mostly_ongeoorloofd,
    unauthorised_hours, absent_share, sick_spells, long_sick_spell_days, streak_school_days) AS {
  'verzuim_16u': round(coalesce(ongeoorloofd_w4, 0), 6) >= unauthorised_hours,
  'aanwezigheid_laag': coalesce(gepland_w4, 0) > 0 AND round(afwezig_w4, 6) > round(absent_share * gepland_w4, 6),
  'ziek_frequent': coalesce(spells_w12, 0) >= sick_spells,
  'ziek_lang': coalesce(longest_spell_day_w4, 0) > long_sick_spell_days,
  'lang_thuis': streak_dagen > streak_school_days,
  'streak_start': CASE WHEN streak_dagen > streak_school_days THEN streak_start END,
  'streak_officieel': CASE WHEN streak_dagen > streak_school_days THEN streak_mostly_ongeoorloofd END
};

CREATE OR REPLACE TEMP TABLE school_day_states AS
WITH piece AS (
  SELECT pupil_id, school_id, days_before, first_school_ord, last_school_ord, uren
  FROM pupil_school_days
  WHERE school_id IS NOT NULL AND last_school_ord >= first_school_ord
),
school_ord_before AS (
  -- per school: its last school day on or before the day before J (as windows.sql does for D)
  SELECT school_id, max(school_ord) AS school_ord FROM school_days WHERE datum <= $dagVoor::DATE GROUP BY school_id
),
start_ord AS (
  -- o0: the pupil's last school day on or before the day before J (0: none yet)
  SELECT p.pupil_id,
    max(p.days_before + greatest(0, least(p.last_school_ord, coalesce(s.school_ord, 0)) - p.first_school_ord + 1)) AS ord0
  FROM piece p LEFT JOIN school_ord_before s ON s.school_id = p.school_id
  GROUP BY p.pupil_id
),
dense AS (
  -- every school day from W12 before o0 on (the windows of o0 and later need nothing older), as
  -- ordinals only: the date is looked up for the few days that are kept
  SELECT p.pupil_id, o.ord0, p.school_id, p.uren, p.days_before - p.first_school_ord + 1 AS shift,
    unnest(range(greatest(p.days_before + 1, o.ord0 - $w12SchoolDays + 1),
      p.days_before + p.last_school_ord - p.first_school_ord + 2)) AS pupil_ord
  FROM piece p JOIN start_ord o ON o.pupil_id = p.pupil_id
),
sick_day AS (
  -- a sick day's place in its sick spell (sick-spells.sql): 1 on the spell's first day
  SELECT a.pupil_id, a.pupil_ord, a.pupil_ord - s.first_ord + 1 AS spell_day
  FROM absent_days a
  ASOF JOIN sick_spells s ON s.pupil_id = a.pupil_id AND a.pupil_ord >= s.first_ord
  WHERE a.ziek_uren > 0
),
day AS (
  SELECT d.pupil_id, d.ord0, d.pupil_ord, d.school_id, d.pupil_ord - d.shift AS school_ord, d.uren,
    coalesce(a.afwezig_uren, 0) AS afwezig_uren, coalesce(a.ongeoorloofd_uren, 0) AS ongeoorloofd_uren,
    coalesce(k.spell_day = 1, false)::INTEGER AS spell_starts, coalesce(k.spell_day, 0) AS spell_day,
    f.pupil_ord - f.run_first_ord + 1 AS streak_dagen, f.run_first_day AS streak_start,
    round(f.run_ongeoorloofd_uren, 6)
      >= round($officialUnauthorisedShare * (f.run_ziek_uren + f.run_geoorloofd_uren + f.run_ongeoorloofd_uren), 6)
      AS streak_mostly_ongeoorloofd
  FROM dense d
  LEFT JOIN absent_days a ON a.pupil_id = d.pupil_id AND a.pupil_ord = d.pupil_ord
  LEFT JOIN sick_day k ON k.pupil_id = d.pupil_id AND k.pupil_ord = d.pupil_ord
  LEFT JOIN fully_absent_days f ON f.pupil_id = d.pupil_id AND f.pupil_ord = d.pupil_ord
),
windowed AS (
  -- W4 and W12 ending on this school day (classification.md §1), and on the one before (to keep
  -- only changes); the rows are consecutive ordinals, and one sort serves every window here
  SELECT pupil_id, ord0, pupil_ord, school_id, school_ord,
    sum(uren) OVER w4 AS geplande_uren_w4,
    sum(afwezig_uren) OVER w4 AS afwezig_uren_w4,
    sum(ongeoorloofd_uren) OVER w4 AS ongeoorloofd_uren_w4,
    -- ziek_lang: a spell longer than 6 school days overlaps W4 when one of W4's days is its 7th or later
    max(spell_day) OVER w4 AS longest_spell_day_w4,
    sum(spell_starts) OVER w12 AS spells_starting_in_w12,
    coalesce(streak_dagen, 0) AS streak_dagen, streak_start, streak_mostly_ongeoorloofd,
    sum(uren) OVER w4_before AS geplande_uren_w4_before,
    sum(afwezig_uren) OVER w4_before AS afwezig_uren_w4_before,
    sum(ongeoorloofd_uren) OVER w4_before AS ongeoorloofd_uren_w4_before,
    max(spell_day) OVER w4_before AS longest_spell_day_w4_before,
    sum(spell_starts) OVER w12_before AS spells_starting_in_w12_before,
    coalesce(lag(streak_dagen) OVER w4, 0) AS streak_dagen_before,
    lag(streak_start) OVER w4 AS streak_start_before,
    lag(streak_mostly_ongeoorloofd) OVER w4 AS streak_mostly_ongeoorloofd_before
  FROM day
  WINDOW w4 AS (PARTITION BY pupil_id ORDER BY pupil_ord ROWS BETWEEN $w4SchoolDays - 1 PRECEDING AND CURRENT ROW),
    w12 AS (PARTITION BY pupil_id ORDER BY pupil_ord ROWS BETWEEN $w12SchoolDays - 1 PRECEDING AND CURRENT ROW),
    w4_before AS (PARTITION BY pupil_id ORDER BY pupil_ord ROWS BETWEEN $w4SchoolDays PRECEDING AND 1 PRECEDING),
    w12_before AS (PARTITION BY pupil_id ORDER BY pupil_ord ROWS BETWEEN $w12SchoolDays PRECEDING AND 1 PRECEDING)
),
decided AS (
  -- signals.sql and decision.sql §3.3, on this school day and on the one before
  SELECT pupil_id, ord0, pupil_ord, school_id, school_ord,
    state(ongeoorloofd_uren_w4, afwezig_uren_w4, geplande_uren_w4, spells_starting_in_w12, longest_spell_day_w4,
      streak_dagen, streak_start, streak_mostly_ongeoorloofd, $unauthorisedHoursW4, $absentShareW4, $sickSpellsW12,
      $longSickSpellDays, $streakSchoolDays) AS now,
    state(ongeoorloofd_uren_w4_before, afwezig_uren_w4_before, geplande_uren_w4_before, spells_starting_in_w12_before,
      longest_spell_day_w4_before, streak_dagen_before, streak_start_before, streak_mostly_ongeoorloofd_before,
      $unauthorisedHoursW4, $absentShareW4, $sickSpellsW12, $longSickSpellDays, $streakSchoolDays) AS before
  FROM windowed
)
SELECT x.pupil_id, x.pupil_ord, d.datum, x.now.verzuim_16u, x.now.aanwezigheid_laag, x.now.ziek_frequent,
  x.now.ziek_lang, x.now.lang_thuis, x.now.streak_start, x.now.streak_officieel
FROM decided x
JOIN school_days d ON d.school_id = x.school_id AND d.school_ord = x.school_ord
WHERE x.pupil_ord = x.ord0 OR (x.pupil_ord > x.ord0 AND (x.pupil_ord = 1 OR x.now IS DISTINCT FROM x.before));
