-- Pass 2 of the absent hours (absence-pieces-before-horizon.sql): the absent hours before the
-- horizon of the pupils whose rules can reach back past it (classification.md §1 "Absent hours",
-- absent-hours.sql).
-- reads: absent_hours, absence_pieces_before_horizon

CREATE OR REPLACE TEMP TABLE absent_days_before_horizon AS
SELECT * FROM absent_hours('absence_pieces_before_horizon');
