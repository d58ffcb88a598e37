-- classification.md §1 "Absent hours": per pupil school day with any counted registration, the
-- absent hours per category, whether the day was fully absent, and its te_laat registrations;
-- the two passes together (absent-days-after-horizon.sql, absent-days-before-horizon.sql).
-- A view: a copy would cost a second pass over every absent day for nothing.
-- reads: absent_days_after_horizon, absent_days_before_horizon

CREATE OR REPLACE TEMP VIEW absent_days AS
SELECT * FROM absent_days_after_horizon
UNION ALL
SELECT * FROM absent_days_before_horizon;
