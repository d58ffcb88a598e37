-- classification.md §6: the flows between consecutive month ends, per pupil from state to state.
-- A state is the pair (categorie, fase), written 'categorie/fase': 'ingeschreven/3' ->
-- 'absoluut_verzuim/3' (a thuiszitter taken off the school's roll) is a flow of its own. A pupil
-- classified in only one of the two months came from or went to 'buiten_beeld' (entered or left
-- scope, moved in or out).
-- Pairs are formed for each month from $from to $next (the month after the run) whose own and
-- previous month both have classifications, so the first month pairs with an earlier run's last
-- month and the month after the run is brought up to date.
-- Parameters: $from, $previous, $next (YYYY-MM).

DELETE FROM monitor_flows WHERE maand BETWEEN $from AND $next;

INSERT INTO monitor_flows
WITH state AS (
  SELECT strftime(peildatum, '%Y-%m') AS maand, leerling_id,
    categorie || '/' || fase AS staat
  FROM classifications
  WHERE strftime(peildatum, '%Y-%m') BETWEEN $previous AND $next
),
classified_month AS (SELECT DISTINCT maand FROM state),
pair AS (
  SELECT later.maand AS maand, earlier.maand AS vorige_maand
  FROM classified_month later
  JOIN classified_month earlier
    ON earlier.maand = strftime(strptime(later.maand || '-01', '%Y-%m-%d') - INTERVAL 1 MONTH, '%Y-%m')
  WHERE later.maand BETWEEN $from AND $next
),
before AS (SELECT p.maand, s.leerling_id, s.staat FROM pair p JOIN state s ON s.maand = p.vorige_maand),
after AS (SELECT p.maand, s.leerling_id, s.staat FROM pair p JOIN state s ON s.maand = p.maand)
SELECT coalesce(b.maand, a.maand) AS maand,
  coalesce(b.staat, 'buiten_beeld') AS van,
  coalesce(a.staat, 'buiten_beeld') AS naar,
  count(*) AS aantal
FROM before b
FULL OUTER JOIN after a ON a.maand = b.maand AND a.leerling_id = b.leerling_id
GROUP BY ALL;
