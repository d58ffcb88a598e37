-- classification.md §6: "a month later than the newest month that any school's data covers
-- (section 1) is refused". A registration covers the month of an event's date and every month a
-- period touches, so the newest covered month is that of the latest such day (NULL: no data).

SELECT strftime(max(dag), '%Y-%m') AS maand
FROM (
  SELECT max(datum) AS dag FROM verzuim_events
  UNION ALL
  SELECT max(tot) FROM verzuim_periods WHERE van <= tot
);
