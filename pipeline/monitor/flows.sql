-- classification.md §6: the flows between consecutive month ends, per pupil from state to state.
-- A state is the pair (categorie, fase), written 'categorie/fase': 'ingeschreven/3' ->
-- 'absoluut_verzuim/3' (a thuiszitter taken off the school's roll) is a flow of its own. A pupil
-- classified in only one of the two months came from or went to 'buiten_beeld' (entered or left
-- scope, moved in or out).
-- Pairs are formed for each month from $from to $next (the month after the run) whose own and
-- previous month both have classifications, so the first month pairs with an earlier run's last
-- month and the month after the run is brought up to date.
-- Each month has one peildatum in `classifications`, its last day (run-monitor.ts stores month ends).
-- Parameters: $from, $previous, $next (YYYY-MM).

DELETE FROM monitor_flows WHERE maand BETWEEN $from AND $next;

INSERT INTO monitor_flows
WITH state AS (
  -- keyed by peildatum, not by its month as text: this reads every classified youth of the months
  SELECT peildatum, leerling_id, categorie, fase
  FROM classifications
  WHERE peildatum BETWEEN strptime($previous, '%Y-%m')::DATE AND last_day(strptime($next, '%Y-%m'))::DATE
),
classified_month AS (SELECT DISTINCT peildatum, strftime(peildatum, '%Y-%m') AS maand FROM state),
pair AS (
  SELECT later.maand, later.peildatum, earlier.peildatum AS vorige_peildatum
  FROM classified_month later
  JOIN classified_month earlier
    ON earlier.maand = strftime(strptime(later.maand || '-01', '%Y-%m-%d') - INTERVAL 1 MONTH, '%Y-%m')
  WHERE later.maand BETWEEN $from AND $next
),
before AS (SELECT p.peildatum, s.leerling_id, s.categorie, s.fase FROM pair p JOIN state s ON s.peildatum = p.vorige_peildatum),
after AS (SELECT p.peildatum, s.leerling_id, s.categorie, s.fase FROM pair p JOIN state s ON s.peildatum = p.peildatum),
flow AS (
  SELECT coalesce(b.peildatum, a.peildatum) AS peildatum,
    b.categorie AS van_categorie, b.fase AS van_fase, a.categorie AS naar_categorie, a.fase AS naar_fase,
    count(*) AS aantal
  FROM before b
  FULL OUTER JOIN after a ON a.peildatum = b.peildatum AND a.leerling_id = b.leerling_id
  GROUP BY ALL
)
SELECT p.maand,
  coalesce(f.van_categorie || '/' || f.van_fase, 'buiten_beeld') AS van,
  coalesce(f.naar_categorie || '/' || f.naar_fase, 'buiten_beeld') AS naar,
  f.aantal
FROM flow f
JOIN pair p ON p.peildatum = f.peildatum;
