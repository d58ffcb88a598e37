-- Attendance per school per school day over the monitor range (results.sql school_day_stats),
-- from the same pupil school days and capped absent hours as classification.md §1.
-- It covers every enrollment the register holds, residents or not: attendance is the school's.
-- Pupils per day are counted from the pieces' first and last school day (+1 on the first,
-- -1 after the last, summed along the school's days), not from a pupil x day grid.
-- The history temp tables it reads are kept for it through the run (run-monitor.ts):
-- reads: school_days, pupil_school_days, absent_days, schools
-- Parameters: $van, $tot (first and last date of the range).

DELETE FROM school_day_stats WHERE datum BETWEEN $van::DATE AND $tot::DATE;

INSERT INTO school_day_stats
WITH day_in_range AS (
  SELECT * FROM school_days WHERE datum BETWEEN $van::DATE AND $tot::DATE
),
range_ords AS (
  SELECT school_id, min(school_ord) AS first_ord, max(school_ord) AS last_ord FROM day_in_range GROUP BY school_id
),
piece_in_range AS (
  SELECT p.school_id, greatest(p.first_school_ord, r.first_ord) AS first_ord, least(p.last_school_ord, r.last_ord) AS last_ord
  FROM pupil_school_days p JOIN range_ords r ON r.school_id = p.school_id
),
change AS (
  SELECT school_id, school_ord, sum(delta) AS delta
  FROM (
    SELECT school_id, first_ord AS school_ord, 1 AS delta FROM piece_in_range WHERE first_ord <= last_ord
    UNION ALL
    SELECT school_id, last_ord + 1, -1 FROM piece_in_range WHERE first_ord <= last_ord
  )
  GROUP BY ALL
),
enrolled AS (
  SELECT d.school_id, d.datum, d.uren,
    sum(coalesce(c.delta, 0)) OVER (PARTITION BY d.school_id ORDER BY d.school_ord) AS leerlingen
  FROM day_in_range d
  LEFT JOIN change c ON c.school_id = d.school_id AND c.school_ord = d.school_ord
),
absent AS (
  SELECT school_id, datum, sum(ziek_uren) AS ziek_uren, sum(geoorloofd_uren) AS geoorloofd_uren,
    sum(ongeoorloofd_uren) AS ongeoorloofd_uren
  FROM absent_days
  WHERE datum BETWEEN $van::DATE AND $tot::DATE
  GROUP BY ALL
)
SELECT s.brin, s.vestiging, e.datum, e.leerlingen::INTEGER AS leerlingen, e.leerlingen * e.uren AS geplande_uren,
  coalesce(a.ziek_uren, 0) AS ziek_uren,
  coalesce(a.geoorloofd_uren, 0) AS geoorloofd_uren,
  coalesce(a.ongeoorloofd_uren, 0) AS ongeoorloofd_uren
FROM enrolled e
JOIN schools s ON s.school_id = e.school_id
LEFT JOIN absent a ON a.school_id = e.school_id AND a.datum = e.datum
WHERE e.leerlingen > 0;
