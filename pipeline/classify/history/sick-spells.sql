-- classification.md §3.4: a sick spell is a maximal run of consecutive school days with ziek
-- hours > 0 (consecutive in the pupil's own school days, as for the streak). Found once for the
-- whole history; absence-signals.sql cuts each spell at the peildatum for ziek_frequent and ziek_lang.
-- reads: absent_days

CREATE OR REPLACE TEMP TABLE sick_spells AS
WITH numbered AS (
  SELECT pupil_id, pupil_ord,
    pupil_ord - row_number() OVER (PARTITION BY pupil_id ORDER BY pupil_ord) AS spell_key
  FROM absent_days
  WHERE ziek_uren > 0
)
SELECT pupil_id, min(pupil_ord) AS first_ord, max(pupil_ord) AS last_ord
FROM numbered
GROUP BY pupil_id, spell_key;
