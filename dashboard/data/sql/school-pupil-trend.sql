-- Attendance of the action list's pupils (fase 2 or 3 on the peildatum at this school) at every
-- stored month end of the school year up to the peildatum: one point per month, for the small
-- trend line beside each pupil. A month where the pupil was not enrolled has no point.
WITH listed AS (
  SELECT leerling_id FROM classifications
  WHERE peildatum = CAST($peildatum AS DATE) AND brin = $brin AND fase IN ('2', '3')
)
SELECT c.leerling_id, strftime(c.peildatum, '%Y-%m') AS maand, c.aanwezigheid_w4
FROM classifications c JOIN listed USING (leerling_id)
WHERE c.peildatum BETWEEN CAST($van AS DATE) AND CAST($peildatum AS DATE) AND c.aanwezigheid_w4 IS NOT NULL
ORDER BY c.leerling_id, c.peildatum
