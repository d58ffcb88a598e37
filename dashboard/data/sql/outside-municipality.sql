-- classification.md §2: non-residents are not classified; their school data is kept and counted
-- in the data quality report as "leerlingen van buiten de gemeente": pupils with school data in
-- the month (enrolled on the peildatum, or absence registered in that month) who are not
-- residents on the peildatum (not in the register, or moved out). Pupils by number: the absence
-- tables keep no pupil_key.
WITH month AS (SELECT date_trunc('month', $peildatum::DATE)::DATE AS first, $peildatum::DATE AS last),
with_school_data AS (
  SELECT pupil_no FROM inschrijvingen, month
  WHERE van <= month.last AND (tot IS NULL OR tot >= month.last)
  UNION
  SELECT pupil_no FROM verzuim_events, month WHERE datum BETWEEN month.first AND month.last
  UNION
  SELECT pupil_no FROM verzuim_periods, month WHERE van <= month.last AND tot >= month.first
)
SELECT count(*)::INTEGER AS aantal
FROM with_school_data s
WHERE NOT EXISTS (
  SELECT 1 FROM leerlingen l
  WHERE l.pupil_no = s.pupil_no
    AND (l.in_gemeente_sinds IS NULL OR l.in_gemeente_sinds <= $peildatum::DATE)
    AND (l.uit_gemeente IS NULL OR l.uit_gemeente > $peildatum::DATE))
