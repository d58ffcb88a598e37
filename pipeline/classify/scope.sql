-- classification.md §2 "Who is in scope on D", and the categorie each youth in scope gets.
-- Only residents are classified: in_gemeente_sinds empty or <= D, and uit_gemeente empty or > D.
-- Parameters: $peildatum, $almostLeerplichtigMonths (default 3).

CREATE OR REPLACE TEMP TABLE in_beeld AS
WITH register AS (
  -- One row per youth; a corrected re-export (higher file_id) wins.
  SELECT * FROM leerlingen
  QUALIFY row_number() OVER (PARTITION BY pupil_key ORDER BY file_id DESC) = 1
),
resident AS (
  SELECT pupil_key, leerling_id, geboortedatum, in_gemeente_sinds, startkwalificatie,
    -- the first day of the month after the 5th birthday (born 2020-03-14 or 2020-03-01: 2025-04-01)
    (date_trunc('month', geboortedatum + INTERVAL 5 YEAR) + INTERVAL 1 MONTH)::DATE AS leerplicht_start,
    (geboortedatum + INTERVAL 18 YEAR)::DATE AS achttiende_verjaardag,
    (geboortedatum + INTERVAL 16 YEAR)::DATE AS zestiende_verjaardag
  FROM register
  WHERE (in_gemeente_sinds IS NULL OR in_gemeente_sinds <= $peildatum::DATE)
    AND (uit_gemeente IS NULL OR uit_gemeente > $peildatum::DATE)
),
scoped AS (
  SELECT r.*,
    CASE
      WHEN r.leerplicht_start <= $peildatum::DATE
        AND $peildatum::DATE < r.achttiende_verjaardag
        AND (r.startkwalificatie IS NULL OR r.startkwalificatie > $peildatum::DATE)
        THEN 'leerplichtig'
      -- "Almost leerplichtig": not yet in scope, within 3 months of leerplicht_start, not enrolled.
      WHEN r.leerplicht_start > $peildatum::DATE
        AND (r.leerplicht_start - to_months($almostLeerplichtigMonths::INTEGER))::DATE <= $peildatum::DATE
        AND e.pupil_key IS NULL
        THEN 'bijna_leerplichtig'
    END AS scope,
    e.pupil_key IS NOT NULL AS ingeschreven_op_peildatum
  FROM resident r
  LEFT JOIN enrollment_on_peildatum e ON e.pupil_key = r.pupil_key
)
SELECT s.pupil_key, s.leerling_id, s.geboortedatum, s.in_gemeente_sinds, s.leerplicht_start,
  CASE
    WHEN s.scope = 'bijna_leerplichtig' THEN 'bijna_leerplichtig'
    WHEN v.pupil_key IS NOT NULL THEN 'vrijgesteld'             -- §3.1 rule 1
    WHEN NOT s.ingeschreven_op_peildatum THEN 'absoluut_verzuim' -- §3.2 rule 2
    ELSE 'ingeschreven'                                          -- §3.3-3.5
  END AS categorie,
  -- Kwalificatieplicht starts on the first 1 August after the 16th birthday (a birthday on
  -- 1 August itself waits a year: the school year in which the youth turns 16 is finished first).
  $peildatum::DATE >= CASE
    WHEN s.zestiende_verjaardag < make_date(year(s.zestiende_verjaardag), 8, 1)
      THEN make_date(year(s.zestiende_verjaardag), 8, 1)
    ELSE make_date(year(s.zestiende_verjaardag) + 1, 8, 1)
  END AS kwalificatieplichtig,
  -- Whole years on D, counted like the 18th birthday above (born 29 February: a year older on 28 February).
  date_sub('year', s.geboortedatum, $peildatum::DATE) AS leeftijd
FROM scoped s
LEFT JOIN vrijstelling_on_peildatum v ON v.pupil_key = s.pupil_key
WHERE s.scope IS NOT NULL;
