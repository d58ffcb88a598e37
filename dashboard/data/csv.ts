// CSV that Dutch Excel opens as intended and that cannot run anything:
// UTF-8 with a BOM (else Excel guesses Windows-1252), `;` between cells, decimal comma, CRLF,
// ja/nee for booleans, a header row of Dutch words. A text cell starting with =, +, -, @, tab or
// carriage return would be read as a formula (CSV injection); it gets a leading apostrophe, which
// Excel shows as plain text. A lone "-" or "+" (the '-' of fase and duur) cannot be a formula and
// stays as it is. A cell holding `;` `,` `"` CR or LF is quoted (quotes doubled), so a tool that
// splits on commas cannot cut a cell into one that starts with `=`. A code of digits with a
// leading zero (vestiging `00`) is written `="00"`, the one formula Excel keeps as that text;
// only digits ever go between its quotes.
//
// DuckDB writes each line itself and the lines stream out a chunk at a time: handing a
// country's month to JavaScript value by value (2.5M rows x 20 cells) took a minute.

import { DuckDBTypeId, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';

type Param = string | number | boolean | null;

/**
 * The file, in pieces: the BOM and header, then the lines of each chunk of rows. The query is
 * bound and started before the first piece, so a query that cannot run fails before anything
 * is sent.
 */
export async function* csvChunks(
  connection: DuckDBConnection,
  sql: string,
  params: Record<string, Param>,
  columns: string[],
  /** The header to write for a column whose name is not a Dutch word (default: its name). */
  headers: Record<string, string> = {},
): AsyncGenerator<string> {
  const types = await columnTypes(connection, sql, params);
  const cells = columns.map((name) => {
    const type = types.get(name);
    if (type === undefined) throw new Error(`csv: the query has no column ${name}`);
    return cellSql(`q.${quoted(name)}`, type);
  });
  const result = await connection.stream(`SELECT concat(${cells.join(", ';', ")}, '\r\n') FROM (${sql}) q`, params);
  yield `\uFEFF${columns.map((name) => headers[name] ?? name).join(';')}\r\n`; // our own names: plain words
  for await (const rows of result.yieldRows()) yield rows.map(([line]) => String(line)).join('');
}

async function columnTypes(connection: DuckDBConnection, sql: string, params: Record<string, Param>): Promise<Map<string, DuckDBType>> {
  const reader = await connection.runAndReadAll(`SELECT * FROM (${sql}) LIMIT 0`, params);
  const names = reader.columnNames();
  return new Map(reader.columnTypes().map((type, i) => [names[i], type]));
}

/** SQL for one cell of a column of this type; NULL becomes an empty cell (concat skips it). */
function cellSql(column: string, type: DuckDBType): string {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return `CASE WHEN ${column} THEN 'ja' WHEN NOT ${column} THEN 'nee' END`;
    case DuckDBTypeId.TINYINT: case DuckDBTypeId.SMALLINT: case DuckDBTypeId.INTEGER: case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UTINYINT: case DuckDBTypeId.USMALLINT: case DuckDBTypeId.UINTEGER: case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
      return `${column}::VARCHAR`;
    case DuckDBTypeId.FLOAT: case DuckDBTypeId.DOUBLE: case DuckDBTypeId.DECIMAL: {
      // Whole numbers (below 1e15) without ".0", the rest as DuckDB writes them, decimal comma.
      const n = `${column}::DOUBLE`;
      // A decimal comma is a comma: such a cell is quoted like any other.
      const text = `replace(CASE WHEN ${n} = trunc(${n}) AND abs(${n}) < 1e15 THEN ${n}::BIGINT::VARCHAR ELSE ${n}::VARCHAR END, '.', ',')`;
      return `CASE WHEN isfinite(${n}) THEN (CASE WHEN contains(${text}, ',') THEN '"' || ${text} || '"' ELSE ${text} END) END`;
    }
    default:
      return textCell(`${column}::VARCHAR`);
  }
}

/** Leading-zero digits as ="0..", else formula guard, then quotes around a cell holding ; , " CR or LF (quotes doubled). */
function textCell(text: string): string {
  const guarded = `CASE WHEN regexp_matches(${text}, '^([=@\\t\\r]|[+-][\\s\\S])') THEN '''' || ${text} ELSE ${text} END`;
  const escaped = `CASE WHEN regexp_matches(${text}, '[;,"\\r\\n]') THEN '"' || replace(${guarded}, '"', '""') || '"' ELSE ${guarded} END`;
  return `CASE WHEN regexp_matches(${text}, '^0[0-9]+$') THEN '="' || ${text} || '"' ELSE ${escaped} END`;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
