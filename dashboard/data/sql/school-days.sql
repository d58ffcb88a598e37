-- Attendance per school day of the school year so far, for one school (all its vestigingen)
-- and for all schools together (the municipal average). results.sql school_day_stats;
-- ongeoorloofd includes onbekend (classification.md §1).
WITH alle AS (
  SELECT datum, sum(geplande_uren) AS gepland, sum(ziek_uren) AS ziek, sum(geoorloofd_uren) AS geoorloofd,
    sum(ongeoorloofd_uren) AS ongeoorloofd
  FROM school_day_stats
  WHERE datum BETWEEN CAST($van AS DATE) AND CAST($tot AS DATE)
  GROUP BY datum
),
school AS (
  SELECT datum, sum(geplande_uren) AS gepland, sum(ziek_uren) AS ziek, sum(geoorloofd_uren) AS geoorloofd,
    sum(ongeoorloofd_uren) AS ongeoorloofd
  FROM school_day_stats
  WHERE brin = $brin AND datum BETWEEN CAST($van AS DATE) AND CAST($tot AS DATE)
  GROUP BY datum
)
SELECT strftime(datum, '%Y-%m-%d') AS datum, isodow(datum)::INTEGER AS dag,
  strftime(date_trunc('week', datum), '%Y-%m-%d') AS week,
  school.gepland, school.ziek, school.geoorloofd, school.ongeoorloofd,
  alle.gepland AS gemeente_gepland,
  alle.ziek + alle.geoorloofd + alle.ongeoorloofd AS gemeente_afwezig
FROM alle
LEFT JOIN school USING (datum)
ORDER BY datum
