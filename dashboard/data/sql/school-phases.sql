SELECT fase, count(*)::INTEGER AS aantal
FROM classifications
WHERE peildatum = CAST($peildatum AS DATE) AND brin = $brin
GROUP BY fase
ORDER BY fase
