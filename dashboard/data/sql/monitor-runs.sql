SELECT run_id, strftime(started_at, '%Y-%m-%d %H:%M') AS gestart, from_month, to_month,
  (epoch_ms(finished_at) - epoch_ms(started_at))::INTEGER AS duur_ms
FROM monitor_runs
ORDER BY started_at DESC
LIMIT 20
