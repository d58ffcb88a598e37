-- classification.md §5 brin, sector and §3.4 aangepast_programma come from "the enrollment active
-- on D". enrollment_pieces already applies §1 "the latest van counts (then the lowest BRIN +
-- vestiging)", so at most one piece covers D.
-- Parameters: $peildatum.

CREATE OR REPLACE TEMP TABLE enrollment_on_peildatum AS
SELECT e.pupil_key, e.brin, e.vestiging, e.aangepast_programma, coalesce(s.sector, '') AS sector
FROM enrollment_pieces e
LEFT JOIN schools s ON s.brin = e.brin AND s.vestiging = e.vestiging
WHERE e.van <= $peildatum::DATE AND e.tot >= $peildatum::DATE;
