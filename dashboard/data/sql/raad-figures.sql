-- The public headline figures per month, from the monitor cube (results.sql monitor_counts).
-- classification.md §3 decides the phases; §4 passend aanbod; §6 the targets' metrics.
WITH totaal AS (SELECT * FROM monitor_counts WHERE dimensie = 'totaal'),
signaal AS (SELECT * FROM monitor_counts WHERE dimensie = 'signaal' AND fase = '3' AND officieel = 'nee'),
artikel AS (SELECT * FROM monitor_counts WHERE dimensie = 'artikel' AND categorie = 'vrijgesteld')
SELECT
  maand,
  coalesce(sum(aantal), 0)::INTEGER AS jongeren,
  -- §3.2/§3.3 official thuiszitters: fase 3 counted by the national definition
  coalesce(sum(aantal) FILTER (fase = '3' AND officieel = 'ja'), 0)::INTEGER AS officieel,
  coalesce(sum(aantal) FILTER (fase = '3' AND officieel = 'ja' AND duur = '>4w'), 0)::INTEGER AS officieel_4w,
  coalesce(sum(aantal) FILTER (fase = '3' AND officieel = 'ja' AND duur = '>3m'), 0)::INTEGER AS officieel_3m,
  -- §3.3 at home > 4 school weeks, mostly ziek or geoorloofd: the count misses them
  coalesce(sum(aantal) FILTER (fase = '3' AND officieel = 'nee'), 0)::INTEGER AS niet_geteld,
  (SELECT coalesce(sum(aantal), 0) FROM signaal s WHERE s.maand = totaal.maand AND s.waarde = 'langdurig_ziek')::INTEGER AS langdurig_ziek,
  (SELECT coalesce(sum(aantal), 0) FROM signaal s WHERE s.maand = totaal.maand AND s.waarde = 'langdurig_geoorloofd')::INTEGER AS langdurig_geoorloofd,
  coalesce(sum(aantal) FILTER (fase = '3'), 0)::INTEGER AS fase3,
  -- §3.2 not enrolled for at most four weeks (fase 2)
  coalesce(sum(aantal) FILTER (categorie = 'absoluut_verzuim' AND fase = '2'), 0)::INTEGER AS absoluut_kort,
  -- §2 almost leerplichtig, no school yet
  coalesce(sum(aantal) FILTER (categorie = 'bijna_leerplichtig'), 0)::INTEGER AS bijna_leerplichtig,
  -- §3.4 enrolled and threatening (fase 2): shown beside the total, not added to it
  coalesce(sum(aantal) FILTER (categorie = 'ingeschreven' AND fase = '2'), 0)::INTEGER AS dreigend,
  -- §4 the pact's zero target
  coalesce(sum(aantal) FILTER (fase = '3' AND duur = '>3m' AND passend_aanbod = 'nee'), 0)::INTEGER AS zonder_aanbod_3m,
  -- §3.1 exemptions, art. 5a apart
  coalesce(sum(aantal) FILTER (categorie = 'vrijgesteld'), 0)::INTEGER AS vrijstellingen,
  (SELECT coalesce(sum(aantal), 0) FROM artikel a WHERE a.maand = totaal.maand AND a.waarde = '5a')::INTEGER AS vrijstellingen_5a
FROM totaal
GROUP BY maand
ORDER BY maand
