-- Fase 3 youth per month by sector, reason and alternative route (traject_soort),
-- split into officially counted or not (classification.md §3.3, §4).
SELECT maand, dimensie, waarde, officieel, sum(aantal)::INTEGER AS aantal
FROM monitor_counts
WHERE fase = '3' AND dimensie IN ('sector', 'reden', 'traject_soort')
GROUP BY ALL
ORDER BY maand, dimensie, waarde, officieel
