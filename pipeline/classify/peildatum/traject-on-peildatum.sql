-- classification.md §4: a pupil has passend aanbod when a trajecten row is active on D
-- (van <= D, tot empty or >= D). Its soort is kept for the dashboards (traject_soort); with
-- several active trajecten the latest van (then the lowest soort) names it.
-- reads: trajecten
-- Parameters: $peildatum.

CREATE OR REPLACE TEMP TABLE traject_on_peildatum AS
SELECT pupil_no, soort
FROM trajecten
WHERE van <= $peildatum::DATE AND (tot IS NULL OR tot >= $peildatum::DATE)
QUALIFY row_number() OVER (PARTITION BY pupil_no ORDER BY van DESC, soort) = 1;
