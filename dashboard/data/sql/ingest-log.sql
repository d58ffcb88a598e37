-- The files offered to ingest runs, newest first (schema.sql ingest_files, ingest_runs).
SELECT f.file_id, f.run_id, strftime(r.started_at, '%Y-%m-%d %H:%M') AS gestart, f.file_name, f.kind, f.layout,
  f.encoding, f.status, f.rows_read::INTEGER AS rows_read, f.rows_loaded::INTEGER AS rows_loaded,
  f.rows_rejected::INTEGER AS rows_rejected, f.rows_replaced::INTEGER AS rows_replaced
FROM ingest_files f
LEFT JOIN ingest_runs r USING (run_id)
ORDER BY f.file_id DESC
LIMIT 500
