-- Rejected rows with where and why (schema.sql quarantine; the record has no BSN).
SELECT file_name, line::INTEGER AS line, "column" AS kolom, reason_nl, reason_en, record
FROM quarantine
ORDER BY file_id DESC, line
LIMIT $limit
