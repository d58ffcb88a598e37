-- classification.md §6: "each stored month records which schools with pupils in scope its data
-- did not cover". A school here is the BRIN of the enrollment active on the month end of a
-- classified youth (§5 brin); its data covers the month when data-coverage.sql says so.
-- It reads the run's month ends (the temp view monitor_classification) and a history temp table:
-- reads: monitor_classification, data_coverage
-- Parameters: $from, $to (YYYY-MM).

DELETE FROM monitor_uncovered_schools WHERE maand BETWEEN $from AND $to;

INSERT INTO monitor_uncovered_schools
SELECT strftime(c.peildatum, '%Y-%m') AS maand, c.brin, count(*) AS leerlingen
FROM monitor_classification c
ANTI JOIN data_coverage d ON d.brin = c.brin AND d.maand = date_trunc('month', c.peildatum)
WHERE c.brin <> ''
GROUP BY ALL;
