-- classification.md §1 "Windows count back from the last school day on or before D".
-- reads: school_days
-- Parameters: $peildatum.

-- Per school: the ordinal of its last school day on or before D.
CREATE OR REPLACE TEMP TABLE school_ord_on_peildatum AS
SELECT school_id, max(school_ord) AS school_ord
FROM school_days
WHERE datum <= $peildatum::DATE
GROUP BY school_id;
