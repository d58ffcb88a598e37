-- The school's pupils in fase 2 and 3 on the peildatum, by leerling_id (never BSN or pupil_key).
SELECT leerling_id, categorie, fase, duur, officieel, passend_aanbod, signalen,
  strftime(streak_start, '%Y-%m-%d') AS streak_start, streak_dagen,
  aanwezigheid_w4, ongeoorloofd_uren_w4, reden, leeftijd, vestiging, traject_soort
FROM classifications
WHERE peildatum = CAST($peildatum AS DATE) AND brin = $brin AND fase IN ('2', '3')
ORDER BY fase DESC, streak_dagen DESC NULLS LAST, leerling_id
