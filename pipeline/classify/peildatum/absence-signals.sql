-- classification.md §3.4: the absence signals, for pupils with categorie 'ingeschreven' only.
-- A pupil without a school day on or before D has none of them (W4 is empty).
-- Sums of scaled hours are rounded to 6 decimals before comparing, so that 16 hours made of
-- thirds still count as 16.
-- reads: pupil_windows, sick_spells
-- Parameters: $unauthorisedHoursW4 (16), $absentShareW4 (0.20), $sickSpellsW12 (4),
-- $longSickSpellDays (6).

CREATE OR REPLACE TEMP TABLE absence_signals AS
WITH spells AS (
  -- Sick spells cut at the last school day on or before D.
  SELECT w.pupil_id,
    -- ziek_frequent: spells that start within W12
    count(*) FILTER (WHERE s.first_ord >= w.w12_first_ord) AS spells_starting_in_w12,
    -- ziek_lang: a spell longer than 6 school days that overlaps W4
    bool_or(
      least(s.last_ord, w.last_ord) - s.first_ord + 1 > $longSickSpellDays
      AND least(s.last_ord, w.last_ord) >= w.w4_first_ord
    ) AS long_spell_in_w4
  FROM pupil_windows w
  JOIN sick_spells s ON s.pupil_id = w.pupil_id AND s.first_ord <= w.last_ord
  GROUP BY w.pupil_id
)
SELECT w.pupil_id,
  round(w.ongeoorloofd_uren_w4, 6) >= $unauthorisedHoursW4 AS verzuim_16u,
  w.geplande_uren_w4 > 0
    AND round(w.afwezig_uren_w4, 6) > round($absentShareW4 * w.geplande_uren_w4, 6) AS aanwezigheid_laag,
  coalesce(s.spells_starting_in_w12, 0) >= $sickSpellsW12 AS ziek_frequent,
  coalesce(s.long_spell_in_w4, false) AS ziek_lang
FROM pupil_windows w
LEFT JOIN spells s ON s.pupil_id = w.pupil_id;
