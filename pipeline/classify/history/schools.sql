-- classification.md §1 "School day" and "Scheduled hours": the schools whose calendars the
-- school days follow.
-- reads: scholen
-- Parameters: $defaultHoursPerDay (§1 scheduled hours, default 5.0).

-- One row per school (a corrected re-export, higher file_id, wins), with a small integer id:
-- joins on it are much cheaper than on BRIN + vestiging over millions of rows.
CREATE OR REPLACE TEMP TABLE schools AS
SELECT row_number() OVER (ORDER BY brin, vestiging)::INTEGER AS school_id,
  brin, vestiging, sector, regio, coalesce(uren_per_dag, $defaultHoursPerDay) AS uren
FROM scholen
QUALIFY row_number() OVER (PARTITION BY brin, vestiging ORDER BY file_id DESC) = 1;
