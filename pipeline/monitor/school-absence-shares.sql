-- Persistent and severe absence per month end (README "Regels", Verzuim van 10% en 50%): of the
-- pupils of a school, the share who missed at least $persistentAbsenceShare (10%) and at least
-- $severeAbsenceShare (50%) of their scheduled hours this school year (1 August up to the month
-- end). Built on classification.md 1.1 §1 alone: the school days of the school that counts each
-- day, its scheduled hours, absent hours capped per day, months the school's data does not cover
-- skipped (they are no school days). Every absence category counts, ziek and geoorloofd too, as
-- the UK's persistent absence counts authorised and unauthorised absence.
-- Who counts at a school (BRIN, all vestigingen): enrolled there on the month end (the enrollment
-- that counts that day) with at least one school day there this school year; only the hours at
-- that school count. The municipality (brin ''): every pupil enrolled at a school on the month end,
-- with the hours of all their schools this school year. Non-residents too: attendance is the
-- school's, as in school_day_stats.
-- The history temp tables it reads are kept for it through the run (run-monitor.ts):
-- reads: pupil_school_days, school_days, absent_days, schools
-- Needs absent_days from 1 August of the school year of the first month end on (a history that
-- starts later undercounts: tests/monitor/school-absence-shares.test.ts, "a run starts late").
-- Parameters: $from, $to (YYYY-MM), $persistentAbsenceShare, $severeAbsenceShare.
-- Months, schools and school years are numbered (month_no = year * 12 + month - 1, brin_no) for
-- the steps over every pupil-month: integer keys instead of text and dates made this step take
-- half the time at country scale, with the same rows.

DELETE FROM school_absence_shares WHERE maand BETWEEN $from AND $to;

INSERT INTO school_absence_shares
WITH month_end AS (
  SELECT (year(m) * 12 + month(m) - 1)::INTEGER AS month_no, strftime(m, '%Y-%m') AS maand,
    last_day(m)::DATE AS peildatum, make_date(year(m) - CASE WHEN month(m) < 8 THEN 1 ELSE 0 END, 8, 1) AS jaar_start
  FROM generate_series(strptime($from, '%Y-%m'), strptime($to, '%Y-%m'), INTERVAL 1 MONTH) AS t(m)
),
school_brin AS (
  SELECT school_id, brin, dense_rank() OVER (ORDER BY brin)::INTEGER AS brin_no FROM schools
),
school_hours AS (
  -- scheduled hours of a school's days 1..school_ord: hours between two dates are a difference
  SELECT school_id, datum, sum(uren) OVER (PARTITION BY school_id ORDER BY school_ord) AS uren_tot_nu
  FROM school_days
),
piece_in_year AS (
  -- the part of each piece (one enrollment counting) in the school year up to the month end
  SELECT m.month_no, p.pupil_id, p.school_id,
    greatest(p.van, m.jaar_start) - 1 AS day_before, least(p.tot, m.peildatum) AS last_day,
    p.van <= m.peildatum AND p.tot >= m.peildatum AS op_peildatum
  FROM pupil_school_days p
  JOIN month_end m ON p.van <= m.peildatum AND p.tot >= m.jaar_start
  WHERE p.school_id IS NOT NULL
),
piece_boundary AS (
  SELECT DISTINCT school_id, day_before AS datum FROM piece_in_year
  UNION
  SELECT DISTINCT school_id, last_day FROM piece_in_year
),
hours_on_or_before AS (
  SELECT b.school_id, b.datum, coalesce(h.uren_tot_nu, 0) AS uren_tot_nu
  FROM piece_boundary b
  ASOF LEFT JOIN school_hours h ON h.school_id = b.school_id AND b.datum >= h.datum
),
scheduled AS (
  SELECT x.month_no, x.pupil_id, s.brin_no,
    sum(in_piece.uren_tot_nu - before_piece.uren_tot_nu) AS gepland,
    bool_or(x.op_peildatum) AS op_peildatum
  FROM piece_in_year x
  JOIN school_brin s ON s.school_id = x.school_id
  JOIN hours_on_or_before before_piece ON before_piece.school_id = x.school_id AND before_piece.datum = x.day_before
  JOIN hours_on_or_before in_piece ON in_piece.school_id = x.school_id AND in_piece.datum = x.last_day
  GROUP BY x.month_no, x.pupil_id, s.brin_no
),
absent_per_month AS (
  -- absent_days is sparse (days with a registration): sum per calendar month first
  SELECT a.pupil_id, s.brin_no, (year(a.datum) * 12 + month(a.datum) - 1)::INTEGER AS month_no,
    sum(a.afwezig_uren) AS afwezig
  FROM absent_days a JOIN school_brin s ON s.school_id = a.school_id
  GROUP BY ALL
),
absent_so_far AS (
  -- then the school year's hours up to and including each month, so that a month end takes one
  -- row (the latest month on or before it) instead of adding up every month again. August of year
  -- y is month_no 12 * y + 7, so (month_no - 7) // 12 is the year the month's school year starts.
  SELECT *, (month_no - 7) // 12 AS jaar_no,
    sum(afwezig) OVER (PARTITION BY pupil_id, brin_no, (month_no - 7) // 12 ORDER BY month_no) AS afwezig_tot_nu
  FROM absent_per_month
),
per_school AS (
  SELECT s.month_no, s.pupil_id, s.brin_no, s.gepland, coalesce(a.afwezig_tot_nu, 0) AS afwezig, s.op_peildatum
  FROM scheduled s
  ASOF LEFT JOIN absent_so_far a
    ON a.pupil_id = s.pupil_id AND a.brin_no = s.brin_no AND a.jaar_no = (s.month_no - 7) // 12 AND s.month_no >= a.month_no
),
per_pupil AS (
  -- the municipality (brin_no 0, brin ''): one row per pupil, all their schools this school year
  SELECT month_no, pupil_id, 0 AS brin_no, sum(gepland) AS gepland, sum(afwezig) AS afwezig, bool_or(op_peildatum) AS op_peildatum
  FROM per_school
  GROUP BY month_no, pupil_id
),
counted AS (
  SELECT month_no, brin_no, afwezig / gepland AS gemist
  FROM (SELECT * FROM per_school UNION ALL SELECT * FROM per_pupil)
  WHERE op_peildatum AND gepland > 0
),
shares AS (
  -- Rounded before comparing: hour sums are floating point, and exactly 10% must count.
  SELECT month_no, brin_no, count(*)::INTEGER AS leerlingen,
    count(*) FILTER (round(gemist, 9) >= $persistentAbsenceShare)::INTEGER AS ten_procent,
    count(*) FILTER (round(gemist, 9) >= $severeAbsenceShare)::INTEGER AS vijftig_procent
  FROM counted
  GROUP BY ALL
)
SELECT m.maand, coalesce(b.brin, '') AS brin, x.leerlingen, x.ten_procent, x.vijftig_procent
FROM shares x
JOIN month_end m ON m.month_no = x.month_no
LEFT JOIN (SELECT DISTINCT brin, brin_no FROM school_brin) b ON b.brin_no = x.brin_no;
