-- Pass 1 of the absent hours (absence-pieces-after-horizon.sql): every pupil's absent hours from
-- the horizon on (classification.md §1 "Absent hours", absent-hours.sql).
-- reads: absent_hours, absence_pieces_after_horizon

CREATE OR REPLACE TEMP TABLE absent_days_after_horizon AS
SELECT * FROM absent_hours('absence_pieces_after_horizon');
