-- classification.md §6: the monthly counts per categorie, fase, duur, officieel, passend_aanbod
-- and per breakdown (results.sql: one row per month x dimension value x phase combination).
-- Every breakdown includes waarde '' for the youths without one (no school, no signal, no
-- reason...), so each breakdown of a month adds up to its total.
-- Parameters: $from, $to (YYYY-MM).

DELETE FROM monitor_counts WHERE maand BETWEEN $from AND $to;

-- One pass with a grouping set per breakdown: in each set exactly one breakdown column is
-- grouped, the others are NULL, so coalesce() picks the value of the set's own breakdown.
INSERT INTO monitor_counts
SELECT strftime(peildatum, '%Y-%m') AS maand, peildatum,
  CASE
    WHEN GROUPING(sector) = 0 THEN 'sector'
    WHEN GROUPING(kwalificatieplichtig) = 0 THEN 'kwalificatieplichtig'
    WHEN GROUPING(artikel) = 0 THEN 'artikel'
    WHEN GROUPING(reden) = 0 THEN 'reden'
    WHEN GROUPING(traject_soort) = 0 THEN 'traject_soort'
    WHEN GROUPING(brin) = 0 THEN 'brin'
    WHEN GROUPING(leeftijd) = 0 THEN 'leeftijd'
    ELSE 'totaal'
  END AS dimensie,
  coalesce(sector, kwalificatieplichtig, artikel, reden, traject_soort, brin, leeftijd::VARCHAR, '') AS waarde,
  categorie, fase, duur, officieel, passend_aanbod, count(*) AS aantal
FROM classifications
WHERE peildatum BETWEEN strptime($from, '%Y-%m')::DATE AND last_day(strptime($to, '%Y-%m'))::DATE
GROUP BY GROUPING SETS (
  (peildatum, categorie, fase, duur, officieel, passend_aanbod),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, sector),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, kwalificatieplichtig),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, artikel),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, reden),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, traject_soort),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, brin),
  (peildatum, categorie, fase, duur, officieel, passend_aanbod, leeftijd)
);

-- A pupil with several signals counts once under each (and under '' when it has none).
INSERT INTO monitor_counts
SELECT strftime(peildatum, '%Y-%m') AS maand, peildatum, 'signaal' AS dimensie, signaal AS waarde,
  categorie, fase, duur, officieel, passend_aanbod, count(*) AS aantal
FROM (
  SELECT *, unnest(string_split(signalen, '|')) AS signaal
  FROM classifications
  WHERE peildatum BETWEEN strptime($from, '%Y-%m')::DATE AND last_day(strptime($to, '%Y-%m'))::DATE
)
GROUP BY ALL;
