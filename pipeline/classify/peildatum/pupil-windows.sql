-- classification.md §1 "Windows count back from the last school day on or before D":
-- W4 = the last 20 school days, W12 = the last 60 (fewer where the pupil has fewer school days).
-- Only for pupils with categorie 'ingeschreven': the absence signals are theirs alone (§3).
-- last_ord is the pupil_ord of the last school day on or before D (0: no school day yet).
-- reads: pupil_school_days, in_beeld, school_ord_on_peildatum, absent_days
-- Parameters: $peildatum, $w4SchoolDays (default 20), $w12SchoolDays (default 60).

CREATE OR REPLACE TEMP TABLE pupil_windows AS
WITH piece AS (
  -- each piece's pupil ordinals, cut at D
  SELECT p.pupil_id, p.uren, p.days_before + 1 AS first_pupil_ord,
    p.days_before + greatest(0, least(p.last_school_ord, coalesce(s.school_ord, 0)) - p.first_school_ord + 1)
      AS last_pupil_ord
  FROM pupil_school_days p
  SEMI JOIN in_beeld b ON b.pupil_id = p.pupil_id AND b.categorie = 'ingeschreven'
  LEFT JOIN school_ord_on_peildatum s ON s.school_id = p.school_id
  WHERE p.van <= $peildatum::DATE
),
bounds AS (
  SELECT pupil_id, max(last_pupil_ord) AS last_ord,
    greatest(max(last_pupil_ord) - $w4SchoolDays + 1, 1) AS w4_first_ord,
    greatest(max(last_pupil_ord) - $w12SchoolDays + 1, 1) AS w12_first_ord
  FROM piece
  GROUP BY pupil_id
),
scheduled AS (
  -- §1 "Scheduled hours": each school day in W4 brings its school's uren_per_dag.
  SELECT w.pupil_id,
    sum(p.uren * greatest(0, least(p.last_pupil_ord, w.last_ord) - greatest(p.first_pupil_ord, w.w4_first_ord) + 1))
      AS geplande_uren_w4
  FROM bounds w JOIN piece p ON p.pupil_id = w.pupil_id
  GROUP BY w.pupil_id
),
absent AS (
  SELECT w.pupil_id, sum(a.afwezig_uren) AS afwezig_uren_w4, sum(a.ongeoorloofd_uren) AS ongeoorloofd_uren_w4,
    -- §5 te_laat_w4: te_laat registrations on the school days of W4
    sum(a.te_laat) AS te_laat_w4
  FROM bounds w
  JOIN absent_days a ON a.pupil_id = w.pupil_id AND a.pupil_ord BETWEEN w.w4_first_ord AND w.last_ord
  -- implied by last_ord (a school day on or before D), but a date test drops the later days of a
  -- longer history (the monitor's next month ends) before the join instead of after it
  WHERE a.datum <= $peildatum::DATE
  GROUP BY w.pupil_id
)
SELECT w.pupil_id, w.last_ord, w.w4_first_ord, w.w12_first_ord,
  s.geplande_uren_w4,
  coalesce(a.afwezig_uren_w4, 0) AS afwezig_uren_w4,
  coalesce(a.ongeoorloofd_uren_w4, 0) AS ongeoorloofd_uren_w4,
  coalesce(a.te_laat_w4, 0)::INTEGER AS te_laat_w4
FROM bounds w
JOIN scheduled s ON s.pupil_id = w.pupil_id
LEFT JOIN absent a ON a.pupil_id = w.pupil_id;
