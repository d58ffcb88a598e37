-- One pupil's school year at one school, day by day, coloured by what was registered.
-- Only this school's enrollments and absence rows: a school sees nothing another school
-- registered. School days and capped hours follow classification.md §1; pupil_key and pupil_no
-- stay inside.
WITH pupil AS (
  -- the absence tables name a pupil by number only (pipeline/db/schema.sql)
  SELECT DISTINCT pupil_key, pupil_no FROM leerlingen WHERE leerling_id = $leerling_id
),
days AS (
  SELECT CAST(d AS DATE) AS datum FROM range(CAST($van AS DATE), CAST($tot AS DATE) + 1, INTERVAL 1 DAY) t(d)
),
-- §1: of two active enrollments the latest van counts
enrolled AS (
  SELECT days.datum, arg_max(i.vestiging, i.van) AS vestiging
  FROM days
  JOIN inschrijvingen i ON i.brin = $brin AND days.datum BETWEEN i.van AND coalesce(i.tot, DATE '9999-12-31')
  WHERE i.pupil_key IN (SELECT pupil_key FROM pupil)
  GROUP BY days.datum
),
school AS (
  SELECT vestiging, regio, coalesce(uren_per_dag, $defaultHours) AS uren FROM scholen WHERE brin = $brin
),
-- §1: holidays of the school's region, national ones, and the school's own free days
holiday AS (
  SELECT e.datum, min(v.omschrijving) AS omschrijving
  FROM enrolled e
  JOIN school s USING (vestiging)
  JOIN vakanties v ON e.datum BETWEEN v.van AND v.tot
    AND (v.regio IN (s.regio, 'landelijk') OR (v.brin = $brin AND (v.vestiging IS NULL OR v.vestiging = e.vestiging)))
  GROUP BY e.datum
),
registered AS (
  SELECT datum, categorie, sum(uren) AS uren, list(DISTINCT code) AS codes
  FROM (
    SELECT datum, categorie, uren, code FROM verzuim_events
    WHERE brin = $brin AND pupil_no IN (SELECT pupil_no FROM pupil)
    UNION ALL
    -- a period covers whole school days: the full scheduled hours (§1)
    SELECT days.datum, p.categorie, coalesce(s.uren, $defaultHours), p.code
    FROM verzuim_periods p
    JOIN days ON days.datum BETWEEN p.van AND p.tot
    LEFT JOIN school s ON s.vestiging = p.vestiging
    WHERE p.brin = $brin AND p.pupil_no IN (SELECT pupil_no FROM pupil)
  )
  GROUP BY datum, categorie
),
per_day AS (
  SELECT datum,
    sum(uren) FILTER (categorie = 'ziek') AS ziek,
    sum(uren) FILTER (categorie = 'geoorloofd') AS geoorloofd,
    sum(uren) FILTER (categorie = 'ongeoorloofd') AS ongeoorloofd,
    sum(uren) FILTER (categorie = 'onbekend') AS onbekend,
    -- a day's codes in code order, whatever order the rows were stored in (an ingest keeps none)
    array_to_string(list_sort(list_distinct(flatten(list(codes)))), ', ') AS codes
  FROM registered
  GROUP BY datum
)
SELECT strftime(days.datum, '%Y-%m-%d') AS datum,
  CASE
    WHEN days.datum > CAST($peildatum AS DATE) THEN 'toekomst'
    WHEN isodow(days.datum) >= 6 THEN 'weekend'
    WHEN enrolled.datum IS NULL THEN 'niet_ingeschreven'
    WHEN holiday.datum IS NOT NULL THEN 'vakantie'
    ELSE 'schooldag'
  END AS soort,
  holiday.omschrijving,
  coalesce(s.uren, $defaultHours) AS gepland,
  -- §1: more absent hours than scheduled are capped, each category scaled down in proportion
  least(1, coalesce(s.uren, $defaultHours) / nullif(coalesce(ziek, 0) + coalesce(geoorloofd, 0) + coalesce(ongeoorloofd, 0) + coalesce(onbekend, 0), 0)) AS schaal,
  coalesce(ziek, 0) AS ziek, coalesce(geoorloofd, 0) AS geoorloofd,
  coalesce(ongeoorloofd, 0) AS ongeoorloofd, coalesce(onbekend, 0) AS onbekend, codes
FROM days
LEFT JOIN enrolled USING (datum)
LEFT JOIN school s ON s.vestiging = enrolled.vestiging
LEFT JOIN holiday USING (datum)
LEFT JOIN per_day USING (datum)
ORDER BY days.datum
