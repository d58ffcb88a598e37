-- spec/inputs.md, kind vrijstellingen: bsn, artikel (5a, 5b, 5c, 15, 3a), van, tot?
-- Registers write the article as '5a', '5A', 'art. 5 onder a': all are 5a.
SELECT *, 'vrijstellingen' AS target,
  problems([
    bsn_problem,
    check_known('artikel', artikel_text, artikel, ['5a', '5b', '5c', '15', '3a']),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, false),
    check_order('tot', van, tot)
  ]) AS problems
FROM (
  SELECT line,
    b.pupil_key, b.problem AS bsn_problem,
    artikel AS artikel_text,
    regexp_replace(regexp_replace(lower(coalesce(artikel, '')), 'art(ikel)?\.?', '', 'g'), 'onder|\s', '', 'g') AS artikel,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot
  FROM raw LEFT JOIN bsn_dictionary b ON b.bsn_text = coalesce(raw.bsn, '')
)
