-- What classification and the monitor store, so that pages read results instead of recomputing.
-- The columns of `classifications` are those of pipeline/classify/classification-fields.ts (classification.md
-- section 5, then the fields for breakdowns on the dashboards, never shown on public pages); a test
-- holds this table to that list.

CREATE SEQUENCE IF NOT EXISTS monitor_run_seq START 1;

CREATE TABLE IF NOT EXISTS monitor_runs (
  run_id       INTEGER PRIMARY KEY,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP NOT NULL,
  from_month   VARCHAR NOT NULL,    -- YYYY-MM
  to_month     VARCHAR NOT NULL,
  settings     VARCHAR NOT NULL,    -- JSON of the settings used (pipeline/settings.ts)
  targets      VARCHAR NOT NULL     -- JSON of the targets used (schemas/targets.json)
);

-- One row per classified youth per month end. A monitor run replaces the months it covers.
CREATE TABLE IF NOT EXISTS classifications (
  peildatum            DATE NOT NULL,
  leerling_id          VARCHAR NOT NULL,
  categorie            VARCHAR NOT NULL,   -- ingeschreven, absoluut_verzuim, vrijgesteld, bijna_leerplichtig
  fase                 VARCHAR NOT NULL,   -- '1', '2', '3', '-'
  duur                 VARCHAR NOT NULL,   -- '>4w', '>3m', '-'
  officieel            VARCHAR NOT NULL,   -- 'ja', 'nee'
  passend_aanbod       VARCHAR NOT NULL,   -- 'ja', 'nee', '-'
  signalen             VARCHAR NOT NULL,   -- sorted, '|'-joined, '' when none
  artikel              VARCHAR NOT NULL,   -- '' when none
  streak_start         DATE,
  streak_dagen         INTEGER,
  aanwezigheid_w4      DOUBLE,
  ongeoorloofd_uren_w4 DOUBLE,
  brin                 VARCHAR NOT NULL,   -- '' when not enrolled
  sector               VARCHAR NOT NULL,
  kwalificatieplichtig VARCHAR NOT NULL,   -- 'ja', 'nee'
  te_laat_w4           INTEGER,            -- te_laat registrations in W4 (enrolled pupils; spec 1.1)
  reden                VARCHAR NOT NULL,   -- '' when none
  -- for the dashboards:
  vestiging            VARCHAR NOT NULL,
  leeftijd             INTEGER NOT NULL,   -- age in whole years on peildatum
  traject_soort        VARCHAR NOT NULL    -- soort of the trajecten row active on D, '' when none
);
-- A database made before classification.md 1.1 gets the new §5 column (added at the end there).
ALTER TABLE classifications ADD COLUMN IF NOT EXISTS te_laat_w4 INTEGER;

-- Monthly counts, exact (suppression is the pages' job). One row per month, dimension value and
-- phase combination, so a page can ask "reasons among fase 3 official" with one SUM ... GROUP BY.
-- dimensie: 'totaal' (waarde ''), 'sector', 'kwalificatieplichtig', 'artikel', 'signaal' (a pupil
-- with several signals counts once under each), 'reden', 'traject_soort', 'brin', 'leeftijd'.
CREATE TABLE IF NOT EXISTS monitor_counts (
  maand          VARCHAR NOT NULL,   -- YYYY-MM
  peildatum      DATE NOT NULL,
  dimensie       VARCHAR NOT NULL,
  waarde         VARCHAR NOT NULL,
  categorie      VARCHAR NOT NULL,
  fase           VARCHAR NOT NULL,
  duur           VARCHAR NOT NULL,
  officieel      VARCHAR NOT NULL,
  passend_aanbod VARCHAR NOT NULL,
  aantal         BIGINT NOT NULL
);

-- Attendance per school per school day over the monitor range, for the school pages
-- (weekday and week patterns) without scanning absence rows per request.
CREATE TABLE IF NOT EXISTS school_day_stats (
  brin              VARCHAR NOT NULL,
  vestiging         VARCHAR NOT NULL,
  datum             DATE NOT NULL,
  leerlingen        INTEGER NOT NULL,   -- enrolled pupils with this day as a school day
  geplande_uren     DOUBLE NOT NULL,
  ziek_uren         DOUBLE NOT NULL,
  geoorloofd_uren   DOUBLE NOT NULL,
  ongeoorloofd_uren DOUBLE NOT NULL     -- includes onbekend
);

-- Persistent and severe absence per month end (pipeline/monitor/school-absence-shares.sql): pupils
-- who missed at least 10% / 50% of their scheduled hours this school year (1 August up to the month end).
CREATE TABLE IF NOT EXISTS school_absence_shares (
  maand           VARCHAR NOT NULL,   -- YYYY-MM
  brin            VARCHAR NOT NULL,   -- '' for the municipality (all schools, each pupil once)
  leerlingen      INTEGER NOT NULL,   -- enrolled there on the month end, with a school day this school year
  ten_procent     INTEGER NOT NULL,   -- missed >= persistentAbsenceShare (10%) of their scheduled hours
  vijftig_procent INTEGER NOT NULL    -- missed >= severeAbsenceShare (50%)
);

-- Flows between consecutive month ends: from state -> to state, with counts.
-- A state is the pair categorie/fase ('ingeschreven/3', 'absoluut_verzuim/3', 'vrijgesteld/-',
-- ...; classification.md 1.1 §6), or 'buiten_beeld' (not classified that month: entered or left
-- scope, moved).
CREATE TABLE IF NOT EXISTS monitor_flows (
  maand     VARCHAR NOT NULL,   -- the later month of the pair
  van       VARCHAR NOT NULL,
  naar      VARCHAR NOT NULL,
  aantal    BIGINT NOT NULL
);

-- classification.md §6 (1.1): per stored month, the schools (BRIN) with classified youths enrolled
-- on the month end whose absence data does not cover that month, and how many such youths.
CREATE TABLE IF NOT EXISTS monitor_uncovered_schools (
  maand      VARCHAR NOT NULL,   -- YYYY-MM
  brin       VARCHAR NOT NULL,
  leerlingen BIGINT NOT NULL
);

-- Per target and month: the actual value, the path value and whether the month is on track.
CREATE TABLE IF NOT EXISTS monitor_targets (
  target_id  VARCHAR NOT NULL,
  naam       VARCHAR NOT NULL,
  maand      VARCHAR NOT NULL,
  waarde     BIGINT NOT NULL,
  pad        DOUBLE NOT NULL,
  op_koers   BOOLEAN NOT NULL
);

-- jaartelling.md §5: the annual count of a school year as `tzm jaartelling` last computed it, one row
-- per line (regel, with its split suffix) and kind (onderwijssoort, 'totaal' for the whole line).
-- `aantal` is a count of youths, except for the `per_1000.*` lines (a rate, one decimal).
CREATE TABLE IF NOT EXISTS jaartelling (
  schooljaar     VARCHAR NOT NULL,   -- '2025-2026'
  tot            DATE NOT NULL,      -- the count's last day
  regel          VARCHAR NOT NULL,
  onderwijssoort VARCHAR NOT NULL,   -- po, vso, vo, mbo, onbekend, geen_onderwijs, totaal
  aantal         DOUBLE NOT NULL,
  berekend_op    TIMESTAMP NOT NULL
);

-- The youths behind each figure (analysts only): one row per youth, line and kind; the 'totaal'
-- figure of a line is the union of its kinds. No rows for the per_1000 lines.
CREATE TABLE IF NOT EXISTS jaartelling_leerlingen (
  schooljaar     VARCHAR NOT NULL,
  regel          VARCHAR NOT NULL,
  onderwijssoort VARCHAR NOT NULL,
  leerling_id    VARCHAR NOT NULL
);
