-- classification.md §1: a pupil's school days are the school days of the school the pupil is
-- enrolled at on each day; "where two enrollments are active on one day, the one with the latest
-- van counts (then the lowest BRIN + vestiging)". A day without an active enrollment is no school day.
-- Kept sparse: one row per stretch of time in which one enrollment counts (a piece), with the
-- ordinals of its school days. pupil_ord numbers a pupil's own school days 1, 2, 3, ... across
-- schools: the day with school_ord o in a piece is pupil_ord = days_before + o - first_school_ord + 1.
-- Parameters: $until (the last peildatum the history is needed for), $defaultHoursPerDay.

-- Every youth of the register or of an enrollment, with a small integer id for cheap joins.
CREATE OR REPLACE TEMP TABLE pupils AS
SELECT pupil_key, row_number() OVER ()::INTEGER AS pupil_id
FROM (SELECT pupil_key FROM leerlingen UNION SELECT pupil_key FROM inschrijvingen);

-- Cut each pupil's enrollment history at every date where an enrollment starts or ends; each
-- piece belongs to the winning enrollment among those active on its first day.
CREATE OR REPLACE TEMP TABLE enrollment_pieces AS
WITH enrollment AS (
  SELECT u.pupil_id, i.pupil_key, i.brin, i.vestiging, i.van, coalesce(i.tot, DATE '9999-12-31') AS tot,
    i.aangepast_programma
  FROM inschrijvingen i JOIN pupils u ON u.pupil_key = i.pupil_key
  WHERE i.van <= $until::DATE AND (i.tot IS NULL OR i.tot >= i.van)
),
cut AS (
  SELECT pupil_id, van AS datum FROM enrollment
  UNION
  SELECT pupil_id, tot + 1 FROM enrollment WHERE tot < DATE '9999-12-31'
),
piece AS (
  SELECT pupil_id, datum AS van,
    coalesce(lead(datum) OVER (PARTITION BY pupil_id ORDER BY datum) - 1, DATE '9999-12-31') AS tot
  FROM cut
)
SELECT p.pupil_id, e.pupil_key, p.van, p.tot, e.brin, e.vestiging, e.aangepast_programma
FROM piece p
JOIN enrollment e ON e.pupil_id = p.pupil_id AND e.van <= p.van AND e.tot >= p.van
WHERE p.van <= $until::DATE
QUALIFY row_number() OVER (
  PARTITION BY p.pupil_id, p.van
  ORDER BY e.van DESC, e.brin, e.vestiging, e.tot DESC, e.aangepast_programma DESC
) = 1;

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
  SELECT p.pupil_id, p.pupil_key, p.van, p.tot, p.brin, p.vestiging, p.aangepast_programma, p.school_id, p.uren,
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

-- The pupil_ord of each pupil's last school day on or before a date (0: no school day yet), as
-- windows.sql works it out for a peildatum; absence-horizon-extension.sql asks it for two dates.
CREATE OR REPLACE TEMP MACRO last_pupil_ord_on(d) AS TABLE
WITH school_ord_on AS (
  SELECT school_id, max(school_ord) AS school_ord FROM school_days WHERE datum <= d GROUP BY school_id
)
SELECT p.pupil_id,
  max(p.days_before + greatest(0, least(p.last_school_ord, coalesce(s.school_ord, 0)) - p.first_school_ord + 1)) AS last_ord
FROM pupil_school_days p
LEFT JOIN school_ord_on s ON s.school_id = p.school_id
WHERE p.van <= d
GROUP BY p.pupil_id;
