-- spec/inputs.md, kind leerlingen: leerling_id, bsn, geboortedatum, in_gemeente_sinds?,
-- uit_gemeente?, startkwalificatie?
SELECT *, 'leerlingen' AS target,
  problems([
    check_bsn(bsn_text, bsn), -- first, as on every kind: a BSN failing the elfproef goes before the rest (check-rows.ts)
    check_leerling_id(leerling_id, bsn),
    check_date('geboortedatum', geboortedatum_text, geboortedatum, true),
    check_date('in_gemeente_sinds', in_gemeente_sinds_text, in_gemeente_sinds, false),
    check_date('uit_gemeente', uit_gemeente_text, uit_gemeente, false),
    check_date('startkwalificatie', startkwalificatie_text, startkwalificatie, false)
  ]) AS problems
FROM (
  SELECT part, line, filled, width_problem,
    tidy(leerling_id) AS leerling_id,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    geboortedatum AS geboortedatum_text, date_of(geboortedatum) AS geboortedatum,
    in_gemeente_sinds AS in_gemeente_sinds_text, date_of(in_gemeente_sinds) AS in_gemeente_sinds,
    uit_gemeente AS uit_gemeente_text, date_of(uit_gemeente) AS uit_gemeente,
    startkwalificatie AS startkwalificatie_text, date_of(startkwalificatie) AS startkwalificatie
  FROM raw
)
