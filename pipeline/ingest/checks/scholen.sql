-- spec/inputs.md, kind scholen: brin, vestiging?, naam, sector, regio, uren_per_dag?
SELECT *, 'scholen' AS target,
  problems([
    check_brin(brin_text, brin),
    check_vestiging(vestiging_text, vestiging),
    check_required('naam', naam),
    check_known('sector', sector_text, sector, ['PO', 'SBO', 'SO', 'VSO', 'VO', 'MBO']),
    check_known('regio', regio_text, regio, ['noord', 'midden', 'zuid']),
    check_decimal('uren_per_dag', uren_per_dag_text, uren_per_dag, 0.5, 24, false)
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    brin AS brin_text, brin_of(brin) AS brin,
    vestiging AS vestiging_text, vestiging_of(vestiging, '00') AS vestiging,
    scrub_bsn(tidy(naam)) AS naam, -- free text: scrubbed (spec/inputs.md "Privacy")
    sector AS sector_text, upper(tidy(sector)) AS sector,
    regio AS regio_text, lower(tidy(regio)) AS regio,
    uren_per_dag AS uren_per_dag_text, decimal_of(uren_per_dag) AS uren_per_dag
  FROM raw
)
