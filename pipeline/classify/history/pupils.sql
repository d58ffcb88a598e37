-- classification.md §1: the youths whose school days are worked out.
-- Every youth of the register or of an enrollment, with a small integer id for cheap joins.
-- reads: leerlingen, inschrijvingen

CREATE OR REPLACE TEMP TABLE pupils AS
SELECT pupil_key, row_number() OVER ()::INTEGER AS pupil_id
FROM (SELECT pupil_key FROM leerlingen UNION SELECT pupil_key FROM inschrijvingen);
