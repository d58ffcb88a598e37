-- classification.md §5 brin, sector and §3.4 aangepast_programma come from "the enrollment active
-- on D". The pieces already apply §1 "the latest van counts (then the lowest BRIN + vestiging)",
-- so at most one piece covers D.
-- reads: pupil_school_days, schools
-- Parameters: $peildatum.

CREATE OR REPLACE TEMP TABLE enrollment_on_peildatum AS
SELECT p.pupil_id, p.brin, p.vestiging, p.aangepast_programma, coalesce(s.sector, '') AS sector
FROM pupil_school_days p
LEFT JOIN schools s ON s.school_id = p.school_id
WHERE p.van <= $peildatum::DATE AND p.tot >= $peildatum::DATE;
