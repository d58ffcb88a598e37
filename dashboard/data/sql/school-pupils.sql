-- The school's action list: its pupils in fase 2 and 3 on the peildatum, by leerling_id (never
-- BSN or pupil_key), furthest from school first: fase 3 before 2, then the lowest attendance in
-- the last four weeks, then the longest streak.
-- `sinds_vorige_maand` compares with the stored month end before this one (any school): 'nieuw'
-- when the pupil was not in fase 2 or 3 then (or not classified), 'naar_fase_3' when he moved
-- from 2 to 3, '' otherwise; NULL when no earlier month is stored (nothing to compare with).
WITH previous AS (
  SELECT max(peildatum) AS peildatum FROM classifications WHERE peildatum < CAST($peildatum AS DATE)
),
before AS (
  SELECT c.leerling_id, c.fase
  FROM classifications c JOIN previous p ON c.peildatum = p.peildatum
)
SELECT now.leerling_id, now.categorie, now.fase, now.duur, now.officieel, now.passend_aanbod, now.signalen,
  strftime(now.streak_start, '%Y-%m-%d') AS streak_start, now.streak_dagen,
  now.aanwezigheid_w4, now.ongeoorloofd_uren_w4, now.reden, now.leeftijd, now.vestiging, now.traject_soort,
  CASE
    WHEN (SELECT peildatum FROM previous) IS NULL THEN NULL
    WHEN before.fase IS NULL OR before.fase NOT IN ('2', '3') THEN 'nieuw'
    WHEN before.fase = '2' AND now.fase = '3' THEN 'naar_fase_3'
    ELSE ''
  END AS sinds_vorige_maand
FROM classifications now
LEFT JOIN before ON before.leerling_id = now.leerling_id
WHERE now.peildatum = CAST($peildatum AS DATE) AND now.brin = $brin AND now.fase IN ('2', '3')
ORDER BY now.fase DESC, now.aanwezigheid_w4 ASC NULLS LAST, now.streak_dagen DESC NULLS LAST, now.leerling_id
