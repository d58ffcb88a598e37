-- reads: monitor_figures
-- The published figures of every stored month, exact, by id, with their labels
-- (pipeline/monitor/figures.sql defines them; the public pages suppress, the analyst page does not).
SELECT maand, figuur, omschrijving, waarde::INTEGER AS waarde
FROM monitor_figures
ORDER BY maand, figuur
