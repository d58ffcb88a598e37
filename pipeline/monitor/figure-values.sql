-- reads: monitor_figures
-- classification.md §6: a target whose metric names a published figure (figures.sql) measures
-- exactly that figure, month by month.
-- Parameter: $figuur.

SELECT maand, waarde
FROM monitor_figures
WHERE figuur = $figuur;
