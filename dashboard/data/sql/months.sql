-- The months the monitor has results for, oldest first (results.sql monitor_counts).
SELECT maand, strftime(max(peildatum), '%Y-%m-%d') AS peildatum
FROM monitor_counts
GROUP BY maand
ORDER BY maand
