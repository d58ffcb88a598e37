-- Per school (BRIN, all vestigingen): its pupils by fase on the peildatum and its absence over
-- the month. A school "mist een export" when it has pupils but not one absent hour registered in
-- the whole month: no school is that healthy, its absence file did not arrive.
WITH namen AS (
  SELECT brin, min(naam) AS naam, min(sector) AS sector FROM scholen GROUP BY brin
),
leerlingen AS (
  SELECT brin,
    count(*)::INTEGER AS leerlingen,
    count(*) FILTER (fase = '2')::INTEGER AS fase2,
    count(*) FILTER (fase = '3')::INTEGER AS fase3,
    count(*) FILTER (fase = '3' AND officieel = 'ja')::INTEGER AS officieel,
    avg(aanwezigheid_w4) AS aanwezigheid_w4
  FROM classifications
  WHERE peildatum = CAST($peildatum AS DATE) AND brin <> ''
  GROUP BY brin
),
dagen AS (
  SELECT brin,
    sum(geplande_uren) AS gepland,
    sum(ziek_uren + geoorloofd_uren + ongeoorloofd_uren) AS afwezig,
    sum(ongeoorloofd_uren) AS ongeoorloofd
  FROM school_day_stats
  WHERE strftime(datum, '%Y-%m') = $maand
  GROUP BY brin
)
SELECT brin, namen.naam, namen.sector,
  coalesce(leerlingen.leerlingen, 0) AS leerlingen,
  coalesce(fase2, 0) AS fase2, coalesce(fase3, 0) AS fase3, coalesce(officieel, 0) AS officieel,
  aanwezigheid_w4,
  afwezig / nullif(gepland, 0) AS verzuim,
  dagen.ongeoorloofd / nullif(gepland, 0) AS ongeoorloofd,
  (coalesce(leerlingen.leerlingen, 0) > 0 OR coalesce(gepland, 0) > 0) AND coalesce(afwezig, 0) = 0 AS export_ontbreekt
FROM namen
FULL JOIN leerlingen USING (brin)
FULL JOIN dagen USING (brin)
ORDER BY brin
