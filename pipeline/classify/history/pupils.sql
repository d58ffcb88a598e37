-- classification.md §1: the youths whose school days are worked out.
-- Every youth of the register or of an enrollment, with a small integer id for cheap joins
-- (pupil_id: 1, 2, 3, ... in this run), and the number the ingest gave its key (pupil_no,
-- pupil_numbers in pipeline/db/schema.sql), which the absence tables carry: their join with
-- the enrollments, the largest of classify, is on that integer.
-- reads: leerlingen, inschrijvingen, pupil_numbers

CREATE OR REPLACE TEMP TABLE pupils AS
SELECT k.pupil_key, row_number() OVER ()::INTEGER AS pupil_id, n.pupil_no
FROM (SELECT pupil_key FROM leerlingen UNION SELECT pupil_key FROM inschrijvingen) k
LEFT JOIN pupil_numbers n ON n.pupil_key = k.pupil_key;
