-- classification.md §1 "School day": a school's free days are the holiday periods of its region,
-- of region 'landelijk', and its own free days (rows with its BRIN and its vestiging, or with no
-- vestiging: all its vestigingen).
-- reads: schools, vakanties
-- Parameters: $until (the last peildatum).

CREATE OR REPLACE TEMP TABLE school_free_days AS
WITH free_day AS (
  SELECT regio, brin, vestiging, unnest(generate_series(van, tot, INTERVAL 1 DAY))::DATE AS datum
  FROM vakanties
  WHERE van <= tot AND van <= $until::DATE
)
SELECT s.school_id, f.datum FROM schools s JOIN free_day f ON f.regio = s.regio
UNION
SELECT s.school_id, f.datum FROM schools s JOIN free_day f ON f.regio = 'landelijk'
UNION
SELECT s.school_id, f.datum
FROM schools s JOIN free_day f ON f.brin = s.brin AND coalesce(f.vestiging, s.vestiging) = s.vestiging;
