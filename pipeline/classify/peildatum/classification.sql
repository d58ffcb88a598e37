-- classification.md §3 "Rules, in order (the first that applies decides)", §4 passend aanbod and
-- §5 the fields of each result. Columns match the `classifications` table (results.sql).
-- reads: in_beeld, enrollment_on_peildatum, vrijstelling_on_peildatum, absoluut_verzuim,
--   pupil_windows, streak, absence_signals, traject_on_peildatum, reden_on_peildatum, elapsed_days,
--   duur_since
-- Parameters: $peildatum, $absoluutVerzuimShortDays (28), $streakSchoolDays (20),
-- $officialUnauthorisedShare (0.5), $longAbsenceMonths (3).

CREATE OR REPLACE TEMP TABLE classification AS
WITH facts AS (
  SELECT b.pupil_id, b.leerling_id, b.categorie, b.kwalificatieplichtig, b.leeftijd,
    e.brin, e.vestiging, e.sector, coalesce(e.aangepast_programma, false) AS aangepast_programma,
    v.artikel, av.start AS verzuim_start,
    st.streak_dagen, st.streak_start,
    st.ziek_uren AS streak_ziek, st.geoorloofd_uren AS streak_geoorloofd, st.ongeoorloofd_uren AS streak_ongeoorloofd,
    w.geplande_uren_w4, w.afwezig_uren_w4, w.ongeoorloofd_uren_w4, w.te_laat_w4,
    coalesce(sig.verzuim_16u, false) AS verzuim_16u,
    coalesce(sig.aanwezigheid_laag, false) AS aanwezigheid_laag,
    coalesce(sig.ziek_frequent, false) AS ziek_frequent,
    coalesce(sig.ziek_lang, false) AS ziek_lang,
    t.soort AS traject_soort, r.reden
  FROM in_beeld b
  LEFT JOIN enrollment_on_peildatum e ON e.pupil_id = b.pupil_id
  LEFT JOIN vrijstelling_on_peildatum v ON v.pupil_no = b.pupil_no
  LEFT JOIN absoluut_verzuim av ON av.pupil_id = b.pupil_id
  LEFT JOIN pupil_windows w ON w.pupil_id = b.pupil_id
  LEFT JOIN streak st ON st.pupil_id = b.pupil_id
  LEFT JOIN absence_signals sig ON sig.pupil_id = b.pupil_id
  LEFT JOIN traject_on_peildatum t ON t.pupil_no = b.pupil_no
  LEFT JOIN reden_on_peildatum r ON r.pupil_no = b.pupil_no
),
phased AS (
  SELECT *,
    CASE
      WHEN categorie IN ('bijna_leerplichtig', 'vrijgesteld') THEN '-'        -- §2, §3 rule 1
      WHEN categorie = 'absoluut_verzuim' THEN                                  -- §3 rule 2
        CASE WHEN elapsed_days(verzuim_start, $peildatum::DATE) <= $absoluutVerzuimShortDays THEN '2' ELSE '3' END
      WHEN streak_dagen > $streakSchoolDays THEN '3'                           -- §3 rule 3
      WHEN verzuim_16u OR aanwezigheid_laag OR ziek_frequent OR ziek_lang
        OR aangepast_programma THEN '2'                                         -- §3 rule 4
      ELSE '1'                                                                  -- §3 rule 5
    END AS fase,
    -- §3.3: official when at least half of the streak's absent hours are ongeoorloofd/onbekend.
    round(streak_ongeoorloofd, 6)
      >= round($officialUnauthorisedShare * (streak_ziek + streak_geoorloofd + streak_ongeoorloofd), 6)
      AS streak_mostly_ongeoorloofd
  FROM facts
),
decided AS (
  SELECT *,
    CASE
      WHEN fase <> '3' THEN 'nee'
      WHEN categorie = 'absoluut_verzuim' THEN 'ja'
      WHEN streak_mostly_ongeoorloofd THEN 'ja'
      ELSE 'nee'
    END AS officieel,
    CASE
      WHEN fase <> '3' THEN '-'
      WHEN categorie = 'absoluut_verzuim' THEN duur_since(verzuim_start, $peildatum::DATE, $longAbsenceMonths::INTEGER)
      ELSE duur_since(streak_start, $peildatum::DATE, $longAbsenceMonths::INTEGER)
    END AS duur,
    categorie = 'ingeschreven' AND fase = '3' AND NOT streak_mostly_ongeoorloofd AS long_not_official,
    -- langdurig_ziek when the streak's ziek hours are at least its geoorloofd hours
    round(streak_ziek, 6) >= round(streak_geoorloofd, 6) AS ziek_outweighs
  FROM phased
)
SELECT
  $peildatum::DATE AS peildatum,
  leerling_id,
  categorie,
  fase,
  duur,
  officieel,
  CASE WHEN fase <> '3' THEN '-' WHEN traject_soort IS NOT NULL THEN 'ja' ELSE 'nee' END AS passend_aanbod,
  -- the signals that hold, listed in alphabetical order; concat_ws skips the ones that do not
  concat_ws('|',
    CASE WHEN categorie = 'absoluut_verzuim' AND fase = '2' THEN 'absoluut_verzuim_kort' END,
    CASE WHEN aangepast_programma THEN 'aangepast_programma' END,
    CASE WHEN aanwezigheid_laag THEN 'aanwezigheid_laag' END,
    -- §3.3: the long absences the official count misses
    CASE WHEN long_not_official AND NOT ziek_outweighs THEN 'langdurig_geoorloofd' END,
    CASE WHEN long_not_official AND ziek_outweighs THEN 'langdurig_ziek' END,
    CASE WHEN verzuim_16u THEN 'verzuim_16u' END,
    CASE WHEN ziek_frequent THEN 'ziek_frequent' END,
    CASE WHEN ziek_lang THEN 'ziek_lang' END
  ) AS signalen,
  coalesce(CASE WHEN categorie = 'vrijgesteld' THEN artikel END, '') AS artikel,
  -- §5: streak and W4 figures describe enrolled pupils only; empty for the other categories.
  CASE WHEN categorie = 'ingeschreven' THEN streak_start END AS streak_start,
  CASE WHEN categorie = 'ingeschreven' THEN streak_dagen END::INTEGER AS streak_dagen,
  CASE WHEN categorie = 'ingeschreven' AND geplande_uren_w4 > 0
    THEN round(1 - afwezig_uren_w4 / geplande_uren_w4, 3) END AS aanwezigheid_w4,
  CASE WHEN categorie = 'ingeschreven' THEN round(ongeoorloofd_uren_w4, 2) END AS ongeoorloofd_uren_w4,
  coalesce(brin, '') AS brin,
  coalesce(sector, '') AS sector,
  CASE WHEN kwalificatieplichtig THEN 'ja' ELSE 'nee' END AS kwalificatieplichtig,
  CASE WHEN categorie = 'ingeschreven' THEN coalesce(te_laat_w4, 0) END::INTEGER AS te_laat_w4,
  coalesce(reden, '') AS reden,
  coalesce(vestiging, '') AS vestiging,
  leeftijd::INTEGER AS leeftijd,
  coalesce(traject_soort, '') AS traject_soort
FROM decided;
