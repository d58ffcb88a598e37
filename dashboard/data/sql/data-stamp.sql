-- What the figures rest on, for the line "Gegevens tot en met … · bijgewerkt …" on every page and
-- in the report: the last day any school's absence data reaches (an event's date, a period's
-- end), never past the newest month end the monitor stored (a period may run into the future),
-- and when the monitor last finished.
WITH newest AS (SELECT max(peildatum) AS peildatum FROM monitor_counts),
data_end AS (
  SELECT max(d) AS d FROM (SELECT max(datum) AS d FROM verzuim_events UNION ALL SELECT max(tot) FROM verzuim_periods)
)
SELECT strftime(least((SELECT d FROM data_end), (SELECT peildatum FROM newest)), '%Y-%m-%d') AS gegevens_tot,
  strftime((SELECT max(finished_at) FROM monitor_runs), '%Y-%m-%d %H:%M') AS bijgewerkt
