-- Pass 2 of the absent hours (absence-horizon.sql): the history before the horizon, for the
-- pupils whose rules can reach back past it. b is the pupil's last school day before the horizon
-- (first_ord - 1), b + 1 the horizon's own day, the first pass 1 covers: the windows start after
-- it. The pupil needs the earlier history when:
-- - day b + 1 was fully absent: a streak (§3.3) that reaches it may have begun before;
-- - day b + 1 had ziek hours and a spell of it could still be short enough to decide ziek_lang
--   (§3.4): its length counts from the spell's true first day.
-- reads: absence_horizon, pupil_school_days, absent_days_after_horizon
-- Parameters: $w4SchoolDays, $longSickSpellDays.

CREATE OR REPLACE TEMP TABLE absence_pieces_before_horizon AS
WITH first_day AS (
  -- (W4 starts after the horizon, so on school day 2 or later: no clamping at 1 as pupil-windows.sql has)
  SELECT h.pupil_id, h.since, h.first_ord - 1 AS b, h.last_ord - $w4SchoolDays + 1 AS w4_first_ord,
    a.hele_dag, a.ziek_uren > 0 AS ziek
  FROM absence_horizon h
  LEFT JOIN absent_days_after_horizon a ON a.pupil_id = h.pupil_id AND a.pupil_ord = h.first_ord
),
needs_history AS (
  SELECT pupil_id, since
  FROM first_day
  WHERE coalesce(hele_dag, false)
    OR (coalesce(ziek, false) AND w4_first_ord <= b + $longSickSpellDays)
)
SELECT p.pupil_id, p.pupil_no, p.brin, p.school_id, p.days_before, p.first_school_ord,
  p.van, least(p.tot, n.since - 1) AS tot
FROM pupil_school_days p
JOIN needs_history n ON n.pupil_id = p.pupil_id
WHERE p.van < n.since AND p.school_id IS NOT NULL;
