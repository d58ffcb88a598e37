-- spec/inputs.md, kind verzuim (periods): bsn, brin, vestiging?, van, tot, code: whole school days.
-- A per-period export (schemas/layouts/periodeverzuim.json) may give lessons: a period within one
-- day from lesuur_van to lesuur_tot is (tot - van + 1) lessons of $hours_per_row hours on that
-- day, an absence event; otherwise the lessons are ignored and the days count whole.
-- Each check is a column (*_problem); the list of problems is built only for a row that has one
-- (as in verzuim_events.sql).
SELECT *,
  CASE WHEN van = tot AND lesuur_van IS NOT NULL AND lesuur_tot IS NOT NULL THEN 'verzuim_events' ELSE 'verzuim_periods' END AS target,
  van AS datum,
  lesuur_van AS lesuur,
  (lesuur_tot - lesuur_van + 1) * $hours_per_row AS uren,
  -- the OR and the list below name the same problem columns: one left out of the OR loads a bad row
  CASE WHEN bsn_problem IS NOT NULL
    OR brin_problem IS NOT NULL
    OR vestiging_problem IS NOT NULL
    OR van_problem IS NOT NULL
    OR tot_problem IS NOT NULL
    OR order_problem IS NOT NULL
    OR lesuur_van_problem IS NOT NULL
    OR lesuur_tot_problem IS NOT NULL
    OR lesuur_order_problem IS NOT NULL
    OR code_problem IS NOT NULL
    THEN problems([bsn_problem, brin_problem, vestiging_problem, van_problem, tot_problem, order_problem, lesuur_van_problem, lesuur_tot_problem, lesuur_order_problem, code_problem])
  END AS problems
FROM (
SELECT *,
  check_bsn(bsn_text, bsn) AS bsn_problem,
  check_brin(brin_text, brin) AS brin_problem,
  check_vestiging(vestiging_text, vestiging) AS vestiging_problem,
  check_date('van', van_text, van, true) AS van_problem,
  check_date('tot', tot_text, tot, true) AS tot_problem,
  check_order('tot', van, tot) AS order_problem,
  check_integer('lesuur_van', lesuur_van_text, lesuur_van) AS lesuur_van_problem,
  check_integer('lesuur_tot', lesuur_tot_text, lesuur_tot) AS lesuur_tot_problem,
  CASE WHEN lesuur_tot < lesuur_van THEN problem('lesuur_tot', 'eindlesuur ligt vóór beginlesuur', 'end lesson is before start lesson') END AS lesuur_order_problem,
  check_code(code, categorie) AS code_problem
FROM (
  SELECT part, line, filled, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    raw.brin AS brin_text, brin_of(raw.brin) AS brin,
    vestiging AS vestiging_text, vestiging_of(vestiging, '00') AS vestiging,
    van AS van_text, date_of(van) AS van,
    tot AS tot_text, date_of(tot) AS tot,
    lesuur_van AS lesuur_van_text, integer_of(lesuur_van) AS lesuur_van,
    lesuur_tot AS lesuur_tot_text, integer_of(lesuur_tot) AS lesuur_tot,
    tidy(coalesce(code, '')) AS code,
    code_categorie(brin_of(raw.brin), upper(tidy(coalesce(raw.code, '')))) AS categorie
  FROM raw
)
)
