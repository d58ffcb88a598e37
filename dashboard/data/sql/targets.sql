-- Target status per month (classification.md §6), oldest month first.
SELECT target_id, naam, maand, waarde::INTEGER AS waarde, pad, op_koers
FROM monitor_targets
ORDER BY target_id, maand
