-- spec/inputs.md, kind redenen: bsn, datum, reden (a category). Registers write
-- 'Geen passend aanbod' as often as geen_passend_aanbod.
SELECT *, 'redenen' AS target,
  problems([
    check_bsn(bsn_text, bsn),
    check_date('datum', datum_text, datum, true),
    check_known('reden', reden_text, reden, ['psychisch', 'lichamelijk', 'gedrag', 'thuissituatie', 'schoolfactoren',
      'geen_passend_aanbod', 'wachtlijst_zorg', 'wachtlijst_onderwijs', 'administratief', 'onbekend'])
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    datum AS datum_text, date_of(datum) AS datum,
    reden AS reden_text, regexp_replace(lower(tidy(coalesce(reden, ''))), '[\s-]+', '_', 'g') AS reden
  FROM raw
)
