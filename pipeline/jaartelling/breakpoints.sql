-- jaartelling.md §1-2: "on some day of J" without classifying every day. A youth's classification
-- (classification.md 1.1) can only change on the days listed here; between two of them it is the
-- same every day, so the lines need it only on these days (day-states.sql) and each holds until the
-- next one. Always included: the day before J (for "starts on" a day: held then and not the day
-- before), 1 August (the start of J) and the rates' reference day (§4).
-- Calendar thresholds get their own days, since they can fall on any day (a Sunday too):
--   elapsed(start, D) > 28 from start + 28 on; "start < D minus 3 months" from the first D after
--   start + 3 months (up to 4 days later when the month end clamps: 28 Feb + 3 months = 28 May,
--   but 29-31 May minus 3 months is still 28 Feb, so the first such D is 1 June).
-- Extra days do no harm (the state is merely evaluated twice), a missing one would.
-- reads: register, inschrijvingen, vrijstellingen, trajecten, school_day_states
-- One batch of youths at a time (count.ts): pupil_id from $firstPupil to $lastPupil.
-- Parameters: $firstPupil, $lastPupil, $dagVoor, $van (1 August of J), $tot, $peildagRate,
-- $absoluutVerzuimShortDays, $longAbsenceMonths, $almostLeerplichtigMonths.

CREATE OR REPLACE TEMP TABLE breakpoints AS
WITH batch_register AS (
  SELECT * FROM register WHERE pupil_id BETWEEN $firstPupil AND $lastPupil
),
register_day AS (
  SELECT pupil_id, unnest([
    $dagVoor::DATE, $van::DATE, $peildagRate::DATE,
    in_gemeente_sinds, uit_gemeente, leerplicht_start, achttiende_verjaardag, startkwalificatie,
    (leerplicht_start - to_months($almostLeerplichtigMonths::INTEGER))::DATE
  ]) AS dag
  FROM batch_register
),
period_day AS (
  -- enrollments (their pieces start and end only here), exemptions, trajecten: van and tot + 1
  SELECT r.pupil_id, unnest([i.van, i.tot + 1]) AS dag
  FROM inschrijvingen i JOIN batch_register r ON r.pupil_key = i.pupil_key
  UNION ALL
  SELECT r.pupil_id, unnest([v.van, v.tot + 1])
  FROM vrijstellingen v JOIN batch_register r ON r.pupil_key = v.pupil_key
  UNION ALL
  SELECT r.pupil_id, unnest([t.van, t.tot + 1])
  FROM trajecten t JOIN batch_register r ON r.pupil_key = t.pupil_key
),
absoluut_start AS (
  -- every day absoluut verzuim can start on (absoluut-verzuim.sql: the latest of these)
  SELECT pupil_id, leerplicht_start AS start FROM batch_register
  UNION SELECT pupil_id, in_gemeente_sinds FROM batch_register WHERE in_gemeente_sinds IS NOT NULL
  UNION SELECT r.pupil_id, i.tot + 1 FROM inschrijvingen i JOIN batch_register r ON r.pupil_key = i.pupil_key WHERE i.tot IS NOT NULL
  UNION SELECT r.pupil_id, v.tot + 1 FROM vrijstellingen v JOIN batch_register r ON r.pupil_key = v.pupil_key WHERE v.tot IS NOT NULL
),
long_start AS (
  -- the starts whose three months matter: absoluut verzuim and the streaks of fase 3
  SELECT pupil_id, start FROM absoluut_start
  UNION SELECT pupil_id, streak_start FROM school_day_states WHERE streak_start IS NOT NULL
),
threshold_day AS (
  SELECT pupil_id, start + $absoluutVerzuimShortDays::INTEGER AS dag FROM absoluut_start
  UNION ALL
  SELECT pupil_id, (start + to_months($longAbsenceMonths::INTEGER))::DATE + unnest([1, 2, 3, 4]) FROM long_start
),
school_day AS (
  -- the school days on which a signal, L > 20, S or the streak's officieel changes
  SELECT pupil_id, greatest(datum, $dagVoor::DATE) AS dag FROM school_day_states
),
any_day AS (
  SELECT * FROM register_day UNION ALL SELECT * FROM period_day UNION ALL SELECT * FROM threshold_day
  UNION ALL SELECT * FROM school_day
)
SELECT DISTINCT a.pupil_id, r.pupil_key, a.dag
FROM any_day a JOIN batch_register r ON r.pupil_id = a.pupil_id
WHERE a.dag BETWEEN $dagVoor::DATE AND $tot::DATE;
