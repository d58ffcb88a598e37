-- classification.md §3 rule 2 "Not enrolled (absoluut verzuim)": in scope, not exempt, no
-- enrollment active on D. It started on the latest of: leerplicht_start, in_gemeente_sinds, the
-- day after the end of the most recent enrollment, the day after the end of the most recent
-- vrijstelling. (greatest() skips the ones that do not exist.)
-- reads: in_beeld, pupil_school_days, vrijstellingen
-- Parameters: $peildatum.

CREATE OR REPLACE TEMP TABLE absoluut_verzuim AS
WITH last_enrollment AS (
  -- no enrollment is active on D, so every piece that began by D also ended before it
  SELECT pupil_id, max(tot) AS tot FROM pupil_school_days
  WHERE van <= $peildatum::DATE AND tot < $peildatum::DATE
  GROUP BY pupil_id
),
last_vrijstelling AS (
  SELECT pupil_no, max(tot) AS tot FROM vrijstellingen
  WHERE van <= $peildatum::DATE AND tot < $peildatum::DATE
  GROUP BY pupil_no
)
SELECT b.pupil_id,
  greatest(b.leerplicht_start, b.in_gemeente_sinds, e.tot + 1, v.tot + 1) AS start
FROM in_beeld b
LEFT JOIN last_enrollment e ON e.pupil_id = b.pupil_id
LEFT JOIN last_vrijstelling v ON v.pupil_no = b.pupil_no
WHERE b.categorie = 'absoluut_verzuim';
