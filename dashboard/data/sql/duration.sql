-- Current thuiszitters (fase 3) by how long they have been at home: the streak of fully absent
-- school days (classification.md §3.3). Not-enrolled youth have no streak (streak_dagen NULL).
SELECT categorie, officieel, duur, streak_dagen, strftime(streak_start, '%Y-%m') AS sinds, count(*)::INTEGER AS aantal
FROM classifications
WHERE peildatum = CAST($peildatum AS DATE) AND fase = '3'
GROUP BY ALL
ORDER BY streak_dagen
