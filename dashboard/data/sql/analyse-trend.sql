-- Every month by state (classification.md §3), exact, for the analyst's trend chart.
SELECT maand, categorie, fase, duur, officieel, passend_aanbod, sum(aantal)::INTEGER AS aantal
FROM monitor_counts
WHERE dimensie = 'totaal'
GROUP BY ALL
ORDER BY maand
