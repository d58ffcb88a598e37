-- jaartelling.md §1: "on day d" is the classification with peildatum D = d (classification.md 1.1).
-- The classification of each youth on each of its breakpoints, in set form: the same rules as the
-- peildatum steps of pipeline/classify (cited per column), for many (youth, day) pairs at once;
-- only the fields the lines of §2 and the kind of §3 need. The agreement test holds it to
-- classifyPeildatum day by day.
-- reads: breakpoints, register, pupil_school_days, schools, vrijstellingen, trajecten,
--   inschrijvingen, school_day_states, elapsed_days, duur_since
-- One batch of youths at a time (count.ts): those of `breakpoints`, pupil_id from $firstPupil to
-- $lastPupil.
-- Parameters: $firstPupil, $lastPupil, $absoluutVerzuimShortDays, $longAbsenceMonths, $almostLeerplichtigMonths.

CREATE OR REPLACE TEMP MACRO onderwijssoort(school_known, sector) AS
  -- jaartelling.md §3: sectors to the kinds of the Leerplichttelling
  CASE
    WHEN NOT school_known THEN 'onbekend'
    WHEN sector IN ('PO', 'SBO') THEN 'po'
    WHEN sector IN ('SO', 'VSO') THEN 'vso'
    WHEN sector = 'VO' THEN 'vo'
    WHEN sector = 'MBO' THEN 'mbo'
    ELSE 'onbekend'
  END;

CREATE OR REPLACE TEMP TABLE day_states AS
WITH piece_asof AS (
  -- the pieces are disjoint and already apply "the latest van counts" (pupil-school-days.sql):
  -- the last one starting on or before D is active when it has not ended (enrollment-on-peildatum.sql)
  SELECT b.pupil_id, b.dag, p.tot AS piece_tot, p.school_id, p.aangepast_programma,
    p.van IS NOT NULL AND p.tot >= b.dag AS ingeschreven
  FROM breakpoints b
  ASOF LEFT JOIN (SELECT * FROM pupil_school_days WHERE pupil_id BETWEEN $firstPupil AND $lastPupil) p
    ON p.pupil_id = b.pupil_id AND b.dag >= p.van
),
vrijstelling_active AS (
  -- vrijstelling-on-peildatum.sql: latest van, then lowest artikel
  SELECT b.pupil_id, b.dag, v.artikel
  FROM breakpoints b JOIN vrijstellingen v ON v.pupil_key = b.pupil_key
  WHERE v.van <= b.dag AND (v.tot IS NULL OR v.tot >= b.dag)
  QUALIFY row_number() OVER (PARTITION BY b.pupil_id, b.dag ORDER BY v.van DESC, v.artikel) = 1
),
vrijstelling_ended AS (
  -- absoluut-verzuim.sql: the end of the most recent vrijstelling
  SELECT b.pupil_id, b.dag, max(v.tot) AS tot
  FROM breakpoints b JOIN vrijstellingen v ON v.pupil_key = b.pupil_key
  WHERE v.van <= b.dag AND v.tot < b.dag
  GROUP BY b.pupil_id, b.dag
),
traject_active AS (
  SELECT DISTINCT b.pupil_id, b.dag
  FROM breakpoints b JOIN trajecten t ON t.pupil_key = b.pupil_key
  WHERE t.van <= b.dag AND (t.tot IS NULL OR t.tot >= b.dag)
),
enrollment_ended AS (
  -- jaartelling.md §3: without a counting enrollment, the one that ended last before D
  -- (then the latest van, then the lowest BRIN + vestiging)
  SELECT b.pupil_id, b.dag, s.school_id IS NOT NULL AS school_known, s.sector
  FROM breakpoints b
  JOIN inschrijvingen i ON i.pupil_key = b.pupil_key AND i.tot < b.dag AND i.van <= i.tot
  LEFT JOIN schools s ON s.brin = i.brin AND s.vestiging = i.vestiging
  QUALIFY row_number() OVER (PARTITION BY b.pupil_id, b.dag ORDER BY i.tot DESC, i.van DESC, i.brin, i.vestiging) = 1
),
scoped AS (
  -- in-beeld.sql (classification.md §2)
  SELECT b.pupil_id, b.dag, r.leerling_id, r.leerplicht_start, r.in_gemeente_sinds,
    e.ingeschreven, e.piece_tot, e.school_id,
    CASE WHEN e.ingeschreven THEN e.aangepast_programma END AS aangepast_programma,
    CASE
      WHEN NOT ((r.in_gemeente_sinds IS NULL OR r.in_gemeente_sinds <= b.dag)
        AND (r.uit_gemeente IS NULL OR r.uit_gemeente > b.dag)) THEN NULL
      WHEN r.leerplicht_start <= b.dag AND b.dag < r.achttiende_verjaardag
        AND (r.startkwalificatie IS NULL OR r.startkwalificatie > b.dag) THEN 'leerplichtig'
      WHEN r.leerplicht_start > b.dag
        AND (r.leerplicht_start - to_months($almostLeerplichtigMonths::INTEGER))::DATE <= b.dag
        AND NOT e.ingeschreven THEN 'bijna_leerplichtig'
    END AS scope
  FROM breakpoints b
  JOIN (SELECT * FROM register WHERE pupil_id BETWEEN $firstPupil AND $lastPupil) r ON r.pupil_id = b.pupil_id
  JOIN piece_asof e ON e.pupil_id = b.pupil_id AND e.dag = b.dag
),
categorised AS (
  SELECT s.*, v.artikel,
    CASE
      WHEN s.scope IS NULL THEN NULL                     -- not classified on D
      WHEN s.scope = 'bijna_leerplichtig' THEN 'bijna_leerplichtig'
      WHEN v.artikel IS NOT NULL THEN 'vrijgesteld'
      WHEN NOT s.ingeschreven THEN 'absoluut_verzuim'
      ELSE 'ingeschreven'
    END AS categorie,
    -- absoluut-verzuim.sql; without an active piece the last one that began has ended
    greatest(s.leerplicht_start, s.in_gemeente_sinds,
      CASE WHEN NOT s.ingeschreven THEN s.piece_tot + 1 END, ve.tot + 1) AS verzuim_start,
    t.pupil_id IS NOT NULL AS traject
  FROM scoped s
  LEFT JOIN vrijstelling_active v ON v.pupil_id = s.pupil_id AND v.dag = s.dag
  LEFT JOIN vrijstelling_ended ve ON ve.pupil_id = s.pupil_id AND ve.dag = s.dag
  LEFT JOIN traject_active t ON t.pupil_id = s.pupil_id AND t.dag = s.dag
),
with_school_days AS (
  -- the values of the last school day on or before D (school-day-states.sql), for enrolled pupils
  SELECT c.*,
    coalesce(c.categorie = 'ingeschreven' AND d.verzuim_16u, false) AS verzuim_16u,
    coalesce(c.categorie = 'ingeschreven' AND d.aanwezigheid_laag, false) AS aanwezigheid_laag,
    coalesce(c.categorie = 'ingeschreven' AND d.ziek_frequent, false) AS ziek_frequent,
    coalesce(c.categorie = 'ingeschreven' AND d.ziek_lang, false) AS ziek_lang,
    coalesce(d.lang_thuis, false) AS lang_thuis, d.streak_start, d.streak_officieel
  FROM categorised c
  ASOF LEFT JOIN school_day_states d ON d.pupil_id = c.pupil_id AND c.dag >= d.datum
),
phased AS (
  -- classification.sql (classification.md §3)
  SELECT *,
    CASE
      WHEN categorie IS NULL THEN NULL
      WHEN categorie IN ('bijna_leerplichtig', 'vrijgesteld') THEN '-'
      WHEN categorie = 'absoluut_verzuim' THEN
        CASE WHEN elapsed_days(verzuim_start, dag) <= $absoluutVerzuimShortDays THEN '2' ELSE '3' END
      WHEN lang_thuis THEN '3'
      WHEN verzuim_16u OR aanwezigheid_laag OR ziek_frequent OR ziek_lang OR coalesce(aangepast_programma, false) THEN '2'
      ELSE '1'
    END AS fase
  FROM with_school_days
)
-- One row per breakpoint, also on days the youth is not classified (categorie and fase NULL):
-- "held on d and not on the day before" and "no longer classified on the end" need those too.
SELECT p.pupil_id, p.leerling_id, p.dag, p.categorie, p.fase,
  CASE
    WHEN p.fase IS NULL THEN NULL
    WHEN p.fase <> '3' THEN '-'
    WHEN p.categorie = 'absoluut_verzuim' THEN duur_since(p.verzuim_start, p.dag, $longAbsenceMonths::INTEGER)
    ELSE duur_since(p.streak_start, p.dag, $longAbsenceMonths::INTEGER)
  END AS duur,
  CASE
    WHEN p.fase IS NULL THEN NULL
    WHEN p.fase <> '3' THEN 'nee'
    WHEN p.categorie = 'absoluut_verzuim' OR p.streak_officieel THEN 'ja'
    ELSE 'nee'
  END AS officieel,
  CASE WHEN p.fase IS NULL THEN NULL WHEN p.fase <> '3' THEN '-' WHEN p.traject THEN 'ja' ELSE 'nee' END AS passend_aanbod,
  p.verzuim_16u,
  -- the signals of §3.4 (absoluut_verzuim_kort and the langdurig_* of fase 3 are not among them)
  p.verzuim_16u OR p.aanwezigheid_laag OR p.ziek_frequent OR p.ziek_lang
    OR coalesce(p.aangepast_programma, false) AS dreigend_signaal,
  coalesce(CASE WHEN p.categorie = 'vrijgesteld' THEN p.artikel END, '') AS artikel,
  CASE
    WHEN p.ingeschreven THEN onderwijssoort(p.school_id IS NOT NULL, s.sector)
    WHEN x.pupil_id IS NOT NULL THEN onderwijssoort(x.school_known, x.sector)
    ELSE 'geen_onderwijs'
  END AS onderwijssoort
FROM phased p
LEFT JOIN schools s ON s.school_id = p.school_id
LEFT JOIN enrollment_ended x ON x.pupil_id = p.pupil_id AND x.dag = p.dag;
