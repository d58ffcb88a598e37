-- The youths behind one figure of the annual count (analysts only). `totaal` is the union of the
-- kinds (jaartelling.md §5). With each youth, the school on the newest stored month end, so the
-- list can lead to the pupil's calendar.
WITH youths AS (
  SELECT DISTINCT leerling_id
  FROM jaartelling_leerlingen
  WHERE schooljaar = $schooljaar AND regel = $regel AND ($onderwijssoort = 'totaal' OR onderwijssoort = $onderwijssoort)
),
newest AS (SELECT max(peildatum) AS peildatum FROM classifications)
SELECT y.leerling_id, c.brin, s.naam AS school, c.categorie, c.fase,
  strftime((SELECT peildatum FROM newest), '%Y-%m-%d') AS peildatum
FROM youths y
LEFT JOIN classifications c ON c.leerling_id = y.leerling_id AND c.peildatum = (SELECT peildatum FROM newest)
LEFT JOIN (SELECT brin, any_value(naam) AS naam FROM scholen GROUP BY brin) s ON s.brin = c.brin AND c.brin <> ''
ORDER BY y.leerling_id
