-- classification.md §6: a target's metric is a filter over the monthly counts. Each metric field
-- is bound as a parameter; NULL means "any". A breakdown field (at most one) picks its dimension
-- rows, otherwise the 'totaal' rows are summed.
-- Parameters: $categorie, $fase, $duur, $officieel, $passend_aanbod, $dimensie, $waarde.

SELECT maand, sum(aantal)::BIGINT AS waarde
FROM monitor_counts
WHERE dimensie = $dimensie AND waarde = $waarde
  AND ($categorie IS NULL OR categorie = $categorie)
  AND ($fase IS NULL OR fase = $fase)
  AND ($duur IS NULL OR duur = $duur)
  AND ($officieel IS NULL OR officieel = $officieel)
  AND ($passend_aanbod IS NULL OR passend_aanbod = $passend_aanbod)
GROUP BY maand;
