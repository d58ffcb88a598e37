-- Pass 1 of the absent hours (absence-horizon.sql): the pieces of pupil_school_days from each
-- pupil's horizon on, or whole for a pupil without one, up to $until, for absent-days-after-horizon.sql.
-- reads: pupil_school_days, absence_horizon
-- Parameters: $until.

CREATE OR REPLACE TEMP TABLE absence_pieces_after_horizon AS
SELECT p.pupil_id, p.pupil_no, p.brin, p.school_id, p.days_before, p.first_school_ord,
  greatest(p.van, coalesce(h.since, p.van)) AS van, least(p.tot, $until::DATE) AS tot
FROM pupil_school_days p
LEFT JOIN absence_horizon h ON h.pupil_id = p.pupil_id
WHERE p.school_id IS NOT NULL AND p.tot >= coalesce(h.since, p.tot);
