-- Absent hours are worked out in two passes so that a peildatum does not pay for years of
-- absence history its rules never look at (a performance choice: the result is the same as over
-- the whole history, which tests/classify/absence-horizon.test.ts checks).
-- Each pupil's horizon is the school day just before W12 (or W4, if longer) on the first
-- peildatum: pass 1 (absence-pieces-after-horizon.sql) covers every pupil from that day on, pass 2
-- (absence-pieces-before-horizon.sql) the earlier history of the pupils whose rules can reach back
-- past it. The day before the window is in pass 1 so that a streak or sick spell running into the
-- window is seen to have begun before it. A later peildatum only moves the windows forward, so the
-- first one decides.
-- The monitor needs every pupil's absent hours from $absenceFrom too (the school-year shares):
-- then the horizon is the earlier of the two. A pupil with no school day before it has no
-- horizon (no row): pass 1 covers its whole history, as it does every pupil's without a
-- $firstPeildatum (NULL: prepareHistory without `from`).
-- first_ord is the horizon's pupil_ord, last_ord that of the pupil's last school day on or before
-- the first peildatum.
-- reads: last_pupil_ord_on, pupil_school_days, school_days
-- Parameters: $firstPeildatum (or NULL), $absenceFrom (or NULL), $w4SchoolDays, $w12SchoolDays.

CREATE OR REPLACE TEMP TABLE absence_horizon AS
WITH horizon AS (
  SELECT w.pupil_id, w.last_ord,
    least(w.last_ord - greatest($w4SchoolDays, $w12SchoolDays),
          CASE WHEN $absenceFrom::DATE IS NOT NULL THEN coalesce(a.last_ord, 0) + 1 ELSE w.last_ord END) AS first_ord
  FROM last_pupil_ord_on($firstPeildatum::DATE) w
  LEFT JOIN last_pupil_ord_on($absenceFrom::DATE - 1) a ON a.pupil_id = w.pupil_id
)
-- the horizon's date: its school day in the piece that holds that pupil_ord
SELECT h.pupil_id, h.first_ord, h.last_ord, d.datum AS since
FROM horizon h
JOIN pupil_school_days p ON p.pupil_id = h.pupil_id
  AND h.first_ord BETWEEN p.days_before + 1 AND p.days_before + p.school_days
JOIN school_days d ON d.school_id = p.school_id AND d.school_ord = h.first_ord - p.days_before + p.first_school_ord - 1
WHERE h.first_ord > 1;
