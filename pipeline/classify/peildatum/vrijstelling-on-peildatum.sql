-- classification.md §3 rule 1: a vrijstelling is active on D when van <= D and tot is empty or
-- >= D; §1: "the latest van decides between two active exemptions" (then the lowest article, so
-- the choice is always the same).
-- reads: vrijstellingen
-- Parameters: $peildatum.

CREATE OR REPLACE TEMP TABLE vrijstelling_on_peildatum AS
SELECT pupil_no, artikel
FROM vrijstellingen
WHERE van <= $peildatum::DATE AND (tot IS NULL OR tot >= $peildatum::DATE)
QUALIFY row_number() OVER (PARTITION BY pupil_no ORDER BY van DESC, artikel) = 1;
