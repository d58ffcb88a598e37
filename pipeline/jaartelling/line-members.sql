-- jaartelling.md §2 and §3: the youths of each line, split and kind. Each row of day_states holds
-- from its day until the next one, so "on some day of J" is "on some breakpoint in J", the day
-- before a breakpoint has the state of the previous breakpoint, and the end of J has the state of
-- the last one.
-- reads: day_states, vrijstellingen, register
-- Parameters: $van (1 August of J), $tot.

CREATE OR REPLACE TEMP TABLE line_members AS
WITH flags AS (
  -- §2, one column per line; NULL (not classified on that day) is false
  SELECT pupil_id, leerling_id, dag, onderwijssoort,
    coalesce(categorie = 'absoluut_verzuim' AND fase = '3', false) AS absoluut_verzuim,
    coalesce(categorie = 'absoluut_verzuim' AND fase = '3' AND duur = '>3m', false) AS absoluut_verzuim_3m,
    coalesce(categorie = 'ingeschreven' AND fase = '3' AND officieel = 'ja', false) AS lrv,
    coalesce(categorie = 'ingeschreven' AND fase = '3' AND officieel = 'ja' AND duur = '>3m', false) AS lrv_3m,
    coalesce(categorie = 'ingeschreven' AND fase = '3' AND officieel = 'nee', false) AS niet_geteld_lang_thuis,
    coalesce(categorie IS NOT NULL AND verzuim_16u, false) AS relatief_verzuim_16u,
    coalesce(fase = '3' AND duur = '>3m' AND passend_aanbod = 'nee', false) AS zonder_aanbod_3m,
    coalesce(fase = '2' AND dreigend_signaal, false) AS dreigend
  FROM day_states
),
line_day AS (
  SELECT *, lag(holds) OVER (PARTITION BY pupil_id, regel ORDER BY dag) AS held_day_before
  FROM (
    UNPIVOT flags
    ON absoluut_verzuim, absoluut_verzuim_3m, lrv, lrv_3m, niet_geteld_lang_thuis, relatief_verzuim_16u,
      zonder_aanbod_3m, dreigend
    INTO NAME regel VALUE holds
  )
  UNION ALL BY NAME
  -- vrijstelling_<artikel>: categorie vrijgesteld with that artikel (only the days it holds)
  SELECT pupil_id, leerling_id, dag, onderwijssoort, 'vrijstelling_' || artikel AS regel, true AS holds,
    NULL AS held_day_before
  FROM day_states
  WHERE categorie = 'vrijgesteld'
),
line AS (
  SELECT pupil_id, leerling_id, regel,
    -- §3: the kind on the last day of J on which the line held
    arg_max(onderwijssoort, dag) FILTER (WHERE holds) AS onderwijssoort,
    bool_or(holds AND dag = $van::DATE) AS bij_start,
    -- held on d and not on the day before
    count(*) FILTER (WHERE holds AND NOT coalesce(held_day_before, false)) AS starts
  FROM line_day
  WHERE dag >= $van::DATE
  GROUP BY pupil_id, leerling_id, regel
  HAVING bool_or(holds)
),
end_state AS (
  SELECT pupil_id, categorie, fase FROM day_states
  QUALIFY row_number() OVER (PARTITION BY pupil_id ORDER BY dag DESC) = 1
),
nieuwe_vrijstelling AS (
  -- vrijstelling_<artikel>.nieuw: an exemption with that artikel whose van lies in J, for a youth
  -- classified vrijgesteld with that artikel on its van; the kind of that day (latest such van)
  SELECT d.leerling_id, 'vrijstelling_' || v.artikel || '.nieuw' AS regel, d.onderwijssoort
  FROM vrijstellingen v
  JOIN register r ON r.pupil_key = v.pupil_key
  JOIN day_states d ON d.pupil_id = r.pupil_id AND d.dag = v.van
  WHERE v.van BETWEEN $van::DATE AND $tot::DATE AND d.categorie = 'vrijgesteld' AND d.artikel = v.artikel
  QUALIFY row_number() OVER (PARTITION BY d.pupil_id, v.artikel ORDER BY v.van DESC) = 1
)
SELECT regel, onderwijssoort, leerling_id FROM line WHERE NOT starts_with(regel, 'vrijstelling_')
UNION ALL
SELECT regel || CASE WHEN bij_start THEN '.bij_start' ELSE '.nieuw' END, onderwijssoort, leerling_id
FROM line WHERE regel IN ('absoluut_verzuim', 'lrv', 'niet_geteld_lang_thuis')
UNION ALL
SELECT l.regel || CASE
    WHEN e.categorie = 'ingeschreven' AND e.fase IN ('1', '2') THEN '.terug_naar_school'
    WHEN e.categorie IS NULL OR e.categorie = 'vrijgesteld' THEN '.uit_beeld'
    ELSE '.nog_thuis'
  END, l.onderwijssoort, l.leerling_id
FROM line l JOIN end_state e ON e.pupil_id = l.pupil_id
WHERE l.regel IN ('absoluut_verzuim', 'lrv', 'niet_geteld_lang_thuis')
UNION ALL
SELECT 'relatief_verzuim_16u_herhaald', onderwijssoort, leerling_id
FROM line WHERE regel = 'relatief_verzuim_16u' AND starts >= 2
UNION ALL
SELECT regel || '.lopend', onderwijssoort, leerling_id FROM line WHERE starts_with(regel, 'vrijstelling_') AND bij_start
UNION ALL
SELECT regel, onderwijssoort, leerling_id FROM nieuwe_vrijstelling;
