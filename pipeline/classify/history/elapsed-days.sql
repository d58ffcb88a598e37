-- classification.md §1 "Calendar durations", used by §3.2 (absoluut verzuim):
--   elapsed(start, D) = D - start + 1 days.
-- reads: nothing

CREATE OR REPLACE TEMP MACRO elapsed_days(start, peildatum) AS peildatum - start + 1;
