-- classification.md §2: the dates that decide scope, derived once from the register.
-- One row per youth; a corrected re-export (higher file_id) wins.
-- reads: leerlingen, pupils

CREATE OR REPLACE TEMP TABLE register AS
SELECT u.pupil_id, l.pupil_no, l.pupil_key, l.leerling_id, l.geboortedatum, l.in_gemeente_sinds, l.uit_gemeente,
  l.startkwalificatie,
  -- the first day of the month after the 5th birthday (born 2020-03-14 or 2020-03-01: 2025-04-01)
  (date_trunc('month', l.geboortedatum + INTERVAL 5 YEAR) + INTERVAL 1 MONTH)::DATE AS leerplicht_start,
  -- born 29 February: 18 (and 16) on 28 February in a year without 29 February
  (l.geboortedatum + INTERVAL 18 YEAR)::DATE AS achttiende_verjaardag,
  -- kwalificatieplicht starts on the first 1 August after the 16th birthday; a birthday on
  -- 1 August itself waits a year (the school year in which the youth turns 16 is finished first)
  CASE
    WHEN (l.geboortedatum + INTERVAL 16 YEAR)::DATE < make_date(year(l.geboortedatum) + 16, 8, 1)
      THEN make_date(year(l.geboortedatum) + 16, 8, 1)
    ELSE make_date(year(l.geboortedatum) + 17, 8, 1)
  END AS kwalificatieplicht_start
FROM leerlingen l
JOIN pupils u ON u.pupil_no = l.pupil_no
QUALIFY row_number() OVER (PARTITION BY l.pupil_no ORDER BY l.file_id DESC) = 1;
