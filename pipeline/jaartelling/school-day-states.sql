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

CREATE OR REPLACE TEMP TABLE school_day_states AS
WITH piece AS (
  SELECT pupil_id, school_id, days_before, first_school_ord, last_school_ord
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
  -- every school day from W12 before o0 on: the windows of o0 and later need nothing older
  SELECT x.pupil_id, x.ord0, x.days_before + x.school_ord - x.first_school_ord + 1 AS pupil_ord, d.datum, d.uren
  FROM (
    SELECT p.*, o.ord0,
      unnest(range(
        greatest(p.first_school_ord, p.first_school_ord + (o.ord0 - $w12SchoolDays + 1) - p.days_before - 1),
        p.last_school_ord + 1)) AS school_ord
    FROM piece p JOIN start_ord o ON o.pupil_id = p.pupil_id
  ) x
  JOIN school_days d ON d.school_id = x.school_id AND d.school_ord = x.school_ord
  WHERE d.datum <= $tot::DATE
),
sick_day AS (
  -- a sick day's place in its sick spell (sick-spells.sql): 1 on the spell's first day
  SELECT a.pupil_id, a.pupil_ord, a.pupil_ord - s.first_ord + 1 AS spell_day
  FROM absent_days a
  ASOF JOIN sick_spells s ON s.pupil_id = a.pupil_id AND a.pupil_ord >= s.first_ord
  WHERE a.ziek_uren > 0
),
day AS (
  SELECT d.pupil_id, d.ord0, d.pupil_ord, d.datum, d.uren,
    coalesce(a.afwezig_uren, 0) AS afwezig_uren, coalesce(a.ongeoorloofd_uren, 0) AS ongeoorloofd_uren,
    coalesce(k.spell_day = 1, false) AS spell_starts, coalesce(k.spell_day, 0) AS spell_day,
    f.pupil_ord - f.run_first_ord + 1 AS streak_dagen, f.run_first_day AS streak_start,
    f.run_ziek_uren, f.run_geoorloofd_uren, f.run_ongeoorloofd_uren
  FROM dense d
  LEFT JOIN absent_days a ON a.pupil_id = d.pupil_id AND a.pupil_ord = d.pupil_ord
  LEFT JOIN sick_day k ON k.pupil_id = d.pupil_id AND k.pupil_ord = d.pupil_ord
  LEFT JOIN fully_absent_days f ON f.pupil_id = d.pupil_id AND f.pupil_ord = d.pupil_ord
),
windowed AS (
  -- W4 and W12 end on this school day (classification.md §1); the rows are consecutive ordinals
  SELECT *,
    sum(uren) OVER w4 AS geplande_uren_w4,
    sum(afwezig_uren) OVER w4 AS afwezig_uren_w4,
    sum(ongeoorloofd_uren) OVER w4 AS ongeoorloofd_uren_w4,
    -- ziek_lang: a spell longer than 6 school days overlaps W4 when one of W4's days is its 7th or later
    max(spell_day) OVER w4 AS longest_spell_day_w4,
    count(*) FILTER (WHERE spell_starts) OVER w12 AS spells_starting_in_w12
  FROM day
  WINDOW w4 AS (PARTITION BY pupil_id ORDER BY pupil_ord ROWS BETWEEN $w4SchoolDays - 1 PRECEDING AND CURRENT ROW),
    w12 AS (PARTITION BY pupil_id ORDER BY pupil_ord ROWS BETWEEN $w12SchoolDays - 1 PRECEDING AND CURRENT ROW)
),
decided AS (
  -- signals.sql and decision.sql §3.3, on each school day
  SELECT pupil_id, ord0, pupil_ord, datum,
    round(ongeoorloofd_uren_w4, 6) >= $unauthorisedHoursW4 AS verzuim_16u,
    geplande_uren_w4 > 0 AND round(afwezig_uren_w4, 6) > round($absentShareW4 * geplande_uren_w4, 6) AS aanwezigheid_laag,
    spells_starting_in_w12 >= $sickSpellsW12 AS ziek_frequent,
    longest_spell_day_w4 > $longSickSpellDays AS ziek_lang,
    coalesce(streak_dagen > $streakSchoolDays, false) AS lang_thuis,
    CASE WHEN streak_dagen > $streakSchoolDays THEN streak_start END AS streak_start,
    CASE WHEN streak_dagen > $streakSchoolDays THEN
      round(run_ongeoorloofd_uren, 6)
        >= round($officialUnauthorisedShare * (run_ziek_uren + run_geoorloofd_uren + run_ongeoorloofd_uren), 6)
    END AS streak_officieel
  FROM windowed
),
changes AS (
  SELECT *,
    row(verzuim_16u, aanwezigheid_laag, ziek_frequent, ziek_lang, lang_thuis, streak_start, streak_officieel)
      IS DISTINCT FROM lag(row(verzuim_16u, aanwezigheid_laag, ziek_frequent, ziek_lang, lang_thuis, streak_start, streak_officieel))
        OVER (PARTITION BY pupil_id ORDER BY pupil_ord) AS changed
  FROM decided
)
SELECT pupil_id, pupil_ord, datum, verzuim_16u, aanwezigheid_laag, ziek_frequent, ziek_lang,
  lang_thuis, streak_start, streak_officieel
FROM changes
WHERE pupil_ord = ord0 OR (pupil_ord > ord0 AND changed);
