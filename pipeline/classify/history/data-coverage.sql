-- classification.md §1 "Data coverage": a school's absence data covers a calendar month when at
-- least one registration of that school (any vestiging, any pupil, any category, te_laat and
-- geen_verzuim included) falls on a day of that month: an event's date, or any day of a period.
-- school-days.sql keeps only the school days of covered months, so a day its school has no data
-- for is no school day for the rules (it neither breaks nor lengthens a streak).
-- Read from the whole validated tables: coverage is a fact about the data, not about the range.
-- reads: verzuim_events, verzuim_periods

CREATE OR REPLACE TEMP TABLE data_coverage AS
-- the first day of the date's month, as date arithmetic: date_trunc('month', ...) returns a
-- timestamp and is three times as slow over the tens of millions of events
SELECT DISTINCT brin, datum - (day(datum) - 1)::INTEGER AS maand FROM verzuim_events
UNION
-- every month a period touches, from the month of its first day to the month of its last
SELECT DISTINCT brin, unnest(generate_series(van - (day(van) - 1)::INTEGER, tot - (day(tot) - 1)::INTEGER, INTERVAL 1 MONTH))::DATE
FROM verzuim_periods
WHERE van <= tot;
