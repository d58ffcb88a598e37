-- Pass 2 of the absent hours (see absence-horizon.sql): the history before the horizon, for
-- the pupils whose rules can reach back past it:
-- - W12 at the first peildatum, or the school day just before it, lies before the horizon
--   (few school days since: a new or returning pupil), or
-- - the pupil's first school day on or after the horizon was fully absent, so a streak may have
--   begun earlier.
-- Pupils without any school day before the horizon never need it.
-- Parameters: $since, $firstPeildatum, $w12SchoolDays.

CREATE OR REPLACE TEMP TABLE absence_pieces AS
WITH before_horizon AS (
  SELECT pupil_id, last_ord FROM last_pupil_ord_on($since::DATE - 1) WHERE last_ord > 0
),
at_first_peildatum AS (
  SELECT pupil_id, greatest(last_ord - $w12SchoolDays + 1, 1) AS w12_first_ord
  FROM last_pupil_ord_on($firstPeildatum::DATE)
),
needs_history AS (
  SELECT b.pupil_id
  FROM before_horizon b
  LEFT JOIN at_first_peildatum w ON w.pupil_id = b.pupil_id
  WHERE coalesce(w.w12_first_ord, 1) - 1 <= b.last_ord
    OR EXISTS (
      SELECT 1 FROM absent_days a
      WHERE a.pupil_id = b.pupil_id AND a.pupil_ord = b.last_ord + 1 AND a.hele_dag
    )
)
SELECT p.pupil_id, p.pupil_key, p.brin, p.school_id, p.days_before, p.first_school_ord,
  p.van, least(p.tot, $since::DATE - 1) AS tot
FROM pupil_school_days p
SEMI JOIN needs_history n ON n.pupil_id = p.pupil_id
WHERE p.van < $since::DATE AND p.school_id IS NOT NULL;
