-- classification.md §6: the flows between consecutive month ends, per pupil from state to state.
-- A state is the pair (categorie, fase), written 'categorie/fase': 'ingeschreven/3' ->
-- 'absoluut_verzuim/3' (a thuiszitter taken off the school's roll) is a flow of its own. A pupil
-- classified in only one of the two months came from or went to 'buiten_beeld' (entered or left
-- scope, moved in or out).
-- Pairs are formed for each month from $from to $next (the month after the run) whose own and
-- previous month both have classifications, so the first month pairs with an earlier run's last
-- month and the month after the run is brought up to date.
-- The run's own months come from its temp tables (monitor_classification, run-monitor.ts), only
-- $previous and $next from `classifications`: inside the run's transaction that table also holds
-- the rows being replaced, and a scan of every month there took twice as long.
-- Each month has one peildatum (run-monitor.ts stores month ends), so a month is keyed by a month
-- number (year * 12 + month): an integer join instead of formatting a month text per classified
-- youth, and no copy of the classified rows to pair them (5 s instead of 25 s over ten months at
-- country scale, bench/profile.md).
-- reads: classifications, monitor_classification
-- Parameters: $from, $previous, $next (YYYY-MM).

DELETE FROM monitor_flows WHERE maand BETWEEN $from AND $next;

INSERT INTO monitor_flows
WITH around AS NOT MATERIALIZED (
  -- the stored month before the run and the one after it
  SELECT peildatum, leerling_id, categorie, fase FROM classifications
  WHERE peildatum BETWEEN strptime($previous, '%Y-%m')::DATE AND last_day(strptime($previous, '%Y-%m'))::DATE
  UNION ALL
  SELECT peildatum, leerling_id, categorie, fase FROM classifications
  WHERE peildatum BETWEEN strptime($next, '%Y-%m')::DATE AND last_day(strptime($next, '%Y-%m'))::DATE
),
state AS NOT MATERIALIZED (
  -- read twice, once as the earlier and once as the later month of a pair
  SELECT year(peildatum) * 12 + month(peildatum) AS month_no, leerling_id, categorie, fase
  FROM (SELECT * FROM around UNION ALL SELECT peildatum, leerling_id, categorie, fase FROM monitor_classification)
),
classified_month AS (
  SELECT peildatum, year(peildatum) * 12 + month(peildatum) AS month_no
  FROM (SELECT DISTINCT peildatum FROM around UNION SELECT DISTINCT peildatum FROM monitor_classification)
),
pair AS (
  -- a month of the run (or the month after it) whose previous month is classified too
  SELECT strftime(later.peildatum, '%Y-%m') AS maand, later.month_no
  FROM classified_month later
  JOIN classified_month earlier ON earlier.month_no = later.month_no - 1
  WHERE later.peildatum >= strptime($from, '%Y-%m')::DATE
),
flow AS (
  SELECT coalesce(earlier.month_no + 1, later.month_no) AS month_no,
    earlier.categorie AS van_categorie, earlier.fase AS van_fase,
    later.categorie AS naar_categorie, later.fase AS naar_fase,
    count(*) AS aantal
  FROM state earlier
  FULL OUTER JOIN state later ON later.month_no = earlier.month_no + 1 AND later.leerling_id = earlier.leerling_id
  GROUP BY ALL
)
-- the join with the pairs drops the months at the ends of the range, which have no pair
SELECT p.maand,
  coalesce(f.van_categorie || '/' || f.van_fase, 'buiten_beeld') AS van,
  coalesce(f.naar_categorie || '/' || f.naar_fase, 'buiten_beeld') AS naar,
  f.aantal
FROM flow f
JOIN pair p ON p.month_no = f.month_no;
