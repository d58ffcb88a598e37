-- classification.md §5 reden: the latest reason category registered on or before D. Two reasons
-- on the same date: the one loaded last (highest file_id), then the lowest category.
-- reads: redenen
-- Parameters: $peildatum.

CREATE OR REPLACE TEMP TABLE reden_on_peildatum AS
SELECT pupil_no, reden
FROM redenen
WHERE datum <= $peildatum::DATE
QUALIFY row_number() OVER (PARTITION BY pupil_no ORDER BY datum DESC, file_id DESC, reden) = 1;
