-- classification.md §1 "School day": a Monday to Friday that lies in no holiday period of the
-- school's region, of region 'landelijk', or among the school's own free days (rows with its BRIN
-- and its vestiging, or with no vestiging: all its vestigingen).
-- Each school's days are numbered (school_ord) so that "the last 20 school days" and "consecutive
-- school days" become arithmetic on ordinals, not a grid of every pupil on every day.
-- Parameters: $until (the last peildatum), $defaultHoursPerDay (§1
-- scheduled hours, default 5.0).

-- One row per school (a corrected re-export, higher file_id, wins), with a small integer id:
-- joins on it are much cheaper than on BRIN + vestiging over millions of rows.
CREATE OR REPLACE TEMP TABLE schools AS
SELECT row_number() OVER (ORDER BY brin, vestiging)::INTEGER AS school_id,
  brin, vestiging, sector, regio, coalesce(uren_per_dag, $defaultHoursPerDay) AS uren
FROM scholen
QUALIFY row_number() OVER (PARTITION BY brin, vestiging ORDER BY file_id DESC) = 1;

CREATE OR REPLACE TEMP TABLE school_free_days AS
WITH free_day AS (
  SELECT regio, brin, vestiging, unnest(generate_series(van, tot, INTERVAL 1 DAY))::DATE AS datum
  FROM vakanties
  WHERE van <= tot AND van <= $until::DATE
)
SELECT s.school_id, f.datum FROM schools s JOIN free_day f ON f.regio = s.regio
UNION
SELECT s.school_id, f.datum FROM schools s JOIN free_day f ON f.regio = 'landelijk'
UNION
SELECT s.school_id, f.datum
FROM schools s JOIN free_day f ON f.brin = s.brin AND coalesce(f.vestiging, s.vestiging) = s.vestiging;

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
