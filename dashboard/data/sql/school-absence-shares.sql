-- One school's pupils who missed >= 10% and >= 50% of their scheduled hours this school year, at
-- every stored month end of the school year up to the chosen month, beside the municipality's
-- shares (results.sql school_absence_shares; brin '' is the municipality). The school sees its
-- own counts; of the municipality only the shares.
SELECT g.maand,
  s.leerlingen, s.ten_procent, s.vijftig_procent,
  s.ten_procent / nullif(s.leerlingen, 0) AS aandeel_10,
  s.vijftig_procent / nullif(s.leerlingen, 0) AS aandeel_50,
  g.ten_procent / nullif(g.leerlingen, 0) AS gemeente_10,
  g.vijftig_procent / nullif(g.leerlingen, 0) AS gemeente_50
FROM school_absence_shares g
LEFT JOIN school_absence_shares s ON s.maand = g.maand AND s.brin = $brin
WHERE g.brin = '' AND g.maand BETWEEN $van AND $maand
ORDER BY g.maand
