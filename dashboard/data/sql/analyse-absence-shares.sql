-- Per school (BRIN) and for the municipality (brin ''), the pupils who missed >= 10% and >= 50%
-- of their scheduled hours this school year, at every stored month end of the school year up to
-- the chosen month (results.sql school_absence_shares). Exact counts: analysts only.
WITH namen AS (
  SELECT brin, min(naam) AS naam, min(sector) AS sector FROM scholen GROUP BY brin
)
SELECT a.maand, a.brin, namen.naam, namen.sector, a.leerlingen, a.ten_procent, a.vijftig_procent
FROM school_absence_shares a
LEFT JOIN namen USING (brin)
WHERE a.maand BETWEEN $van AND $maand
ORDER BY a.maand, a.brin
