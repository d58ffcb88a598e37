-- The field checks of spec/inputs.md as DuckDB macros, shared by the per-kind checks beside this
-- file (and tidy by the raw view, read-raw.ts). Each kind first parses every field once with a *_of macro (text -> clean value or NULL),
-- then checks: a check_* macro gets the text and the parsed value and returns NULL when the
-- value is fine, or a problem struct {column, nl, en, value} that becomes a quarantine row.
-- (Parsing once matters: macros expand inline, so nesting *_of inside check_* would re-run it.)
-- Each check decides the common case, a good value, first and from the parsed value alone: it
-- runs for every row of every absence file, the blank tests and messages only for the rest. So
-- the value passed must be the text parsed, NULL when the text is empty (never a default).
-- Text is exactly as in the file ('' when empty, NULL when the column is absent).

-- A problem that quotes the value it found (quoting_problem) carries that value, and its message
-- a marker (shown_here) where the value goes: the rejection fills in shown(value) (stage.ts), so
-- the message reads exactly as if quoted here. Why: shown() holds scrub_bsn, and expanded inline
-- into every check it cost ~0.1 s of set-up per file, for the few rows that are refused.
CREATE OR REPLACE TEMP MACRO problem(col, nl, en) AS struct_pack("column" := col, nl := nl, en := en, "value" := NULL::VARCHAR);
CREATE OR REPLACE TEMP MACRO quoting_problem(col, nl, en, s) AS struct_pack("column" := col, nl := nl, en := en, "value" := s);
CREATE OR REPLACE TEMP MACRO shown_here() AS chr(1) || 'waarde' || chr(1);

-- trim(s), without its cost where there is nothing to trim: DuckDB's trim took about 60 ns a
-- value, and an absence row went through a dozen. trim takes every Unicode space separator
-- (U+00A0 too) off either end: ASCII text (as many bytes as characters) can only start or end in
-- a plain space, anything else goes to trim. The checks that run on every row use tidy; the
-- messages (shown) keep trim, which does not repeat its argument in the statement.
CREATE OR REPLACE TEMP MACRO tidy(s) AS
  CASE WHEN prefix(s, ' ') OR suffix(s, ' ') OR strlen(s) <> length(s) THEN trim(s) ELSE s END;
CREATE OR REPLACE TEMP MACRO blank(s) AS tidy(coalesce(s, '')) = '';

CREATE OR REPLACE TEMP MACRO check_required(col, s) AS
  CASE WHEN blank(s) THEN problem(col, col || ' is leeg', col || ' is empty') END;

-- The shapes every absence row has (9 digits, 2 digits, 2 digits + 2 capitals) are matched with
-- GLOB, not a regex: DuckDB's own matcher costs half of RE2's (a tenth of a µs a value), and for
-- these patterns both take the same texts (a test holds each GLOB to its regex: ASCII only, as
-- RE2's \d is; a byte that is no ASCII digit or capital matches neither).

-- Identifiers (leerling_id, verzuimcode, soort): at most max_identifier_length() characters and
-- no bidi controls or zero-width characters, which make one identifier look like another.
CREATE OR REPLACE TEMP MACRO has_invisible(s) AS
  regexp_matches(s, '[\x{200B}-\x{200F}\x{202A}-\x{202E}\x{2060}-\x{2064}\x{2066}-\x{2069}\x{061C}\x{FEFF}\x{00AD}]');
CREATE OR REPLACE TEMP MACRO check_identifier(col, s) AS CASE
  WHEN length(s) > max_identifier_length()
    THEN problem(col, format('{} is langer dan {} tekens', col, max_identifier_length()),
                      format('{} is longer than {} characters', col, max_identifier_length()))
  WHEN has_invisible(s)
    THEN problem(col, col || ' bevat onzichtbare of richtingstekens', col || ' holds invisible or bidi control characters')
END;

-- BSN: 9 digits; a shorter value lost its leading zeros in a spreadsheet and is left-padded
-- (inputs.md 1.1). Parsed to a number (cheap to check, join and group); bsn_text() gives back the 9 digits.
CREATE OR REPLACE TEMP MACRO bsn_of(s) AS CASE
  WHEN s GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN s::BIGINT -- as exported: see the GLOB note above
  WHEN regexp_full_match(tidy(s), '\d{1,9}') THEN tidy(s)::BIGINT
END;
CREATE OR REPLACE TEMP MACRO bsn_text(bsn) AS lpad(bsn::VARCHAR, 9, '0');

-- Elfproef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 and not 0 (n = the BSN as a number).
CREATE OR REPLACE TEMP MACRO elfproef_sum(n) AS
    9 * (n // 100000000) + 8 * (n // 10000000 % 10) + 7 * (n // 1000000 % 10) + 6 * (n // 100000 % 10)
  + 5 * (n // 10000 % 10) + 4 * (n // 1000 % 10) + 3 * (n // 100 % 10) + 2 * (n // 10 % 10) - n % 10;
CREATE OR REPLACE TEMP MACRO passes_elfproef(n) AS elfproef_sum(n) % 11 = 0 AND elfproef_sum(n) <> 0;

-- spec/inputs.md "Privacy" (pipeline/privacy/scrub-bsn.ts is the same rule): every whole run of 8
-- or 9 digits that passes the elfproef after left-padding becomes '[BSN verwijderd]'; a run of 10
-- or more digits is not a BSN (see scrub-bsn.ts). Text without 8 digits in a row is returned as
-- it is, cheaply; the rest is cut into digit and non-digit pieces, and each piece judged.
CREATE OR REPLACE TEMP MACRO could_be_bsn(run) AS
  length(run) IN (8, 9) AND regexp_full_match(run, '\d+') AND passes_elfproef(run::BIGINT);
CREATE OR REPLACE TEMP MACRO scrub_bsn(s) AS CASE
  WHEN s IS NULL OR NOT regexp_matches(s, '\d{8}') THEN s
  ELSE array_to_string(list_transform(regexp_extract_all(s, '\d+|\D+'),
         piece -> CASE WHEN could_be_bsn(piece) THEN '[BSN verwijderd]' ELSE piece END), '')
END;
-- A value quoted in a reason: trimmed, at most 40 characters (a cut never ends inside a digit
-- run, which could leave 8 or 9 digits of a longer number), and scrubbed.
CREATE OR REPLACE TEMP MACRO shown(s) AS scrub_bsn(CASE
  WHEN length(trim(s)) <= 40 THEN trim(s)
  ELSE regexp_replace(left(trim(s), 40), '\d+$', '') || '…'
END);
-- A problem's message with the value it quotes filled in (quoting_problem above).
CREATE OR REPLACE TEMP MACRO with_shown(message, s) AS
  CASE WHEN s IS NULL THEN message ELSE replace(message, shown_here(), shown(s)) END;

-- A BSN of digits. Whether it passes the elfproef is checked once per BSN after the pass, for
-- every kind with a bsn field (check-rows.ts checkElfproef: a pupil has hundreds of absence rows),
-- with elfproef_problem: check_bsn alone lets a BSN that fails it through.
CREATE OR REPLACE TEMP MACRO check_bsn(s, bsn) AS CASE
  WHEN bsn IS NOT NULL THEN NULL
  WHEN blank(s) THEN problem('bsn', 'bsn is leeg', 'bsn is empty')
  ELSE problem('bsn', 'BSN moet uit 9 cijfers bestaan', 'BSN must consist of 9 digits')
END;
CREATE OR REPLACE TEMP MACRO elfproef_problem() AS
  problem('bsn', 'BSN voldoet niet aan de elfproef', 'BSN fails the elfproef (check digit)');

-- spec/inputs.md "Privacy": people see leerling_id, so it must not itself be a BSN: not the
-- row's BSN (in any of its forms), nor any 9-digit number that passes the elfproef.
CREATE OR REPLACE TEMP MACRO check_leerling_id(s, bsn) AS CASE
  WHEN blank(s) THEN problem('leerling_id', 'leerling_id is leeg', 'leerling_id is empty')
  WHEN bsn_of(s) = bsn
    THEN problem('leerling_id', 'leerling_id is het BSN van de leerling', 'leerling_id is the pupil''s BSN')
  WHEN length(tidy(s)) = 9 AND could_be_bsn(tidy(s))
    THEN problem('leerling_id', 'leerling_id kan een BSN zijn (9 cijfers die de elfproef halen)', 'leerling_id could be a BSN (9 digits passing the elfproef)')
  ELSE check_identifier('leerling_id', s)
END;

-- BRIN: 2 digits + 2 letters, e.g. 12AB.
CREATE OR REPLACE TEMP MACRO brin_of(s) AS upper(tidy(s));
CREATE OR REPLACE TEMP MACRO check_brin(s, brin) AS CASE
  WHEN brin GLOB '[0-9][0-9][A-Z][A-Z]' THEN NULL
  WHEN blank(s) THEN problem('brin', 'brin is leeg', 'brin is empty')
  ELSE quoting_problem('brin', format('BRIN ''{}'' moet 2 cijfers en 2 letters zijn (bijv. 12AB)', shown_here()),
                               format('BRIN ''{}'' must be 2 digits and 2 letters (e.g. 12AB)', shown_here()), s)
END;

-- Vestiging: 2 digits ('7' is '07'); empty is `empty_as`, the main location '00' (or "all
-- locations" for free days); NULL when the text is no vestiging. Two digits as exported, the
-- common case, are taken as they are (trimmed, matched and padded, they cost 0.1 µs a row).
CREATE OR REPLACE TEMP MACRO vestiging_of(s, empty_as) AS CASE
  WHEN s GLOB '[0-9][0-9]' THEN s
  WHEN blank(s) THEN empty_as
  WHEN regexp_full_match(tidy(s), '\d{1,2}') THEN lpad(tidy(s), 2, '0')
END;
CREATE OR REPLACE TEMP MACRO check_vestiging(s, vestiging) AS CASE
  WHEN vestiging IS NULL AND NOT blank(s)
    THEN quoting_problem('vestiging', format('vestiging ''{}'' moet 2 cijfers zijn', shown_here()), format('vestiging ''{}'' must be 2 digits', shown_here()), s)
END;

-- An ISO date-time: with a zone or Z it is the date in Dutch local time (inputs.md 1.1: a
-- holiday's end 2025-07-05T21:59:00.000Z is 5 July; a lesson at 2025-01-06T23:30:00Z is 7 January);
-- without a zone it is the date as written. Only reached for text that is no plain date.
CREATE OR REPLACE TEMP MACRO datetime_date_of(s) AS CASE
  WHEN regexp_full_match(tidy(s), '\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)')
    THEN timezone('Europe/Amsterdam', try_cast(tidy(s) AS TIMESTAMPTZ))::DATE
  WHEN regexp_full_match(tidy(s), '\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?')
    THEN try_cast(left(tidy(s), 10) AS DATE)
END;

-- Dates: dd-mm-yyyy, d-m-yyyy, dd/mm/yyyy, yyyy-mm-dd or yyyymmdd (BRP, EduArte), and only
-- dates that exist (31-02 is not); else an ISO date-time (datetime_date_of). inputs.md 1.1.
-- The spellings of 1.1 come after the common ones, and only for text of their length, so an
-- empty or ordinary date costs what it did.
CREATE OR REPLACE TEMP MACRO other_date_of(s) AS CASE
  WHEN strlen(s) < 8 THEN NULL
  WHEN strlen(tidy(s)) = 8 THEN try_strptime(tidy(s), '%Y%m%d')::DATE
  ELSE datetime_date_of(s)
END;
CREATE OR REPLACE TEMP MACRO date_of(s) AS
  coalesce(try_strptime(tidy(s), ['%d-%m-%Y', '%d/%m/%Y', '%d.%m.%Y', '%Y-%m-%d'])::DATE, other_date_of(s));
CREATE OR REPLACE TEMP MACRO check_date(col, s, d, required) AS CASE
  -- a two-digit year parses as year 0015: not a date a register means
  WHEN d BETWEEN DATE '1900-01-01' AND DATE '2100-12-31' THEN NULL
  WHEN blank(s) THEN CASE WHEN required THEN problem(col, col || ' is leeg', col || ' is empty') END
  -- no value quoted: a date field holding a BSN would be echoed (spec/inputs.md "Privacy")
  ELSE problem(col, format('{} is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)', col),
                    format('{} is not an existing date (dd-mm-yyyy or yyyy-mm-dd)', col))
END;
-- van <= tot (both inclusive), reported on the tot column.
CREATE OR REPLACE TEMP MACRO check_order(col, van, tot) AS CASE
  WHEN van > tot
    THEN problem(col, format('{} ({}) ligt vóór van ({})', col, tot, van), format('{} ({}) is before van ({})', col, tot, van))
END;

-- Decimals with ',' or '.'; '1.234,5' is no hour count.
CREATE OR REPLACE TEMP MACRO decimal_of(s) AS
  CASE WHEN regexp_full_match(tidy(s), '-?\d+([.,]\d+)?') THEN replace(tidy(s), ',', '.')::DOUBLE END;
CREATE OR REPLACE TEMP MACRO check_decimal(col, s, n, lo, hi, required) AS CASE
  WHEN n BETWEEN lo AND hi THEN NULL
  WHEN blank(s) THEN CASE WHEN required THEN problem(col, col || ' is leeg', col || ' is empty') END
  ELSE quoting_problem(col, format('{} ''{}'' moet een getal van {} t/m {} zijn', col, shown_here(), lo, hi),
                            format('{} ''{}'' must be a number from {} to {}', col, shown_here(), lo, hi), s)
END;

-- (A single digit or nothing, a lesson number on almost every absence row, skips the regex and
-- costs a third. strlen counts bytes: one byte between '0' and '9' is an ASCII digit.)
CREATE OR REPLACE TEMP MACRO integer_of(s) AS CASE
  WHEN strlen(s) = 1 AND s BETWEEN '0' AND '9' THEN s::INTEGER
  WHEN strlen(s) = 0 THEN NULL
  WHEN regexp_full_match(tidy(s), '\d{1,4}') THEN tidy(s)::INTEGER
END;
CREATE OR REPLACE TEMP MACRO check_integer(col, s, n) AS CASE
  WHEN n IS NULL AND NOT blank(s)
    THEN quoting_problem(col, format('{} ''{}'' is geen geheel getal', col, shown_here()), format('{} ''{}'' is not a whole number', col, shown_here()), s)
END;

-- ja/nee in the spellings registers use; empty is nee.
-- (list_contains, not IN: DuckDB turns an IN list of six or more values into a join, and a join
-- may reorder the records, whose order gives their line: read-raw.ts.)
CREATE OR REPLACE TEMP MACRO yes_no_of(s) AS CASE
  WHEN list_contains(['', 'nee', 'n', '0', 'false', 'onwaar', 'no'], lower(tidy(coalesce(s, '')))) THEN false
  WHEN list_contains(['ja', 'j', '1', 'true', 'waar', 'yes', 'y'], lower(tidy(s))) THEN true
END;
CREATE OR REPLACE TEMP MACRO check_yes_no(col, s, b) AS CASE
  WHEN b IS NULL
    THEN quoting_problem(col, format('{} ''{}'' moet ja of nee zijn', col, shown_here()), format('{} ''{}'' must be ja or nee', col, shown_here()), s)
END;

-- A value from a fixed list (after the kind's own normalisation).
CREATE OR REPLACE TEMP MACRO check_known(col, s, value, allowed) AS CASE
  WHEN blank(s) THEN problem(col, col || ' is leeg', col || ' is empty')
  WHEN NOT list_contains(allowed, value)
    -- Dutch: "onbekende sector", but "onbekend artikel" (het artikel)
    THEN quoting_problem(col, format('{} {} ''{}'' (bekend: {})', CASE WHEN col = 'artikel' THEN 'onbekend' ELSE 'onbekende' END, col, shown_here(), array_to_string(allowed, ', ')),
                              format('unknown {} ''{}'' (known: {})', col, shown_here(), array_to_string(allowed, ', ')), s)
END;

-- The absence code: the code table decides the category; an unmapped code is a data error.
CREATE OR REPLACE TEMP MACRO check_code(s, categorie) AS CASE
  WHEN categorie IS NULL
    THEN quoting_problem('code', format('verzuimcode ''{}'' staat niet in de codetabel (schemas/verzuimcodes.csv of een bestand bij --codes)', shown_here()),
                                 format('absence code ''{}'' is not in the code table (schemas/verzuimcodes.csv or a file given with --codes)', shown_here()), coalesce(s, ''))
END;

CREATE OR REPLACE TEMP MACRO problems(list) AS list_filter(list, p -> p IS NOT NULL);

-- A DUO vestigingsnummer in a BRIN column, 23XY00, is BRIN 23XY + vestiging 00 (inputs.md 1.1);
-- the raw view (read-raw.ts) splits it, so every kind's checks see a BRIN and a vestiging.
CREATE OR REPLACE TEMP MACRO is_duo_vestiging(s) AS
  length(tidy(s)) = 6 AND regexp_full_match(upper(tidy(s)), '\d{2}[A-Z]{2}\d{2}');
-- (strlen first: a four-letter BRIN, every row of a school export, costs one byte count.)
CREATE OR REPLACE TEMP MACRO duo_brin(s) AS
  CASE WHEN strlen(s) < 6 THEN s WHEN is_duo_vestiging(s) THEN left(tidy(s), 4) ELSE s END;
-- The file's own vestiging column wins; else the last two digits of a vestigingsnummer.
CREATE OR REPLACE TEMP MACRO duo_vestiging(brin_s, vestiging_s) AS
  CASE WHEN strlen(brin_s) < 6 THEN vestiging_s
       WHEN blank(vestiging_s) AND is_duo_vestiging(brin_s) THEN right(tidy(brin_s), 2) ELSE vestiging_s END;

-- artikel as registers write it (inputs.md 1.1): '5 onder a', '5 sub a', 'art. 5 lid 1 onder a',
-- 'Artikel 5 onder a Lpw' are all '5a'; likewise b and c; '15', '3a', '3b'. Art. 5a of the law
-- itself (trekkend bestaan) is written '5a-trekkend' and kept so.
CREATE OR REPLACE TEMP MACRO artikel_of(s) AS
  regexp_replace(
    regexp_replace(
      regexp_replace(lower(tidy(coalesce(s, ''))), '^art(ikel)?\b\.?|\b(lpw|leerplichtwet(\s*1969)?)$', '', 'g'),
      '\blid\s*\d+\b|\b(onder|sub)\b', '', 'g'),
    '[\s.,]', '', 'g');

-- The category of an absence code (code_key: upper-cased and trimmed) at a school: the school's
-- own row of the code table wins over the default (absence-codes.ts useCodesOf builds the maps).
-- school_codes is NULL when no school has rows of its own, the usual case: then only the default
-- is looked up (the school map's lookup was half the cost of finding a category).
CREATE OR REPLACE TEMP MACRO code_categorie(brin, code_key) AS CASE
  WHEN getvariable('school_codes') IS NULL THEN getvariable('default_codes')[code_key]
  ELSE coalesce(getvariable('school_codes')[brin][code_key], getvariable('default_codes')[code_key])
END;

-- A present mark in a per-lesson observation export (Somtoday waarnemingen: 'Aanwezig').
-- (list_contains, not IN: see yes_no_of.)
CREATE OR REPLACE TEMP MACRO present_of(s) AS
  coalesce(list_contains(['aanwezig', 'present', 'ja', 'j', 'true', '1'], lower(tidy(s))), false);
