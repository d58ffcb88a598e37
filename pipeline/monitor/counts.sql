-- classification.md §6: the monthly counts per categorie, fase, duur, officieel, passend_aanbod
-- and per breakdown (results.sql: one row per month x dimension value x phase combination).
-- Every breakdown includes waarde '' for the youths without one (no school, no signal, no
-- reason...), so each breakdown of a month adds up to its total.
-- Parameters: $from, $to (YYYY-MM).

DELETE FROM monitor_counts WHERE maand BETWEEN $from AND $to;

INSERT INTO monitor_counts
WITH month AS (
  SELECT * FROM classifications WHERE strftime(peildatum, '%Y-%m') BETWEEN $from AND $to
),
breakdown AS (
  SELECT peildatum, 'totaal' AS dimensie, '' AS waarde, categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'sector', sector, categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'kwalificatieplichtig', kwalificatieplichtig, categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'artikel', artikel, categorie, fase, duur, officieel, passend_aanbod FROM month
  -- a pupil with several signals counts once under each
  UNION ALL SELECT peildatum, 'signaal', unnest(string_split(signalen, '|')), categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'reden', reden, categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'traject_soort', traject_soort, categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'brin', brin, categorie, fase, duur, officieel, passend_aanbod FROM month
  UNION ALL SELECT peildatum, 'leeftijd', leeftijd::VARCHAR, categorie, fase, duur, officieel, passend_aanbod FROM month
)
SELECT strftime(peildatum, '%Y-%m') AS maand, peildatum, dimensie, waarde,
  categorie, fase, duur, officieel, passend_aanbod, count(*) AS aantal
FROM breakdown
GROUP BY ALL;
