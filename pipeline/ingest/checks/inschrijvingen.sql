-- spec/inputs.md, kind inschrijvingen: bsn, brin, vestiging?, van, tot?, aangepast_programma? (ja/nee)
SELECT *, 'inschrijvingen' AS target,
  problems([
    check_bsn(bsn_text, bsn),
    check_brin(brin_text, brin),
    check_vestiging(vestiging_text, vestiging),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, false),
    check_order('tot', van, tot),
    check_yes_no('aangepast_programma', aangepast_programma_text, aangepast_programma)
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    brin AS brin_text, brin_of(brin) AS brin,
    vestiging AS vestiging_text, vestiging_of(vestiging, '00') AS vestiging,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot,
    aangepast_programma AS aangepast_programma_text, yes_no_of(aangepast_programma) AS aangepast_programma
  FROM raw
)
