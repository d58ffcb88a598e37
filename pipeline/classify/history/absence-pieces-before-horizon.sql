-- Pass 2 of the absent hours (see absence-pieces-after-horizon.sql): the history before the
-- horizon, for the pupils whose rules can reach back past it. b is the pupil's last school day
-- before the horizon (pupil_ord; pupils without one never need this pass), b + 1 the first one
-- pass 1 covers.
-- A later peildatum only moves W4, W12 and the last school day forward, so the first peildatum
-- decides. The pupil needs the earlier history when:
-- - W12 or W4 on the first peildatum starts at or before b + 1 (§1 windows; a spell that starts
--   on W12's first day must also be seen not to have started before it): a new or returning
--   pupil, or one whose school's data did not cover recent months (§1 "Data coverage");
-- - day b + 1 was fully absent: a streak (§3.3) that reaches it may have begun before;
-- - day b + 1 had ziek hours and a spell of it could still be short enough to decide ziek_lang
--   (§3.4): its length counts from the spell's true first day.
-- reads: pupil_school_days, last_pupil_ord_on, absent_days_after_horizon
-- Parameters: $since (or NULL: nothing before the horizon), $firstPeildatum, $w4SchoolDays,
-- $w12SchoolDays, $longSickSpellDays.

CREATE OR REPLACE TEMP TABLE absence_pieces_before_horizon AS
WITH before_horizon AS (
  SELECT pupil_id, last_ord AS b FROM last_pupil_ord_on($since::DATE - 1) WHERE last_ord > 0
),
at_first_peildatum AS (
  SELECT pupil_id,
    greatest(last_ord - greatest($w4SchoolDays, $w12SchoolDays) + 1, 1) AS window_first_ord,
    greatest(last_ord - $w4SchoolDays + 1, 1) AS w4_first_ord
  FROM last_pupil_ord_on($firstPeildatum::DATE)
),
first_day_after AS (
  SELECT h.pupil_id, a.hele_dag, a.ziek_uren > 0 AS ziek
  FROM before_horizon h JOIN absent_days_after_horizon a ON a.pupil_id = h.pupil_id AND a.pupil_ord = h.b + 1
),
needs_history AS (
  SELECT h.pupil_id
  FROM before_horizon h
  LEFT JOIN at_first_peildatum w ON w.pupil_id = h.pupil_id
  LEFT JOIN first_day_after f ON f.pupil_id = h.pupil_id
  WHERE coalesce(w.window_first_ord, 1) <= h.b + 1
    OR coalesce(f.hele_dag, false)
    OR (coalesce(f.ziek, false) AND coalesce(w.w4_first_ord, 1) <= h.b + $longSickSpellDays)
)
SELECT p.pupil_id, p.pupil_no, p.brin, p.school_id, p.days_before, p.first_school_ord,
  p.van, least(p.tot, $since::DATE - 1) AS tot
FROM pupil_school_days p
SEMI JOIN needs_history n ON n.pupil_id = p.pupil_id
WHERE p.van < $since::DATE AND p.school_id IS NOT NULL;
