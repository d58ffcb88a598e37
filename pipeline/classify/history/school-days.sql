-- classification.md §1 "School day": a Monday to Friday that lies in no holiday period of the
-- school's region, of region 'landelijk', or among the school's own free days (school-free-days.sql).
-- Each school's days are numbered (school_ord) so that "the last 20 school days" and "consecutive
-- school days" become arithmetic on ordinals, not a grid of every pupil on every day.
-- reads: schools, school_free_days, data_coverage, inschrijvingen
-- Parameters: $until (the last peildatum).

-- The calendar starts at the first month any school's data covers (data-coverage.sql) and never
-- before the earliest enrollment: no day before either is anyone's school day.
-- §1 "Data coverage": a school's weekdays in a month its BRIN's data does not cover are no school
-- days; they are left out here, so the ordinals (and every window, streak and spell) skip them.
CREATE OR REPLACE TEMP TABLE school_days AS
WITH bounds AS (
  SELECT
    greatest(
      (SELECT coalesce(min(van), $until::DATE) FROM inschrijvingen WHERE van <= $until::DATE),
      (SELECT coalesce(min(maand), $until::DATE + 1) FROM data_coverage)
    ) AS first_day
),
weekday AS (
  SELECT d::DATE AS datum
  FROM generate_series((SELECT first_day FROM bounds), $until::DATE, INTERVAL 1 DAY) AS t(d)
  WHERE isodow(d) <= 5
),
open_day AS (
  SELECT s.school_id, w.datum, s.uren
  FROM schools s
  CROSS JOIN weekday w
  SEMI JOIN data_coverage c ON c.brin = s.brin AND c.maand = date_trunc('month', w.datum)
  ANTI JOIN school_free_days f ON f.school_id = s.school_id AND f.datum = w.datum
)
SELECT school_id, datum, uren, row_number() OVER (PARTITION BY school_id ORDER BY datum)::INTEGER AS school_ord
FROM open_day;
