-- What `tzm monitor` prints per month: the headline counts of classification.md §6 from the
-- stored monthly counts ('totaal' rows, and the artikel breakdown for art. 5a).
-- Parameters: $from, $to (YYYY-MM).

SELECT maand,
  strftime(any_value(peildatum), '%Y-%m-%d') AS peildatum,
  sum(aantal) FILTER (WHERE dimensie = 'totaal') AS in_beeld,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND fase = '1'), 0) AS fase_1,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND fase = '2'), 0) AS fase_2,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND fase = '3'), 0) AS fase_3,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND fase = '3' AND officieel = 'ja'), 0) AS fase_3_officieel,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND fase = '3' AND duur = '>3m'), 0) AS fase_3_langer_dan_3m,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND fase = '3' AND duur = '>3m' AND passend_aanbod = 'nee'), 0)
    AS fase_3_langer_dan_3m_zonder_aanbod,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND categorie = 'absoluut_verzuim'), 0) AS absoluut_verzuim,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND categorie = 'vrijgesteld'), 0) AS vrijgesteld,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'artikel' AND waarde = '5a' AND categorie = 'vrijgesteld'), 0) AS vrijgesteld_5a,
  coalesce(sum(aantal) FILTER (WHERE dimensie = 'totaal' AND categorie = 'bijna_leerplichtig'), 0) AS bijna_leerplichtig
FROM monitor_counts
WHERE maand BETWEEN $from AND $to
GROUP BY maand
ORDER BY maand;
