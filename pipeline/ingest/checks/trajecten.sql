-- spec/inputs.md, kind trajecten: bsn, soort (e.g. onderwijs-zorg, maatwerk, thuiszittersinitiatief), van, tot?
SELECT *, 'trajecten' AS target,
  problems([
    check_bsn(bsn_text, bsn),
    coalesce(check_required('soort', soort), check_identifier('soort', soort)),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, false),
    check_order('tot', van, tot)
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    lower(tidy(soort)) AS soort,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot
  FROM raw
)
