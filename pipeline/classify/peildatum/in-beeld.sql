-- classification.md §2 "Who is in scope on D", and the categorie each youth in scope gets.
-- Only residents are classified: in_gemeente_sinds empty or <= D, and uit_gemeente empty or > D.
-- reads: register, enrollment_on_peildatum, vrijstelling_on_peildatum
-- Parameters: $peildatum, $almostLeerplichtigMonths (default 3).

CREATE OR REPLACE TEMP TABLE in_beeld AS
WITH scoped AS (
  SELECT r.*,
    CASE
      WHEN r.leerplicht_start <= $peildatum::DATE
        AND $peildatum::DATE < r.achttiende_verjaardag
        AND (r.startkwalificatie IS NULL OR r.startkwalificatie > $peildatum::DATE)
        THEN 'leerplichtig'
      -- "Almost leerplichtig": not yet in scope, within 3 months of leerplicht_start, not enrolled.
      WHEN r.leerplicht_start > $peildatum::DATE
        AND (r.leerplicht_start - to_months($almostLeerplichtigMonths::INTEGER))::DATE <= $peildatum::DATE
        AND e.pupil_id IS NULL
        THEN 'bijna_leerplichtig'
    END AS scope,
    e.pupil_id IS NOT NULL AS ingeschreven_op_peildatum
  FROM register r
  LEFT JOIN enrollment_on_peildatum e ON e.pupil_id = r.pupil_id
  WHERE (r.in_gemeente_sinds IS NULL OR r.in_gemeente_sinds <= $peildatum::DATE)
    AND (r.uit_gemeente IS NULL OR r.uit_gemeente > $peildatum::DATE)
)
SELECT s.pupil_id, s.pupil_no, s.leerling_id, s.in_gemeente_sinds, s.leerplicht_start,
  CASE
    WHEN s.scope = 'bijna_leerplichtig' THEN 'bijna_leerplichtig'
    WHEN v.pupil_no IS NOT NULL THEN 'vrijgesteld'             -- §3 rule 1
    WHEN NOT s.ingeschreven_op_peildatum THEN 'absoluut_verzuim' -- §3 rule 2
    ELSE 'ingeschreven'                                          -- §3 rules 3-5
  END AS categorie,
  $peildatum::DATE >= s.kwalificatieplicht_start AS kwalificatieplichtig,
  -- whole years on D, counted like the 18th birthday
  date_sub('year', s.geboortedatum, $peildatum::DATE) AS leeftijd
FROM scoped s
LEFT JOIN vrijstelling_on_peildatum v ON v.pupil_no = s.pupil_no
WHERE s.scope IS NOT NULL;
