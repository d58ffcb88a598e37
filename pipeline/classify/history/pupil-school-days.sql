-- classification.md §1: a pupil's school days are the school days of the school the pupil is
-- enrolled at on each day (the enrollment that counts: enrollment-pieces.sql).
-- Kept sparse: one row per stretch of time in which one enrollment counts (a piece), with the
-- ordinals of its school days. pupil_ord numbers a pupil's own school days 1, 2, 3, ... across
-- schools: the day with school_ord o in a piece is pupil_ord = days_before + o - first_school_ord + 1.
-- reads: enrollment_pieces, schools, school_days
-- Parameters: $until (the last peildatum the history is needed for), $defaultHoursPerDay.

CREATE OR REPLACE TEMP TABLE pupil_school_days AS
WITH piece AS (
  SELECT e.*, s.school_id, coalesce(s.uren, $defaultHoursPerDay) AS uren,
    e.van - 1 AS day_before, least(e.tot, $until::DATE) AS last_day
  FROM enrollment_pieces e
  LEFT JOIN schools s ON s.brin = e.brin AND s.vestiging = e.vestiging
),
boundary AS (
  -- Many pieces start or end on the same dates (school years): look each date up once.
  SELECT DISTINCT school_id, day_before AS datum FROM piece WHERE school_id IS NOT NULL
  UNION
  SELECT DISTINCT school_id, last_day FROM piece WHERE school_id IS NOT NULL
),
ord_on_or_before AS (
  SELECT b.school_id, b.datum, coalesce(d.school_ord, 0) AS school_ord
  FROM boundary b
  ASOF LEFT JOIN school_days d ON d.school_id = b.school_id AND b.datum >= d.datum
),
ordinals AS (
  -- The first school day of a piece follows the school's last school day before it; a school
  -- missing from `scholen` has no calendar, so its pieces hold no school days.
  SELECT p.pupil_id, p.pupil_no, p.van, p.tot, p.brin, p.vestiging, p.aangepast_programma, p.school_id, p.uren,
    coalesce(before_piece.school_ord, 0) + 1 AS first_school_ord,
    coalesce(in_piece.school_ord, 0) AS last_school_ord
  FROM piece p
  LEFT JOIN ord_on_or_before before_piece ON before_piece.school_id = p.school_id AND before_piece.datum = p.day_before
  LEFT JOIN ord_on_or_before in_piece ON in_piece.school_id = p.school_id AND in_piece.datum = p.last_day
)
SELECT *,
  greatest(last_school_ord - first_school_ord + 1, 0) AS school_days,
  coalesce(sum(greatest(last_school_ord - first_school_ord + 1, 0)) OVER (
    PARTITION BY pupil_id ORDER BY van ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
  ), 0)::INTEGER AS days_before
FROM ordinals;
