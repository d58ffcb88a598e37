-- The validated tables: what `tzm ingest` leaves behind and what classification reads.
-- Every row passed the checks of spec/inputs.md; rejected rows live in `quarantine`.
-- `pupil_key` is the keyed pseudonym of the BSN (HMAC-SHA256, hex); the BSN itself is never stored.
-- `file_id` points at the ingest_files row that loaded the row (provenance, and the undo unit).

CREATE SEQUENCE IF NOT EXISTS ingest_run_seq START 1;
CREATE SEQUENCE IF NOT EXISTS ingest_file_seq START 1;

CREATE TABLE IF NOT EXISTS ingest_runs (
  run_id       INTEGER PRIMARY KEY,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP NOT NULL,
  duration_ms  INTEGER NOT NULL,
  files        INTEGER NOT NULL,
  rows_loaded  BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  tool_version VARCHAR NOT NULL
);

-- One key per database (issue 9): the fingerprint of the key its pseudonyms were made with,
-- HMAC(key, a fixed label) (pipeline/ingest/pseudonym.ts), never the key; at most one row.
CREATE TABLE IF NOT EXISTS tzm_key (
  fingerprint VARCHAR NOT NULL
);

-- A number for every pupil_key an ingest has seen, 1, 2, 3, ... in order of first appearance;
-- never reused or removed. Every register table carries it beside the pupil_key, and the absence
-- tables (tens of millions of rows) carry it instead of the key, so that classify joins them on an
-- integer instead of reading and comparing 64 characters (pipeline/ingest/pupil-numbers.ts).
-- Small on purpose: a hash of the key as a 128-bit number joins as fast, but its 39 decimal digits
-- hold every 9-digit string a BSN scan looks for.
CREATE TABLE IF NOT EXISTS pupil_numbers (
  pupil_key VARCHAR NOT NULL,
  pupil_no  INTEGER NOT NULL
);

-- One row per file offered to an ingest run, including files skipped as already loaded.
CREATE TABLE IF NOT EXISTS ingest_files (
  file_id       INTEGER PRIMARY KEY,
  run_id        INTEGER NOT NULL,
  file_name     VARCHAR NOT NULL,   -- base name only: paths may reveal more than needed
  sha256        VARCHAR NOT NULL,   -- HMAC-SHA256 of the content under a key derived from the secret
  bytes         BIGINT NOT NULL,
  kind          VARCHAR NOT NULL,   -- scholen, vakanties, leerlingen, ..., verzuim_events, verzuim_periods
  layout        VARCHAR NOT NULL,   -- schemas/layouts/<layout>.json, or 'opendata-json'
  encoding      VARCHAR NOT NULL,
  delimiter     VARCHAR,
  status        VARCHAR NOT NULL,   -- 'loaded' | 'already_loaded'
  rows_read     BIGINT NOT NULL,
  rows_loaded   BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  rows_replaced BIGINT NOT NULL     -- earlier rows this file replaced (corrected re-export)
);

-- Every rejected row with where and why; `record` is the row as JSON with the BSN removed.
CREATE TABLE IF NOT EXISTS quarantine (
  file_id    INTEGER NOT NULL,
  file_name  VARCHAR NOT NULL,
  line       BIGINT NOT NULL,       -- 1-based physical line where the record starts
  "column"   VARCHAR,               -- canonical column name, or NULL for a whole-row problem
  reason_nl  VARCHAR NOT NULL,
  reason_en  VARCHAR NOT NULL,
  record     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS scholen (
  brin         VARCHAR NOT NULL,    -- 2 digits + 2 letters, upper case
  vestiging    VARCHAR NOT NULL,    -- 2 digits, '00' when not given
  naam         VARCHAR NOT NULL,
  sector       VARCHAR NOT NULL,    -- PO, SBO, SO, VSO, VO, MBO
  regio        VARCHAR NOT NULL,    -- noord, midden, zuid
  uren_per_dag DOUBLE,              -- NULL: settings.defaultHoursPerDay
  file_id      INTEGER NOT NULL
);

-- Holidays and school free days. Exactly one of (regio) or (brin) is set.
-- regio 'landelijk' applies to every region; a brin row with vestiging NULL to all its vestigingen.
CREATE TABLE IF NOT EXISTS vakanties (
  regio        VARCHAR,
  brin         VARCHAR,
  vestiging    VARCHAR,
  van          DATE NOT NULL,
  tot          DATE NOT NULL,       -- inclusive
  omschrijving VARCHAR NOT NULL,
  file_id      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS leerlingen (
  leerling_id       VARCHAR NOT NULL,
  pupil_key         VARCHAR NOT NULL,
  pupil_no          INTEGER NOT NULL,
  geboortedatum     DATE NOT NULL,
  in_gemeente_sinds DATE,
  uit_gemeente      DATE,
  startkwalificatie DATE,
  file_id           INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS inschrijvingen (
  pupil_key           VARCHAR NOT NULL,
  pupil_no            INTEGER NOT NULL,
  brin                VARCHAR NOT NULL,
  vestiging           VARCHAR NOT NULL,
  van                 DATE NOT NULL,
  tot                 DATE,          -- inclusive; NULL = still enrolled
  aangepast_programma BOOLEAN NOT NULL,
  file_id             INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS vrijstellingen (
  pupil_key VARCHAR NOT NULL,
  pupil_no  INTEGER NOT NULL,
  artikel   VARCHAR NOT NULL,        -- 5a, 5b, 5c, 15, 3a
  van       DATE NOT NULL,
  tot       DATE,
  file_id   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS trajecten (
  pupil_key VARCHAR NOT NULL,
  pupil_no  INTEGER NOT NULL,
  soort     VARCHAR NOT NULL,
  van       DATE NOT NULL,
  tot       DATE,
  file_id   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS redenen (
  pupil_key VARCHAR NOT NULL,
  pupil_no  INTEGER NOT NULL,
  datum     DATE NOT NULL,
  reden     VARCHAR NOT NULL,
  file_id   INTEGER NOT NULL
);

-- The category of an absence code (schemas/verzuimcodes.csv; CATEGORIES in
-- pipeline/ingest/absence-codes.ts, which a test holds equal): a closed list, stored as a small
-- number. As text, every one of tens of millions of absence rows cost the ingest's INSERT about
-- 0.1 µs more (DuckDB writes text value by value); a database made before it is converted when
-- it is next opened for writing (pipeline/db/absence-rows.ts compactAbsenceTables).
CREATE TYPE IF NOT EXISTS verzuim_categorie AS ENUM ('ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend', 'te_laat', 'geen_verzuim');

-- Each school location (brin, vestiging) with an absence code as its system exported it, once,
-- numbered as first loaded; the absence rows carry that number instead of the three texts
-- (pipeline/db/absence-rows.ts). DuckDB stores a text value at about five times the cost of an
-- integer: on the absence rows, tens of millions at country scale, the three texts were most of
-- the ingest's INSERT. Never renumbered or removed.
CREATE TABLE IF NOT EXISTS school_codes (
  school_code_no INTEGER NOT NULL,
  brin           VARCHAR NOT NULL,
  vestiging      VARCHAR NOT NULL,
  code           VARCHAR NOT NULL    -- the school system's own code, as exported
);

-- Absence events: hours on one day (a per-lesson export gives one row per lesson). Read through
-- the view verzuim_events (below), which has the school and code as text again. The rows name
-- their pupil by number only: the 64-character pupil_key on every absence row made the ingest's
-- INSERT twice as slow, and nothing reads it there (a page that needs the key joins pupil_numbers).
CREATE TABLE IF NOT EXISTS verzuim_event_rows (
  pupil_no       INTEGER NOT NULL,   -- the pupil's number in pupil_numbers (its pupil_key is there)
  school_code_no INTEGER NOT NULL,   -- brin, vestiging and code (school_codes)
  datum          DATE NOT NULL,
  lesuur         INTEGER,            -- per-lesson exports: the lesson number; NULL otherwise
  uren           DOUBLE NOT NULL,    -- 0..24
  categorie      verzuim_categorie NOT NULL,
  file_id        INTEGER NOT NULL
);

-- Absence periods: whole school days from van to tot (inclusive); read through the view verzuim_periods.
CREATE TABLE IF NOT EXISTS verzuim_period_rows (
  pupil_no       INTEGER NOT NULL,
  school_code_no INTEGER NOT NULL,
  van            DATE NOT NULL,
  tot            DATE NOT NULL,
  categorie      verzuim_categorie NOT NULL,
  file_id        INTEGER NOT NULL
);

-- The absence rows as every reader sees them: the school and code as text again. A database made
-- before the rows were stored this way is converted first (absence-rows.ts compactAbsenceTables).
CREATE OR REPLACE VIEW verzuim_events AS
SELECT r.pupil_no, s.brin, s.vestiging, r.datum, r.lesuur, r.uren, s.code, r.categorie, r.file_id
FROM verzuim_event_rows r JOIN school_codes s USING (school_code_no);

CREATE OR REPLACE VIEW verzuim_periods AS
SELECT r.pupil_no, s.brin, s.vestiging, r.van, r.tot, s.code, r.categorie, r.file_id
FROM verzuim_period_rows r JOIN school_codes s USING (school_code_no);
