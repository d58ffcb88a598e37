-- classification.md §1 "Absent hours" on a school day: the hours of the absence events on that
-- day plus the full scheduled hours for each absence period covering it; above the scheduled hours
-- the sum is capped at them, each category scaled down in proportion. `onbekend` counts as
-- `ongeoorloofd` everywhere (§1 "Absence category").
-- Only days that are school days of the pupil count, and only registrations by the BRIN of the
-- enrollment that counts that day (any of its vestigingen): weekend and holiday registrations,
-- and those of a school the pupil has left, are kept in the tables but ignored here.
-- Events and periods are matched to the pieces by the pupil's number (pupil_no), not by the
-- 64-character key: this join reads every absence row.
-- Identical event rows are two registrations and both count (§1: 2 hours in the morning and 2 in
-- the afternoon with the same code); nothing here merges rows.
-- `te_laat` and `geen_verzuim` carry no absent hours (§1 "Absence category"); a te_laat event is
-- counted per registration for te_laat_w4 (§5), geen_verzuim is never counted.
-- Sparse: one row per pupil school day with any counted registration, for the pupils and dates
-- of the absence pieces in the table named `pieces` (one pass: absent-days-after-horizon.sql,
-- absent-days-before-horizon.sql). A table macro, so the two passes share one definition.
-- reads: school_days, verzuim_events, verzuim_periods

CREATE OR REPLACE TEMP MACRO absent_hours(pieces) AS TABLE
WITH event_hours AS (
  SELECT p.pupil_id, p.school_id, d.datum, d.uren AS geplande_uren,
    (p.days_before + d.school_ord - p.first_school_ord + 1)::INTEGER AS pupil_ord,
    v.categorie, v.uren
  FROM verzuim_events v
  JOIN query_table(pieces) p ON p.pupil_no = v.pupil_no AND p.brin = v.brin AND v.datum BETWEEN p.van AND p.tot
  JOIN school_days d ON d.school_id = p.school_id AND d.datum = v.datum
  WHERE v.categorie <> 'geen_verzuim'
),
period_in_piece AS (
  -- The part of a period that falls in a piece of the same BRIN, as dates ...
  SELECT p.pupil_id, p.school_id, p.days_before, p.first_school_ord, v.categorie,
    greatest(v.van, p.van) - 1 AS day_before, least(v.tot, p.tot) AS last_day
  FROM verzuim_periods v
  JOIN query_table(pieces) p ON p.pupil_no = v.pupil_no AND p.brin = v.brin AND v.van <= p.tot AND v.tot >= p.van
  WHERE v.van <= v.tot AND v.categorie <> 'geen_verzuim'
),
period_boundary AS (
  SELECT DISTINCT school_id, day_before AS datum FROM period_in_piece
  UNION
  SELECT DISTINCT school_id, last_day FROM period_in_piece
),
ord_on_or_before AS (
  SELECT b.school_id, b.datum, coalesce(d.school_ord, 0) AS school_ord
  FROM period_boundary b
  ASOF LEFT JOIN school_days d ON d.school_id = b.school_id AND b.datum >= d.datum
),
period_ordinals AS (
  -- ... and as the school ordinals of its first and last school day.
  SELECT x.*, before_period.school_ord + 1 AS first_ord, in_period.school_ord AS last_ord
  FROM period_in_piece x
  JOIN ord_on_or_before before_period ON before_period.school_id = x.school_id AND before_period.datum = x.day_before
  JOIN ord_on_or_before in_period ON in_period.school_id = x.school_id AND in_period.datum = x.last_day
),
period_hours AS (
  SELECT x.pupil_id, x.school_id, d.datum, d.uren AS geplande_uren,
    (x.days_before + d.school_ord - x.first_school_ord + 1)::INTEGER AS pupil_ord,
    -- a period counts the whole scheduled day, and as one registration on each school day it
    -- covers (a te_laat period: one late arrival a day, README "Regels")
    x.categorie, d.uren AS uren
  FROM (SELECT *, unnest(range(first_ord, last_ord + 1)) AS school_ord FROM period_ordinals) x
  JOIN school_days d ON d.school_id = x.school_id AND d.school_ord = x.school_ord
),
registered AS (
  -- A pupil's school day is identified by (pupil_id, pupil_ord) alone; the other columns follow.
  SELECT pupil_id, pupil_ord, any_value(school_id) AS school_id, any_value(datum) AS datum,
    any_value(geplande_uren) AS geplande_uren,
    sum(CASE WHEN categorie = 'ziek' THEN uren ELSE 0 END) AS ziek,
    sum(CASE WHEN categorie = 'geoorloofd' THEN uren ELSE 0 END) AS geoorloofd,
    sum(CASE WHEN categorie IN ('ongeoorloofd', 'onbekend') THEN uren ELSE 0 END) AS ongeoorloofd,
    count_if(categorie = 'te_laat')::INTEGER AS te_laat -- per registration, no hours
  FROM (SELECT * FROM event_hours UNION ALL SELECT * FROM period_hours)
  GROUP BY pupil_id, pupil_ord
),
capped AS (
  SELECT *, ziek + geoorloofd + ongeoorloofd AS totaal,
    CASE WHEN ziek + geoorloofd + ongeoorloofd > geplande_uren
      THEN geplande_uren / (ziek + geoorloofd + ongeoorloofd) ELSE 1.0 END AS schaal
  FROM registered
)
SELECT pupil_id, pupil_ord, school_id, datum, geplande_uren,
  ziek * schaal AS ziek_uren,
  geoorloofd * schaal AS geoorloofd_uren,
  ongeoorloofd * schaal AS ongeoorloofd_uren,
  least(totaal, geplande_uren) AS afwezig_uren,
  -- §1 "Fully absent day": absent hours >= scheduled hours.
  totaal > 0 AND totaal >= geplande_uren AS hele_dag,
  te_laat
FROM capped;
