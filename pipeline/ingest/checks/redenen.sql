-- spec/inputs.md, kind redenen: bsn, datum, reden (a category). Registers write
-- 'Geen passend aanbod' as often as geen_passend_aanbod.
SELECT *, 'redenen' AS target,
  problems([
    bsn_problem,
    check_date('datum', datum_text, datum, true),
    check_known('reden', reden_text, reden, ['psychisch', 'lichamelijk', 'gedrag', 'thuissituatie', 'schoolfactoren',
      'geen_passend_aanbod', 'wachtlijst_zorg', 'wachtlijst_onderwijs', 'administratief', 'onbekend'])
  ]) AS problems
FROM (
  SELECT line,
    b.pupil_key, b.problem AS bsn_problem,
    datum AS datum_text, date_of(datum) AS datum,
    reden AS reden_text, regexp_replace(lower(trim(coalesce(reden, ''))), '[\s-]+', '_', 'g') AS reden
  FROM raw LEFT JOIN bsn_dictionary b ON b.bsn_text = coalesce(raw.bsn, '')
)
