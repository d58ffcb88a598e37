// Reads one recognised CSV export record by record and turns every record into either a row of a
// validated table or a rejection with line, column and reason. Nothing is dropped silently.

import { csvRecords } from './csv-records.js';
import { FieldChecks, type FieldError } from './field-checks.js';
import { ROW_RULES, type Row, type RowContext } from './row-rules.js';
import type { SniffedFile } from './sniff.js';
import { decodeFile } from './text-file.js';

export interface Rejection {
  line: number;
  errors: FieldError[];
  /** The record as header -> value, with the BSN replaced: quarantine must not hold it. */
  record: Record<string, string>;
}

export type ReadResult = ({ line: number } & Row) | ({ rejected: true } & Rejection);

export const BSN_REMOVED = '[BSN verwijderd]';

type CsvFile = Extract<SniffedFile, { format: 'csv' }>;

export async function* readRows(
  file: CsvFile,
  context: Omit<RowContext, 'checks'>,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<ReadResult> {
  const { match, header, delimiter } = file;
  const rule = ROW_RULES[match.kind];
  const width = trimTrailingEmpty(header).length;
  const bsnColumns = new Set([...match.columns].filter(([field]) => field === 'bsn').map(([, index]) => index));
  let isHeader = true;
  for await (const { line, fields } of csvRecords(decodeFile(file.path, file.encoding, onBytes), delimiter)) {
    if (isHeader) {
      isHeader = false; // the header was read when sniffing
      continue;
    }
    const values = fields.length > width ? trimTrailingEmpty(fields) : fields;
    if (values.length !== width) {
      const [nl, en] = values.length > width ? ['te veel velden', 'too many fields'] : ['te weinig velden', 'too few fields'];
      yield {
        rejected: true,
        line,
        errors: [{ column: null, nl: `${nl}: ${values.length} in plaats van ${width}`, en: `${en}: ${values.length} instead of ${width}` }],
        record: recordOf(header, values, bsnColumns),
      };
      continue;
    }
    const checks = new FieldChecks((field) => {
      const index = match.columns.get(field);
      return index === undefined ? undefined : values[index];
    });
    const row = rule({ ...context, checks });
    if (row) yield { line, ...row };
    else yield { rejected: true, line, errors: checks.errors, record: recordOf(header, values, bsnColumns) };
  }
}

function trimTrailingEmpty(fields: string[]): string[] {
  let end = fields.length;
  while (end > 1 && fields[end - 1].trim() === '') end--;
  return fields.slice(0, end);
}

function recordOf(header: string[], values: string[], bsnColumns: Set<number>): Record<string, string> {
  const record: Record<string, string> = {};
  values.forEach((value, i) => {
    const name = header[i] === undefined || header[i] === '' ? `kolom_${i + 1}` : header[i];
    record[name] = bsnColumns.has(i) && value.trim() !== '' ? BSN_REMOVED : value;
  });
  return record;
}
