-- Who went where between the previous month end and this one (classification.md §6).
SELECT van, naar, sum(aantal)::INTEGER AS aantal
FROM monitor_flows
WHERE maand = $maand
GROUP BY ALL
ORDER BY aantal DESC
