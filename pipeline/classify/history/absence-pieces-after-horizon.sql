-- Absent hours are worked out in two passes so that a peildatum does not pay for years of
-- absence history its rules never look at (a performance choice: the result is the same as over
-- the whole history, which tests/classify/absence-horizon.test.ts checks).
-- Pass 1 covers every pupil from the horizon ($since, six months before the first peildatum: W12
-- of a pupil enrolled all along lies well inside it) up to $until. Pass 2
-- (absence-pieces-before-horizon.sql) adds the earlier history of the pupils whose rules can reach
-- back past the horizon. Without a horizon ($since NULL) pass 1 covers the whole history.
-- The pieces of pupil_school_days clipped to pass 1, for absent-days-after-horizon.sql.
-- reads: pupil_school_days
-- Parameters: $since (or NULL), $until.

CREATE OR REPLACE TEMP TABLE absence_pieces_after_horizon AS
SELECT pupil_id, pupil_no, brin, school_id, days_before, first_school_ord,
  greatest(van, coalesce($since::DATE, van)) AS van, least(tot, $until::DATE) AS tot
FROM pupil_school_days
WHERE school_id IS NOT NULL AND tot >= coalesce($since::DATE, tot);
