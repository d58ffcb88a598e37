-- reads: monitor_targets, monitor_runs
-- Target status per month (classification.md §6), oldest month first, with the published figure
-- each target measures (its metric, when that names a figure of pipeline/monitor/figures.sql; NULL
-- for a filter) and its place in the targets file, both from the latest run, whose targets every
-- stored month was computed with (store-targets.ts).
WITH latest AS (
  SELECT json_extract(targets, '$.targets[*]') AS list FROM monitor_runs ORDER BY run_id DESC LIMIT 1
),
listed AS (
  SELECT unnest(list) AS target, generate_subscripts(list, 1) AS rang FROM latest
),
measured AS (
  SELECT json_extract_string(target, '$.id') AS target_id, rang,
    CASE WHEN json_type(target, '$.metric') = 'VARCHAR' THEN json_extract_string(target, '$.metric') END AS figuur
  FROM listed
)
SELECT t.target_id, t.naam, t.maand, t.waarde::INTEGER AS waarde, t.pad, t.op_koers, m.figuur, m.rang::INTEGER AS rang
FROM monitor_targets t
LEFT JOIN measured m USING (target_id)
ORDER BY t.target_id, t.maand
