-- classification.md §1 "Calendar durations", used by §3.2 (absoluut verzuim) and §3.3 (streak):
--   "more than three months" is start < D minus 3 calendar months. Subtracting months keeps the
--   day of the month and clamps it to the month's end: 2025-05-31 minus 3 months is 2025-02-28.
-- The number of months is the setting longAbsenceMonths (default 3), passed in by the caller.
-- reads: nothing

CREATE OR REPLACE TEMP MACRO duur_since(start, peildatum, months) AS
  CASE WHEN start < (peildatum - to_months(months))::DATE THEN '>3m' ELSE '>4w' END;
