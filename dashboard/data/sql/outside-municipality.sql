-- classification.md §2: non-residents are not classified; their school data is kept and counted
-- in the data quality report as "leerlingen van buiten de gemeente": pupils enrolled at a
-- school on the peildatum who are not residents on it (not in the register, or moved out).
SELECT count(DISTINCT i.pupil_key)::INTEGER AS aantal
FROM inschrijvingen i
WHERE i.van <= $peildatum::DATE AND (i.tot IS NULL OR i.tot >= $peildatum::DATE)
  AND NOT EXISTS (
    SELECT 1 FROM leerlingen l
    WHERE l.pupil_key = i.pupil_key
      AND (l.in_gemeente_sinds IS NULL OR l.in_gemeente_sinds <= $peildatum::DATE)
      AND (l.uit_gemeente IS NULL OR l.uit_gemeente > $peildatum::DATE))
