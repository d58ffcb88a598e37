-- spec/inputs.md, kind vakanties: regio (noord, midden, zuid, landelijk) or brin + vestiging?
-- (a school's own free days; all its vestigingen when vestiging is empty), van, tot, omschrijving.
-- The open-data JSON calls the national rows "heel Nederland".
-- A vestiging is checked whether or not the row has a brin, and kept only with one.
SELECT * REPLACE (CASE WHEN brin IS NOT NULL THEN vestiging END AS vestiging), 'vakanties' AS target,
  problems([
    CASE WHEN brin IS NULL THEN check_known('regio', regio_text, regio, ['noord', 'midden', 'zuid', 'landelijk'])
         ELSE check_brin(brin_text, brin) END,
    check_vestiging(vestiging_text, vestiging),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, true),
    check_order('tot', van, tot),
    check_required('omschrijving', omschrijving)
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    regio AS regio_text,
    CASE WHEN blank(brin) THEN
      CASE WHEN lower(tidy(regio)) IN ('heel nederland', 'landelijk') THEN 'landelijk' ELSE lower(tidy(regio)) END
    END AS regio,
    brin AS brin_text, CASE WHEN NOT blank(brin) THEN brin_of(brin) END AS brin,
    vestiging AS vestiging_text, vestiging_of(vestiging, NULL) AS vestiging,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot,
    scrub_bsn(tidy(omschrijving)) AS omschrijving -- free text: scrubbed (spec/inputs.md "Privacy")
  FROM raw
)
