-- The pupil_ord of each pupil's last school day on or before a date (0: no school day yet), as
-- pupil-windows.sql works it out for a peildatum; absence-horizon.sql asks it for the first
-- peildatum and for the day before $absenceFrom, the jaartelling (school-day-states.sql) for the
-- day before 1 August.
-- reads: pupil_school_days, school_days

CREATE OR REPLACE TEMP MACRO last_pupil_ord_on(d) AS TABLE
WITH school_ord_on AS (
  SELECT school_id, max(school_ord) AS school_ord FROM school_days WHERE datum <= d GROUP BY school_id
)
SELECT p.pupil_id,
  max(p.days_before + greatest(0, least(p.last_school_ord, coalesce(s.school_ord, 0)) - p.first_school_ord + 1)) AS last_ord
FROM pupil_school_days p
LEFT JOIN school_ord_on s ON s.school_id = p.school_id
WHERE p.van <= d
GROUP BY p.pupil_id;
