-- classification.md §3.3: the streak is the run of consecutive fully absent school days that
-- ends on the last school day on or before D; L = its length in school days (0 when that day was
-- not fully absent), S = its first day. The runs themselves come from fully-absent-days.sql.
-- reads: pupil_windows, fully_absent_days

CREATE OR REPLACE TEMP TABLE streak AS
SELECT w.pupil_id,
  coalesce(f.pupil_ord - f.run_first_ord + 1, 0) AS streak_dagen,
  f.run_first_day AS streak_start,
  coalesce(f.run_ziek_uren, 0) AS ziek_uren,
  coalesce(f.run_geoorloofd_uren, 0) AS geoorloofd_uren,
  coalesce(f.run_ongeoorloofd_uren, 0) AS ongeoorloofd_uren
FROM pupil_windows w
LEFT JOIN fully_absent_days f ON f.pupil_id = w.pupil_id AND f.pupil_ord = w.last_ord;
