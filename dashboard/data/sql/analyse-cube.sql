-- The whole monitor cube of one month (results.sql monitor_counts), exact: the analyst page
-- draws every breakdown (fase, duur, categorie, signal, reason, sector, school, age,
-- kwalificatieplicht) from it.
SELECT dimensie, waarde, categorie, fase, duur, officieel, passend_aanbod, sum(aantal)::INTEGER AS aantal
FROM monitor_counts
WHERE maand = $maand
GROUP BY ALL
ORDER BY dimensie, waarde
