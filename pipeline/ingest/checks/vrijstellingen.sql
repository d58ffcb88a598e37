-- spec/inputs.md, kind vrijstellingen: bsn, artikel (5a, 5b, 5c, 15, 3a, 3b, 5a-trekkend), van, tot?
-- Registers write the article as '5a', '5A', 'art. 5 lid 1 onder a': all are 5a (artikel_of).
SELECT *, 'vrijstellingen' AS target,
  problems([
    check_bsn(bsn_text, bsn),
    check_known('artikel', artikel_text, artikel, ['5a', '5b', '5c', '15', '3a', '3b', '5a-trekkend']),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, false),
    check_order('tot', van, tot)
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    artikel AS artikel_text,
    artikel_of(artikel) AS artikel,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot
  FROM raw
)
