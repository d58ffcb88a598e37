-- classification.md §1: "where two enrollments are active on one day, the one with the latest
-- van counts (then the lowest BRIN + vestiging)". A day without an active enrollment is no school day.
-- reads: inschrijvingen, pupils
-- Parameters: $until (the last peildatum the history is needed for).

-- Cut each pupil's enrollment history at every date where an enrollment starts or ends; each
-- piece belongs to the winning enrollment among those active on its first day.
CREATE OR REPLACE TEMP TABLE enrollment_pieces AS
WITH enrollment AS (
  SELECT u.pupil_id, u.pupil_no, i.brin, i.vestiging, i.van, coalesce(i.tot, DATE '9999-12-31') AS tot,
    i.aangepast_programma
  FROM inschrijvingen i JOIN pupils u ON u.pupil_no = i.pupil_no
  WHERE i.van <= $until::DATE AND (i.tot IS NULL OR i.tot >= i.van)
),
cut AS (
  SELECT pupil_id, van AS datum FROM enrollment
  UNION
  SELECT pupil_id, tot + 1 FROM enrollment WHERE tot < DATE '9999-12-31'
),
piece AS (
  SELECT pupil_id, datum AS van,
    coalesce(lead(datum) OVER (PARTITION BY pupil_id ORDER BY datum) - 1, DATE '9999-12-31') AS tot
  FROM cut
)
SELECT p.pupil_id, e.pupil_no, p.van, p.tot, e.brin, e.vestiging, e.aangepast_programma
FROM piece p
JOIN enrollment e ON e.pupil_id = p.pupil_id AND e.van <= p.van AND e.tot >= p.van
WHERE p.van <= $until::DATE
QUALIFY row_number() OVER (
  PARTITION BY p.pupil_id, p.van
  ORDER BY e.van DESC, e.brin, e.vestiging, e.tot DESC, e.aangepast_programma DESC
) = 1;
