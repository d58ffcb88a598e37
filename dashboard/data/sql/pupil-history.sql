-- One pupil's classification at each month end while enrolled at this school.
SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, categorie, fase, duur, officieel, passend_aanbod,
  signalen, strftime(streak_start, '%Y-%m-%d') AS streak_start, streak_dagen, aanwezigheid_w4,
  ongeoorloofd_uren_w4, reden, leeftijd, traject_soort
FROM classifications
WHERE leerling_id = $leerling_id AND brin = $brin
ORDER BY peildatum
