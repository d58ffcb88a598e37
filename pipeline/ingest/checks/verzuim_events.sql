-- spec/inputs.md, kind verzuim (events): bsn, brin, vestiging?, datum, uren, code.
-- A per-lesson export (schemas/layouts/lesregistratie.json) has no hours: each row is one lesson
-- of $hours_per_row hours, or lasts duur_minuten. The category comes from the code table only,
-- never from the school's own 'geoorloofd' flag.
-- Each check is a column (*_problem); the list of problems is built only for a row that has one
-- (a list per row cost more than all the checks together, and almost every row has none; an OR of
-- IS NOT NULL tests, not a coalesce of the problems, which copied every problem column of every row).
SELECT *, 'verzuim_events' AS target,
  -- the OR and the list below name the same problem columns: one left out of the OR loads a bad row
  CASE WHEN bsn_problem IS NOT NULL
    OR brin_problem IS NOT NULL
    OR vestiging_problem IS NOT NULL
    OR datum_problem IS NOT NULL
    OR lesuur_problem IS NOT NULL
    OR uren_problem IS NOT NULL
    OR code_problem IS NOT NULL
    THEN problems([bsn_problem, brin_problem, vestiging_problem, datum_problem, lesuur_problem, uren_problem, code_problem])
  END AS problems
FROM (
SELECT *,
  check_bsn(bsn_text, bsn) AS bsn_problem,
  check_brin(brin_text, brin) AS brin_problem,
  check_vestiging(vestiging_text, vestiging) AS vestiging_problem,
  check_date('datum', datum_text, datum, true) AS datum_problem,
  check_integer('lesuur', lesuur_text, lesuur) AS lesuur_problem,
  CASE
    -- uren holds the lesson default when the text is empty; the check gets the parsed text only
    WHEN NOT blank(uren_text) OR (blank(minuten_text) AND lesuur IS NULL)
      THEN check_decimal('uren', uren_text, CASE WHEN NOT blank(uren_text) THEN uren END, 0, 24, true)
    WHEN NOT blank(minuten_text) THEN check_decimal('duur_minuten', minuten_text, uren * 60, 0, 1440, true)
  END AS uren_problem,
  check_code(code, categorie) AS code_problem
FROM (
  SELECT part, line, filled, width_problem,
    raw.bsn AS bsn_text, bsn_of(raw.bsn) AS bsn,
    raw.brin AS brin_text, brin_of(raw.brin) AS brin,
    vestiging AS vestiging_text, vestiging_of(vestiging, '00') AS vestiging,
    datum AS datum_text, date_of(datum) AS datum,
    lesuur AS lesuur_text, integer_of(lesuur) AS lesuur,
    uren AS uren_text, duur_minuten AS minuten_text,
    CASE
      WHEN NOT blank(uren) THEN decimal_of(uren)
      WHEN NOT blank(duur_minuten) THEN decimal_of(duur_minuten) / 60
      ELSE $hours_per_row
    END AS uren,
    tidy(coalesce(code, '')) AS code,
    -- a present mark (Somtoday waarnemingen) is never absence, whatever its code (inputs.md 1.1)
    CASE WHEN present_of(aanwezig) THEN 'geen_verzuim' ELSE code_categorie(brin_of(raw.brin), upper(tidy(coalesce(raw.code, '')))) END AS categorie
  FROM raw
)
)
