// The README written beside the generated files: what each file is, in which shape, and how to
// read planted.csv and bad-rows.csv.

export interface ReadmeFacts {
  pupils: number;
  seed: number;
  schools: number;
  visitors: number;
  planted: number;
  badRows: number;
  absenceFiles: { name: string; rows: number }[];
  vakanties: string[];
}

export function readme(f: ReadmeFacts): string {
  const absence = f.absenceFiles.map((a) => `| \`${a.name}\` | ${a.rows} regels / rows |`).join('\n');
  return `# Synthetische gemeente / synthetic municipality

Gemaakt met / made with \`tzm generate --out <dir> --pupils ${f.pupils} --seed ${f.seed}\`.
Volledig verzonnen: geen echte personen of scholen. Dezelfde pupils + seed geven dezelfde bytes.
Entirely made up; the same pupils + seed give the same bytes.

- ${f.pupils} jeugdigen van 4-18 jaar in het leerplichtregister, ${f.schools} scholen (PO, SBO, SO, VSO, VO, MBO), allemaal in vakantieregio midden.
- Verzuim van het begin van schooljaar 2024-2025 (regio midden: 26-08-2024) tot en met de peildatum **2026-10-31** (een zaterdag; laatste schooldag vrijdag 30-10-2026, herfstvakantie midden 17 t/m 25-10-2026).
- ${f.visitors} leerlingen van buiten de gemeente staan alleen in de verzuimbestanden van VO en MBO.

## Bestanden / files

| bestand | soort (kind) | vorm / shape |
| --- | --- | --- |
| \`scholen.csv\` | scholen | \`;\`, Windows-1252, CRLF; namen met ’ é ï – |
| ${f.vakanties.map((v) => `\`${v}\``).join(', ')} | vakanties | JSON van de landelijke open data (\`content[].vacations[].regions[]\`), alle regio's |
| \`feestdagen.csv\` | vakanties | \`,\` UTF-8, ISO; regio \`landelijk\` (Pasen, Hemelvaart, Pinksteren; niet in de open data) |
| \`studiedagen.csv\` | vakanties | \`,\` UTF-8, ISO; per brin (+ vestiging of leeg); één omschrijving over twee regels tussen aanhalingstekens |
| \`leerlingen.csv\` | leerlingen | \`;\`, Windows-1252, CRLF, dd-mm-yyyy; sommige BSN's zonder voorloopnul (8 cijfers, zoals Excel doet) |
| \`inschrijvingen.csv\` | inschrijvingen | \`,\` UTF-8 met BOM, ISO-datums; \`aangepast_programma\` ja/nee/leeg |
| \`vrijstellingen.csv\` | vrijstellingen | \`;\`, Windows-1252, CRLF, d-m-yyyy |
| \`trajecten.csv\` | trajecten | tab, UTF-8, dd-mm-yyyy |
| \`redenen.csv\` | redenen | \`;\` UTF-8, dd/mm/yyyy |
| \`verzuim-lessen-*.csv\` | verzuim (events), layout \`lesregistratie\` | VO: één regel per gemist lesuur; \`;\`, Windows-1252, CRLF, dd-mm-yyyy; kolom Geoorloofd per school anders gevuld; extra kolom Klas |
| \`verzuim-perioden-*.csv\` | verzuim (periods), layout \`periodeverzuim\` | PO/SBO/SO/VSO per schoolbestuur: begin-/einddatum, bij een deel van de dag begin-/eindlesuur; \`,\` UTF-8, d-m-yyyy |
| \`verzuim-uren-*.csv\` | verzuim (events), canonieke kolommen | MBO: uren per dag met decimale komma; \`;\` UTF-8 met BOM, CRLF, dd-mm-yyyy |
| \`verwachting/planted.csv\` | (geen invoer / not an input) | de geplante situaties en hun verwachte classificatie |
| \`verwachting/bad-rows.csv\` | (geen invoer / not an input) | de bewust foute regels |

| verzuimexport / absence export | omvang / size |
| --- | --- |
${absence}

Inlezen / ingest: the folder holds exactly the exports (the expectations are in \`verwachting/\`,
which a folder ingest does not descend into):

\`\`\`
tzm ingest --db tzm.duckdb <dir>
tzm classify --db tzm.duckdb --as-of 2026-10-31
\`\`\`

## verwachting/planted.csv

One row per planted resident: \`leerling_id\`, \`situation\` (the generator's name) and the expected
result of \`tzm classify --as-of 2026-10-31\` (classification.md §5 field names): \`categorie\`, \`fase\`,
\`duur\`, \`officieel\`, \`passend_aanbod\`, \`artikel\`, \`signalen\` (exact, sorted, \`|\`-joined),
\`signaal\` (the one signal the situation is about, empty when none), \`streak_start\` (ISO; given for
fase 3 ingeschreven only, otherwise not asserted), \`brin\` (of the enrollment active on the
peildatum, empty when none) and \`reden\` (latest on or before the peildatum, empty when none).
\`categorie = buiten_beeld\` means: must not appear in the output (moved out, 18, startkwalificatie,
a 4-year-old already at school); the other fields are then empty.

Every planted timeline stays far from the thresholds (a long streak is 25+ school days, \`>3m\` starts
before 2026-04-16, \`kort\` is at most 22 days, windows W4/W12 hold the pattern with room to spare), and
planted residents have ordinary absence only in 2024-2025, so nothing else can change the result.
Ordinary residents are not listed: most are fase 1, and a few land in fase 2 by chance, as in life.

## verwachting/bad-rows.csv

${f.badRows} rows that must be rejected: \`file\`, \`line\` (1-based physical line; the header is line 1),
\`column\` (canonical column name; empty for a whole-row problem such as a duplicate) and \`what\`.
They belong to ordinary residents or to no one, never to a planted case.
`;
}
