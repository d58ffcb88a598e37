-- spec/inputs.md, kind vrijstellingen: bsn, artikel (5a, 5b, 5c, 15, 3a), van, tot?
-- Registers write the article as '5a', '5A', 'art. 5 onder a': all are 5a.
SELECT *, 'vrijstellingen' AS target,
  problems([
    check_bsn(bsn_text, bsn),
    check_known('artikel', artikel_text, artikel, ['5a', '5b', '5c', '15', '3a']),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, false),
    check_order('tot', van, tot)
  ]) AS problems
FROM (
  SELECT line, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    artikel AS artikel_text,
    regexp_replace(regexp_replace(lower(coalesce(artikel, '')), 'art(ikel)?\.?', '', 'g'), 'onder|\s', '', 'g') AS artikel,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot
  FROM raw
)
