-- classification.md §6: the schools with youths in scope whose absence data did not cover the month.
SELECT brin, leerlingen::INTEGER AS leerlingen
FROM monitor_uncovered_schools
WHERE maand = $maand
ORDER BY brin
