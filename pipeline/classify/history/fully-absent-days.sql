-- classification.md §3.3: the streak is a run of consecutive fully absent school days. The runs
-- are found once for the whole history (gaps and islands on pupil_ord), so that each peildatum
-- only looks up the run that reaches its last school day (streak.sql).
-- Consecutive means consecutive in the pupil's own school days: weekends, holidays and days
-- without an enrollment neither break nor lengthen a run, and a run continues across a change of
-- school. Each day carries its run's first day and the run's hours per category up to and
-- including that day, so the streak ending on any day is one row.
-- reads: absent_days

CREATE OR REPLACE TEMP TABLE fully_absent_days AS
WITH numbered AS (
  SELECT *, pupil_ord - row_number() OVER (PARTITION BY pupil_id ORDER BY pupil_ord) AS run_key
  FROM absent_days
  WHERE hele_dag
)
SELECT pupil_id, pupil_ord, datum,
  -- one window for all columns (one sort, not two): in pupil_ord order the run's first day is
  -- already among the rows so far, and datum grows with pupil_ord
  min(pupil_ord) OVER run_so_far AS run_first_ord,
  min(datum) OVER run_so_far AS run_first_day,
  sum(ziek_uren) OVER run_so_far AS run_ziek_uren,
  sum(geoorloofd_uren) OVER run_so_far AS run_geoorloofd_uren,
  sum(ongeoorloofd_uren) OVER run_so_far AS run_ongeoorloofd_uren
FROM numbered
WINDOW run_so_far AS (PARTITION BY pupil_id, run_key ORDER BY pupil_ord ROWS UNBOUNDED PRECEDING);
