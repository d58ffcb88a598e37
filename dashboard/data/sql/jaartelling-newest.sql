-- The newest day anything reaches: the absence data (data-stamp.sql) or a stored annual count.
-- Its school year is the running one on the pages.
SELECT strftime(greatest(
  (SELECT least(max(d), (SELECT max(peildatum) FROM monitor_counts))
   FROM (SELECT max(datum) AS d FROM verzuim_events UNION ALL SELECT max(tot) FROM verzuim_periods)),
  (SELECT max(tot) FROM jaartelling)), '%Y-%m-%d') AS nieuwste
