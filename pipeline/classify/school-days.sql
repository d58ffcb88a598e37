-- classification.md §1 "School day": a Monday to Friday that lies in no holiday period of the
-- school's region, of region 'landelijk', or among the school's own free days (rows with its BRIN
-- and its vestiging, or with no vestiging: all its vestigingen).
-- Each school's days are numbered (school_ord) so that "the last 20 school days" and "consecutive
-- school days" become arithmetic on ordinals, not a grid of every pupil on every day.
-- Parameters: $until (last date needed), $defaultHoursPerDay (§1 scheduled hours, default 5.0).

-- One row per school; a corrected re-export (higher file_id) wins over an older row.
CREATE OR REPLACE TEMP TABLE schools AS
SELECT brin, vestiging, sector, regio, coalesce(uren_per_dag, $defaultHoursPerDay) AS uren
FROM scholen
QUALIFY row_number() OVER (PARTITION BY brin, vestiging ORDER BY file_id DESC) = 1;

CREATE OR REPLACE TEMP TABLE school_free_days AS
WITH free_day AS (
  SELECT regio, brin, vestiging, unnest(generate_series(van, tot, INTERVAL 1 DAY))::DATE AS datum
  FROM vakanties
  WHERE van <= tot AND van <= $until::DATE
)
SELECT s.brin, s.vestiging, f.datum
FROM schools s JOIN free_day f ON f.regio = s.regio
UNION
SELECT s.brin, s.vestiging, f.datum
FROM schools s JOIN free_day f ON f.regio = 'landelijk'
UNION
SELECT s.brin, s.vestiging, f.datum
FROM schools s JOIN free_day f ON f.brin = s.brin AND coalesce(f.vestiging, s.vestiging) = s.vestiging;

-- The calendar starts at the earliest enrollment: a streak may reach back that far.
CREATE OR REPLACE TEMP TABLE school_days AS
WITH weekday AS (
  SELECT d::DATE AS datum
  FROM generate_series(
    (SELECT coalesce(min(van), $until::DATE) FROM inschrijvingen WHERE van <= $until::DATE),
    $until::DATE,
    INTERVAL 1 DAY
  ) AS t(d)
  WHERE isodow(d) <= 5
)
SELECT s.brin, s.vestiging, w.datum, s.uren,
  row_number() OVER (PARTITION BY s.brin, s.vestiging ORDER BY w.datum) AS school_ord
FROM schools s CROSS JOIN weekday w
WHERE NOT EXISTS (
  SELECT 1 FROM school_free_days f
  WHERE f.brin = s.brin AND f.vestiging = s.vestiging AND f.datum = w.datum
);
