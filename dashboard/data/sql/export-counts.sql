-- The monthly counts as stored (results.sql monitor_counts), exact.
SELECT maand, strftime(peildatum, '%Y-%m-%d') AS peildatum, dimensie, waarde, categorie, fase, duur,
  officieel, passend_aanbod, aantal::INTEGER AS aantal
FROM monitor_counts
ORDER BY maand, dimensie, waarde, categorie, fase, duur, officieel, passend_aanbod
