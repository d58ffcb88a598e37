-- reads: monitor_counts
-- Every published figure, defined once: per stored month, one row per figure with its id, what it
-- counts (omschrijving: the label of every card, table and report line; chart legends keep their
-- shorter names in dashboard/client/charts/) and its exact value.
-- `tzm monitor`'s summary, the council page and report, the analyst page and the targets read
-- figures by id from here; small-number suppression stays the public pages' job
-- (dashboard/data/disclosure/). A figure no youth falls in that month is 0.
-- classification.md §3 decides the phases, §3.1 the exemptions, §4 passend aanbod, §6 the counts.
-- A view, so that it never goes stale: it is always the stored counts of monitor_counts.

CREATE OR REPLACE VIEW monitor_figures AS
WITH per_maand AS (
  SELECT maand, any_value(peildatum) AS peildatum, [
    {figuur: 'jongeren', omschrijving: 'Jongeren in beeld',
      waarde: sum(aantal) FILTER (dimensie = 'totaal')},
    -- §3.5
    {figuur: 'fase1', omschrijving: 'Op school (fase 1)',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '1')},
    -- §3.2 and §3.4: enrolled and threatening, and not enrolled for at most four weeks
    {figuur: 'fase2', omschrijving: 'Fase 2: dreigend thuiszitten of korter dan 4 weken niet ingeschreven',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '2')},
    -- §3.4 enrolled and threatening: shown beside the school missers, not added to them
    {figuur: 'dreigend', omschrijving: 'Dreigend thuiszitten (ingeschreven, fase 2)',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND categorie = 'ingeschreven' AND fase = '2')},
    -- §3.2 not enrolled for at most four weeks
    {figuur: 'absoluut_kort', omschrijving: 'Korter dan 4 weken niet ingeschreven',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND categorie = 'absoluut_verzuim' AND fase = '2')},
    {figuur: 'absoluut_verzuim', omschrijving: 'Niet ingeschreven (absoluut verzuim, elke duur)',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND categorie = 'absoluut_verzuim')},
    -- §3.2/§3.3: every thuiszitter, official or not
    {figuur: 'fase3', omschrijving: 'Alle thuiszitters, officieel en niet geteld (fase 3)',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3')},
    {figuur: 'fase3_3m', omschrijving: 'Thuiszitters langer dan 3 maanden, officieel en niet geteld',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3' AND duur = '>3m')},
    -- §3.2/§3.3 official thuiszitters: fase 3 counted by the national definition
    {figuur: 'officieel', omschrijving: 'Officieel geteld (fase 3)',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3' AND officieel = 'ja')},
    {figuur: 'officieel_4w', omschrijving: 'Officieel geteld, 4 weken tot 3 maanden thuis',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3' AND officieel = 'ja' AND duur = '>4w')},
    {figuur: 'officieel_3m', omschrijving: 'Officieel geteld, langer dan 3 maanden thuis',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3' AND officieel = 'ja' AND duur = '>3m')},
    -- §3.3 at home > 4 school weeks, mostly ziek or geoorloofd: the official count misses them
    {figuur: 'niet_geteld', omschrijving: 'Langdurig thuis, niet geteld (ziek of geoorloofd)',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3' AND officieel = 'nee')},
    {figuur: 'langdurig_ziek', omschrijving: 'Langdurig ziek (niet geteld)',
      waarde: sum(aantal) FILTER (dimensie = 'signaal' AND waarde = 'langdurig_ziek' AND fase = '3' AND officieel = 'nee')},
    {figuur: 'langdurig_geoorloofd', omschrijving: 'Langdurig geoorloofd afwezig (niet geteld)',
      waarde: sum(aantal) FILTER (dimensie = 'signaal' AND waarde = 'langdurig_geoorloofd' AND fase = '3' AND officieel = 'nee')},
    -- §4 the pact's zero target
    {figuur: 'zonder_aanbod_3m', omschrijving: '> 3 maanden thuis zonder passend aanbod',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND fase = '3' AND duur = '>3m' AND passend_aanbod = 'nee')},
    -- §2 almost leerplichtig, no school yet
    {figuur: 'bijna_leerplichtig', omschrijving: 'Bijna leerplichtig, geen school',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND categorie = 'bijna_leerplichtig')},
    -- everyone who does not go to school: every thuiszitter, not enrolled for a short while, or
    -- almost leerplichtig without a school (disjoint groups, README "Regels")
    {figuur: 'schoolmissers', omschrijving: 'Alle schoolmissers',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND (fase = '3'
        OR (categorie = 'absoluut_verzuim' AND fase = '2') OR categorie = 'bijna_leerplichtig'))},
    -- §3.1 exemptions, art. 5a apart
    {figuur: 'vrijstellingen', omschrijving: 'Vrijstellingen',
      waarde: sum(aantal) FILTER (dimensie = 'totaal' AND categorie = 'vrijgesteld')},
    {figuur: 'vrijstellingen_5a', omschrijving: 'Vrijstellingen art. 5a',
      waarde: sum(aantal) FILTER (dimensie = 'artikel' AND waarde = '5a' AND categorie = 'vrijgesteld')},
    {figuur: 'vrijstellingen_overig', omschrijving: 'Vrijstellingen, andere artikelen dan 5a',
      waarde: sum(aantal) FILTER (dimensie = 'artikel' AND waarde <> '5a' AND categorie = 'vrijgesteld')}
  ] AS figuren
  FROM monitor_counts
  GROUP BY maand
)
SELECT maand, peildatum, f.figuur, f.omschrijving, coalesce(f.waarde, 0)::BIGINT AS waarde
FROM per_maand, unnest(figuren) AS figuur_rij(f);
