-- jaartelling.md §1-2 on top of classification.md §1, §3.3, §3.4: what an enrolled pupil's school
-- days decide (the signals, L and S), per pupil school day from the last school day before the
-- year to its end. On a calendar day D these are the values of the last school day on or before D
-- (classification.md §1 "Windows count back from the last school day on or before D"), so only
-- the school days on which one of them changes are kept: day-states.sql looks the rest up.
-- Same arithmetic as pupil-windows.sql, streak.sql, absence-signals.sql, as running windows (RANGE
-- frames on pupil_ord) instead of one window per peildatum, and sparse: only on the school days
-- where a value can change. Absent hours in W4 change when an absent day enters W4 (a) or leaves
-- it (a + 20), sick spells starting in W12 when they enter or leave (a + 60), the streak on absent
-- days and the day after (a + 1); the scheduled hours of W4 change on each of the first 20 school
-- days of an enrollment piece (a pupil's first days, a school with other uren). Between two such
-- days every value is the same. The agreement test (tests/jaartelling/agreement.test.ts) holds it
-- to the classifier day by day.
-- reads: last_pupil_ord_on, pupil_school_days, school_days, absent_days, fully_absent_days, sick_spells
-- (The pieces end at the count's last day: prepareHistory ran with until = tot.)
-- One batch of youths at a time (count.ts): pupil_id from $firstPupil to $lastPupil, so that the
-- windows below hold one batch's absent days, not the country's.
-- Parameters: $firstPupil, $lastPupil, $dagVoor (the day before 1 August of J), $w4SchoolDays, $w12SchoolDays,
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
WITH batch_absent_days AS (
  SELECT * FROM absent_days WHERE pupil_id BETWEEN $firstPupil AND $lastPupil
),
piece AS (
  SELECT pupil_id, school_id, uren, first_school_ord, days_before,
    days_before + 1 AS first_ord, days_before + last_school_ord - first_school_ord + 1 AS last_ord
  FROM pupil_school_days
  WHERE school_id IS NOT NULL AND last_school_ord >= first_school_ord AND pupil_id BETWEEN $firstPupil AND $lastPupil
),
span AS (
  -- o0: the pupil's last school day on or before the day before J (0: none yet); last: up to tot
  SELECT p.pupil_id, coalesce(o.last_ord, 0) AS ord0, p.last_ord
  FROM (SELECT pupil_id, max(last_ord) AS last_ord FROM piece GROUP BY pupil_id) p
  LEFT JOIN (SELECT * FROM last_pupil_ord_on($dagVoor::DATE) WHERE pupil_id BETWEEN $firstPupil AND $lastPupil) o
    ON o.pupil_id = p.pupil_id
),
sick_day AS (
  -- a sick day's place in its sick spell (sick-spells.sql): 1 on the spell's first day
  SELECT a.pupil_id, a.pupil_ord, a.pupil_ord - s.first_ord + 1 AS spell_day
  FROM batch_absent_days a
  ASOF JOIN (SELECT * FROM sick_spells WHERE pupil_id BETWEEN $firstPupil AND $lastPupil) s
    ON s.pupil_id = a.pupil_id AND a.pupil_ord >= s.first_ord
  WHERE a.ziek_uren > 0
),
absent AS (
  -- every absent day the windows of o0 and later can see (W12 back from o0)
  SELECT a.pupil_id, a.pupil_ord, a.afwezig_uren, a.ongeoorloofd_uren,
    coalesce(k.spell_day = 1, false)::INTEGER AS spell_starts, coalesce(k.spell_day, 0) AS spell_day,
    f.pupil_ord - f.run_first_ord + 1 AS streak_dagen, f.run_first_day AS streak_start,
    round(f.run_ongeoorloofd_uren, 6)
      >= round($officialUnauthorisedShare * (f.run_ziek_uren + f.run_geoorloofd_uren + f.run_ongeoorloofd_uren), 6)
      AS streak_mostly_ongeoorloofd
  FROM batch_absent_days a
  JOIN span o ON o.pupil_id = a.pupil_id
  LEFT JOIN sick_day k ON k.pupil_id = a.pupil_id AND k.pupil_ord = a.pupil_ord
  LEFT JOIN (SELECT * FROM fully_absent_days WHERE pupil_id BETWEEN $firstPupil AND $lastPupil) f
    ON f.pupil_id = a.pupil_id AND f.pupil_ord = a.pupil_ord
  WHERE a.pupil_ord > o.ord0 - $w12SchoolDays AND a.pupil_ord <= o.last_ord
),
candidate AS (
  -- the school days on which a value can change (see the top of this file)
  SELECT pupil_id, unnest([pupil_ord, pupil_ord + 1, pupil_ord + $w4SchoolDays, pupil_ord + $w12SchoolDays]) AS pupil_ord FROM absent
  UNION ALL
  SELECT pupil_id, ord0 FROM span WHERE ord0 > 0
  UNION ALL
  SELECT p.pupil_id, unnest(range(p.first_ord, p.first_ord + $w4SchoolDays)) FROM piece p
  JOIN span o ON o.pupil_id = p.pupil_id WHERE p.first_ord + $w4SchoolDays > o.ord0
),
day AS (
  SELECT c.pupil_id, c.pupil_ord, o.ord0,
    coalesce(a.afwezig_uren, 0) AS afwezig_uren, coalesce(a.ongeoorloofd_uren, 0) AS ongeoorloofd_uren,
    coalesce(a.spell_starts, 0) AS spell_starts, coalesce(a.spell_day, 0) AS spell_day,
    coalesce(a.streak_dagen, 0) AS streak_dagen, a.streak_start, a.streak_mostly_ongeoorloofd
  FROM (SELECT DISTINCT pupil_id, pupil_ord FROM candidate) c
  JOIN span o ON o.pupil_id = c.pupil_id AND c.pupil_ord <= o.last_ord AND c.pupil_ord > o.ord0 - $w12SchoolDays
  LEFT JOIN absent a ON a.pupil_id = c.pupil_id AND a.pupil_ord = c.pupil_ord
),
windowed AS (
  -- W4 and W12 ending on this school day (classification.md §1) and on the one before; every
  -- absent day in them is a row, so RANGE frames on pupil_ord sum them exactly. One sort.
  SELECT pupil_id, ord0, pupil_ord,
    sum(afwezig_uren) OVER w4 AS afwezig_uren_w4,
    sum(ongeoorloofd_uren) OVER w4 AS ongeoorloofd_uren_w4,
    -- ziek_lang: a spell longer than 6 school days overlaps W4 when one of W4's days is its 7th or later
    max(spell_day) OVER w4 AS longest_spell_day_w4,
    sum(spell_starts) OVER w12 AS spells_starting_in_w12,
    streak_dagen, streak_start, streak_mostly_ongeoorloofd,
    sum(afwezig_uren) OVER w4_before AS afwezig_uren_w4_before,
    sum(ongeoorloofd_uren) OVER w4_before AS ongeoorloofd_uren_w4_before,
    max(spell_day) OVER w4_before AS longest_spell_day_w4_before,
    sum(spell_starts) OVER w12_before AS spells_starting_in_w12_before,
    -- the day before is an absent day only when it is the row before (every absent day is a row)
    CASE WHEN lag(pupil_ord) OVER w4 = pupil_ord - 1 THEN lag(streak_dagen) OVER w4 ELSE 0 END AS streak_dagen_before,
    lag(streak_start) OVER w4 AS streak_start_before,
    lag(streak_mostly_ongeoorloofd) OVER w4 AS streak_mostly_ongeoorloofd_before
  FROM day
  WINDOW w4 AS (PARTITION BY pupil_id ORDER BY pupil_ord RANGE BETWEEN $w4SchoolDays - 1 PRECEDING AND CURRENT ROW),
    w12 AS (PARTITION BY pupil_id ORDER BY pupil_ord RANGE BETWEEN $w12SchoolDays - 1 PRECEDING AND CURRENT ROW),
    w4_before AS (PARTITION BY pupil_id ORDER BY pupil_ord RANGE BETWEEN $w4SchoolDays PRECEDING AND 1 PRECEDING),
    w12_before AS (PARTITION BY pupil_id ORDER BY pupil_ord RANGE BETWEEN $w12SchoolDays PRECEDING AND 1 PRECEDING)
),
scheduled AS (
  -- pupil-windows.sql "scheduled": each school day in W4 brings its school's uren_per_dag; W4 ends on
  -- this day (o) and on the day before (o - 1)
  SELECT w.pupil_id, w.pupil_ord,
    sum(p.uren * greatest(0, least(p.last_ord, w.pupil_ord) - greatest(p.first_ord, w.pupil_ord - $w4SchoolDays + 1) + 1)) AS geplande_uren_w4,
    sum(p.uren * greatest(0, least(p.last_ord, w.pupil_ord - 1) - greatest(p.first_ord, w.pupil_ord - $w4SchoolDays) + 1)) AS geplande_uren_w4_before
  FROM windowed w JOIN piece p ON p.pupil_id = w.pupil_id AND p.first_ord <= w.pupil_ord AND p.last_ord > w.pupil_ord - $w4SchoolDays - 1
  WHERE w.pupil_ord >= w.ord0
  GROUP BY w.pupil_id, w.pupil_ord
),
decided AS (
  -- absence-signals.sql and classification.sql §3.3, on this school day and on the one before
  SELECT w.pupil_id, w.ord0, w.pupil_ord,
    state(w.ongeoorloofd_uren_w4, w.afwezig_uren_w4, s.geplande_uren_w4, w.spells_starting_in_w12, w.longest_spell_day_w4,
      w.streak_dagen, w.streak_start, w.streak_mostly_ongeoorloofd, $unauthorisedHoursW4, $absentShareW4, $sickSpellsW12,
      $longSickSpellDays, $streakSchoolDays) AS now,
    state(w.ongeoorloofd_uren_w4_before, w.afwezig_uren_w4_before, s.geplande_uren_w4_before, w.spells_starting_in_w12_before,
      w.longest_spell_day_w4_before, w.streak_dagen_before, w.streak_start_before, w.streak_mostly_ongeoorloofd_before,
      $unauthorisedHoursW4, $absentShareW4, $sickSpellsW12, $longSickSpellDays, $streakSchoolDays) AS before
  FROM windowed w JOIN scheduled s ON s.pupil_id = w.pupil_id AND s.pupil_ord = w.pupil_ord
),
kept AS (
  SELECT * FROM decided
  WHERE pupil_ord = ord0 OR (pupil_ord > ord0 AND (pupil_ord = 1 OR now IS DISTINCT FROM before))
)
-- the date of a kept school day: its piece's school ordinal on the school's calendar
SELECT k.pupil_id, k.pupil_ord, d.datum, k.now.verzuim_16u, k.now.aanwezigheid_laag, k.now.ziek_frequent,
  k.now.ziek_lang, k.now.lang_thuis, k.now.streak_start, k.now.streak_officieel
FROM kept k
JOIN piece p ON p.pupil_id = k.pupil_id AND k.pupil_ord BETWEEN p.first_ord AND p.last_ord
JOIN school_days d ON d.school_id = p.school_id AND d.school_ord = k.pupil_ord - p.first_ord + p.first_school_ord;
