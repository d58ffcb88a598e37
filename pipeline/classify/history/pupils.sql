-- classification.md §1: the youths whose school days are worked out.
-- Every youth of the register or of an enrollment, by the number the ingest gave its key
-- (pupil_no, pupil_numbers in pipeline/db/schema.sql; every table of pupils carries it),
-- with a dense id for this run (pupil_id: 1, 2, 3, ...; the jaartelling works in ranges of it).
-- Both are integers, so the joins of classify never compare the 64-character key.
-- reads: leerlingen, inschrijvingen

CREATE OR REPLACE TEMP TABLE pupils AS
SELECT pupil_no, row_number() OVER ()::INTEGER AS pupil_id
FROM (SELECT pupil_no FROM leerlingen UNION SELECT pupil_no FROM inschrijvingen);
