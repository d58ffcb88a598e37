// CSV that Dutch Excel opens as intended and that cannot run anything:
// UTF-8 with a BOM (else Excel guesses Windows-1252), `;` between cells, decimal comma, CRLF.
// A text cell starting with =, +, -, @, tab or carriage return would be read as a formula
// (CSV injection); it gets a leading apostrophe, which Excel shows as plain text. A lone
// "-" or "+" (the '-' of fase and duur) cannot be a formula and stays as it is.

type Cell = string | number | boolean | null | undefined;

const formulaStart = /^(?:[=@\t\r]|[+-][\s\S])/;

export function toCsv(rows: Record<string, Cell>[], columns: string[] = Object.keys(rows[0] ?? {})): string {
  return csvHeader(columns) + csvLines(rows, columns);
}

/** The start of a CSV file: the BOM and the header line. */
export function csvHeader(columns: string[]): string {
  return `\uFEFF${columns.map(cell).join(';')}\r\n`;
}

/** Data lines, each ending in CRLF: a file can be written a batch of rows at a time. */
export function csvLines(rows: Record<string, Cell>[], columns: string[]): string {
  return rows.map((row) => `${columns.map((c) => cell(row[c])).join(';')}\r\n`).join('');
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
