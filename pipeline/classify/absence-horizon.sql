-- Absent hours are worked out in two passes so that a peildatum does not pay for years of
-- absence history it does not look at (a performance choice; the result is exact either way).
-- Pass 1 covers every pupil from the horizon ($since, six months before the first peildatum:
-- W12 of a continuously enrolled pupil lies well inside it) up to $until. Pass 2
-- (absence-horizon-extension.sql) adds the earlier history of the few pupils who need it.
-- absent-hours.sql reads `absence_pieces`: the pupil school-day pieces clipped to the pass.
-- Parameters: $since, $until.

CREATE OR REPLACE TEMP TABLE absent_days (
  pupil_id INTEGER, pupil_ord INTEGER, school_id INTEGER, datum DATE, geplande_uren DOUBLE,
  ziek_uren DOUBLE, geoorloofd_uren DOUBLE, ongeoorloofd_uren DOUBLE, afwezig_uren DOUBLE, hele_dag BOOLEAN
);

CREATE OR REPLACE TEMP TABLE absence_pieces AS
SELECT pupil_id, pupil_key, brin, school_id, days_before, first_school_ord,
  greatest(van, $since::DATE) AS van, least(tot, $until::DATE) AS tot
FROM pupil_school_days
WHERE tot >= $since::DATE AND school_id IS NOT NULL;
