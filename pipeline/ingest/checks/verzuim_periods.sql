-- spec/inputs.md, kind verzuim (periods): bsn, brin, vestiging?, van, tot, code: whole school days.
-- A per-period export (schemas/layouts/periodeverzuim.json) may give lessons: a period within one
-- day from lesuur_van to lesuur_tot is (tot - van + 1) lessons of $hours_per_row hours on that
-- day, an absence event; otherwise the lessons are ignored and the days count whole.
SELECT *,
  CASE WHEN van = tot AND lesuur_van IS NOT NULL AND lesuur_tot IS NOT NULL THEN 'verzuim_events' ELSE 'verzuim_periods' END AS target,
  van AS datum,
  lesuur_van AS lesuur,
  (lesuur_tot - lesuur_van + 1) * $hours_per_row AS uren,
  problems([
    check_bsn(bsn_text, bsn),
    check_brin(brin_text, brin),
    check_vestiging(vestiging_text),
    check_date('van', van_text, van, true),
    check_date('tot', tot_text, tot, true),
    check_order('tot', van, tot),
    check_integer('lesuur_van', lesuur_van_text, lesuur_van),
    check_integer('lesuur_tot', lesuur_tot_text, lesuur_tot),
    CASE WHEN lesuur_tot < lesuur_van THEN problem('lesuur_tot', 'eindlesuur ligt vóór beginlesuur', 'end lesson is before start lesson') END,
    check_code(code, categorie)
  ]) AS problems
FROM (
  SELECT line, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    raw.brin AS brin_text, brin_of(raw.brin) AS brin,
    vestiging AS vestiging_text, vestiging_of(vestiging, '00') AS vestiging,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot,
    lesuur_van AS lesuur_van_text, integer_of(lesuur_van) AS lesuur_van,
    lesuur_tot AS lesuur_tot_text, integer_of(lesuur_tot) AS lesuur_tot,
    trim(coalesce(code, '')) AS code,
    coalesce(own.categorie, dflt.categorie) AS categorie
  FROM raw
    -- the school's own row of the code table wins over the default (absence-codes.ts)
    LEFT JOIN file_codes own ON own.code_key = upper(trim(coalesce(raw.code, ''))) AND own.brin = brin_of(raw.brin)
    LEFT JOIN file_codes dflt ON dflt.code_key = upper(trim(coalesce(raw.code, ''))) AND dflt.brin = ''
)
