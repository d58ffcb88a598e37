-- One row per classified youth on the peildatum: the fields of classification.md §5 under their
-- own names, then the dashboard columns of results.sql; the columns of the analyst's download
-- (routes/analyse-api.ts, from pipeline/classify/classification-fields.ts), held equal by a test.
SELECT leerling_id, strftime(peildatum, '%Y-%m-%d') AS peildatum, categorie, fase, duur, officieel,
  passend_aanbod, signalen, artikel, strftime(streak_start, '%Y-%m-%d') AS streak_start, streak_dagen,
  round(aanwezigheid_w4, 3) AS aanwezigheid_w4, ongeoorloofd_uren_w4, brin, sector, kwalificatieplichtig, te_laat_w4, reden,
  vestiging, leeftijd, traject_soort
FROM classifications
WHERE peildatum = CAST($peildatum AS DATE)
ORDER BY leerling_id
