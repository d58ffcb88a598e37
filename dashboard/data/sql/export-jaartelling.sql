-- The annual count of one school year as the analysts' table (jaartelling.md §5): one row per line
-- in the order of the Leerplichttelling ($regels, '|'-separated, $omschrijvingen in the same
-- order; dashboard/data/jaartelling-lines.ts), one column per kind of education.
WITH lines AS (
  SELECT unnest(string_split($regels, '|')) AS regel,
    unnest(string_split($omschrijvingen, '|')) AS omschrijving,
    unnest(range(1, len(string_split($regels, '|')) + 1)) AS volgorde
),
cells AS (
  SELECT l.volgorde, l.regel, l.omschrijving, c.onderwijssoort, c.aantal,
    -- a line the count stored is 0 for a kind it wrote no row for; a rate has no such 0, and a
    -- line it did not store at all stays empty
    CASE WHEN count(c.regel) OVER (PARTITION BY l.regel) > 0 AND l.regel NOT LIKE 'per_1000.%' THEN 0 END AS leeg
  FROM lines l
  LEFT JOIN jaartelling c ON c.regel = l.regel AND c.schooljaar = $schooljaar
)
SELECT $schooljaar::VARCHAR AS schooljaar,
  (SELECT strftime(max(tot), '%Y-%m-%d') FROM jaartelling WHERE schooljaar = $schooljaar) AS tot,
  regel, omschrijving,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'po'), any_value(leeg)) AS po,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'vso'), any_value(leeg)) AS vso,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'vo'), any_value(leeg)) AS vo,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'mbo'), any_value(leeg)) AS mbo,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'onbekend'), any_value(leeg)) AS onbekend,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'geen_onderwijs'), any_value(leeg)) AS geen_onderwijs,
  coalesce(max(aantal) FILTER (WHERE onderwijssoort = 'totaal'), any_value(leeg)) AS totaal
FROM cells
GROUP BY volgorde, regel, omschrijving
ORDER BY volgorde
